package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.PesertaDidik;

/**
 * ERAPOR-PD-NO-NIPD (SMK): an active student without {@code nipd}: E-Rapor SMK stores 0 as {@code
 * no_induk} (erapor8 {@code Dapodik.php} :469) and prints it as the student number.
 */
final class PdNoNipdRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (!PullPlan.of(ctx).smk()) {
      return;
    }
    for (PesertaDidik pd : Scope.activeStudents(ctx)) {
      if (pd.nipd().isEmpty()) {
        Emit.finding(ctx, out, ERaporCode.PD_NO_NIPD, Severity.WARNING, Subject.pd(pd))
            .field("nipd")
            .report();
      }
    }
  }
}
