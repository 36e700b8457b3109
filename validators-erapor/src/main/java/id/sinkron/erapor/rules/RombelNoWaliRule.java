package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.erapor.NotPulledReason;
import id.sinkron.model.Rombel;

/**
 * ERAPOR-ROMBEL-NO-WALI: a class rombel of the active semester, of a jenis the variant pulls, with
 * an empty {@code ptk_id} (the stale {@code ptk_id_str} is not in the model). The rombel is not
 * pulled with its students and its pembelajaran; the finding carries that consequence once:
 * arguments {0} the students who lose their only class with it, {1} its pembelajaran (no
 * ERAPOR-PD-NO-ROMBEL per student).
 */
final class RombelNoWaliRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.droppedFor(ctx, NotPulledReason.NO_WALI)) {
      String students = Integer.toString(PullPlan.studentsLost(ctx, r));
      String pemb = Integer.toString(r.pembelajaran().size());
      Emit.finding(ctx, out, ERaporCode.ROMBEL_NO_WALI, Severity.BLOCKER, Subject.rombel(r))
          .field("ptk_id")
          .args(students, pemb, Emit.clause(ctx, out, "erapor.rombel.no.wali", students, pemb))
          .report();
    }
  }
}
