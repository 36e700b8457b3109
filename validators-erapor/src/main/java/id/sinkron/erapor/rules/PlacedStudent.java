package id.sinkron.erapor.rules;

import id.sinkron.check.RuleContext;
import id.sinkron.erapor.Membership;
import id.sinkron.erapor.StudentPlacement;
import id.sinkron.model.PesertaDidik;
import java.util.ArrayList;
import java.util.List;

/** An active student with their {@linkplain Membership#placementOf placement}. */
record PlacedStudent(PesertaDidik pd, StudentPlacement placement) {
  /** @return every active student of the school with their placement, in input order */
  static List<PlacedStudent> of(RuleContext ctx) {
    List<PesertaDidik> active = Scope.activeStudents(ctx);
    List<PlacedStudent> out = new ArrayList<>(active.size());
    for (PesertaDidik pd : active) {
      out.add(new PlacedStudent(pd, Membership.placementOf(pd, ctx.index())));
    }
    return out;
  }
}
