package id.sinkron.erapor.rules;

import id.sinkron.check.DerivedKey;
import id.sinkron.check.RuleContext;
import id.sinkron.erapor.Membership;
import id.sinkron.erapor.StudentPlacement;
import id.sinkron.model.PesertaDidik;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An active student with their {@linkplain Membership#placementOf placement} as the predicted
 * variant sees it (only class rombel the {@link PullPlan} pulls count).
 */
record PlacedStudent(PesertaDidik pd, StudentPlacement placement) {
  private static final DerivedKey<List<PlacedStudent>> KEY = DerivedKey.of("erapor.placement");
  private static final DerivedKey<Map<String, PlacedStudent>> BY_ID =
      DerivedKey.of("erapor.placement.byId");

  /**
   * @return the placed students by {@code peserta_didik_id}, computed once per check
   */
  static Map<String, PlacedStudent> byId(RuleContext ctx) {
    return ctx.derived(
        BY_ID,
        c -> {
          List<PlacedStudent> all = of(c);
          Map<String, PlacedStudent> m = new HashMap<>(all.size() * 4 / 3 + 1);
          for (PlacedStudent s : all) {
            m.putIfAbsent(s.pd().pesertaDidikId(), s);
          }
          return m;
        });
  }

  /**
   * @return every active student of the school with their placement, in input order; computed once
   *     per check and shared by every rule through {@link RuleContext#derived}
   */
  static List<PlacedStudent> of(RuleContext ctx) {
    return ctx.derived(KEY, PlacedStudent::place);
  }

  private static List<PlacedStudent> place(RuleContext ctx) {
    PullPlan plan = PullPlan.of(ctx);
    List<PesertaDidik> active = Scope.activeStudents(ctx);
    List<PlacedStudent> out = new ArrayList<>(active.size());
    for (PesertaDidik pd : active) {
      out.add(new PlacedStudent(pd, Membership.placementOf(pd, ctx.index(), plan::pulls)));
    }
    return List.copyOf(out);
  }
}
