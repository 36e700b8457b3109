package id.sinkron.erapor.rules;

import id.sinkron.check.DerivedKey;
import id.sinkron.check.RuleContext;
import id.sinkron.erapor.Membership;
import id.sinkron.erapor.StudentPlacement;
import id.sinkron.model.PesertaDidik;
import java.util.ArrayList;
import java.util.List;

/** An active student with their {@linkplain Membership#placementOf placement}. */
record PlacedStudent(PesertaDidik pd, StudentPlacement placement) {
  private static final DerivedKey<List<PlacedStudent>> KEY = DerivedKey.of("erapor.placement");

  /**
   * @return every active student of the school with their placement, in input order; computed once per
   *     check and shared by every rule through {@link RuleContext#derived}
   */
  static List<PlacedStudent> of(RuleContext ctx) {
    return ctx.derived(KEY, PlacedStudent::place);
  }

  private static List<PlacedStudent> place(RuleContext ctx) {
    List<PesertaDidik> active = Scope.activeStudents(ctx);
    List<PlacedStudent> out = new ArrayList<>(active.size());
    for (PesertaDidik pd : active) {
      out.add(new PlacedStudent(pd, Membership.placementOf(pd, ctx.index())));
    }
    return List.copyOf(out);
  }
}
