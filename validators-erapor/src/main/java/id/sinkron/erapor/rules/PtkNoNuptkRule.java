package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.Ptk;

/**
 * ERAPOR-PTK-NO-NUPTK (SMK, INFO): a teacher (every getGtk row whose jenis PTK is a teacher)
 * without NUPTK: E-Rapor SMK fills in a random number ({@code mt_rand()}, erapor8 {@code
 * Dapodik.php} :693). The code does so for every PTK it pulls; tendik are left out, as RULES.md
 * says "teacher".
 */
final class PtkNoNuptkRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (!PullPlan.of(ctx).smk()) {
      return;
    }
    for (Ptk p : ctx.snapshot().ptk()) {
      if (p.isTeacher() && p.nuptk().filter(n -> !n.isBlank()).isEmpty()) {
        Emit.finding(ctx, out, ERaporCode.PTK_NO_NUPTK, Severity.INFO, Subject.ptk(p))
            .field("nuptk")
            .report();
      }
    }
  }
}
