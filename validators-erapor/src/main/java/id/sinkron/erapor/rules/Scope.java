package id.sinkron.erapor.rules;

import id.sinkron.check.RuleContext;
import id.sinkron.erapor.Membership;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Rombel;
import java.util.ArrayList;
import java.util.List;

/** What the E-Rapor rules look at (see {@link Membership} for the definitions). */
final class Scope {
  private Scope() {}

  /** Active students, in input order. */
  static List<PesertaDidik> activeStudents(RuleContext ctx) {
    return Membership.activeStudents(ctx.snapshot().pesertaDidik(), ctx.referenceDate());
  }

  /** Class rombel of the active semester, in input order. */
  static List<Rombel> activeClasses(RuleContext ctx) {
    List<Rombel> out = new ArrayList<>();
    for (Rombel r : ctx.snapshot().rombel()) {
      if (Membership.isActiveClass(r, ctx.index())) {
        out.add(r);
      }
    }
    return out;
  }

  /** Class and elective rombel of the active semester (the rombel E-Rapor manages), in input order. */
  static List<Rombel> managed(RuleContext ctx) {
    List<Rombel> out = new ArrayList<>();
    for (Rombel r : ctx.snapshot().rombel()) {
      if (Membership.isManaged(r, ctx.index())) {
        out.add(r);
      }
    }
    return out;
  }
}
