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
 * ERAPOR-ROMBEL-NOT-PULLED (SMK): a class rombel of the active semester of {@code jenis_rombel}
 * 10–14, which E-Rapor SMK never pulls (erapor-sync {@code DapodikController} :445 exports jenis 1,
 * 8, 9 only). The value is the jenis; arguments {1} the students who lose their only class with it,
 * {2} its pembelajaran.
 */
final class RombelNotPulledRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (!PullPlan.of(ctx).smk()) {
      return;
    }
    for (Rombel r : Scope.droppedFor(ctx, NotPulledReason.JENIS_NOT_PULLED)) {
      String jenis = r.jenisRombel().id();
      Emit.finding(ctx, out, ERaporCode.ROMBEL_NOT_PULLED, Severity.BLOCKER, Subject.rombel(r))
          .field("jenis_rombel")
          .value(jenis)
          .args(
              jenis,
              Integer.toString(PullPlan.studentsLost(ctx, r)),
              Integer.toString(r.pembelajaran().size()))
          .report();
    }
  }
}
