package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.Rombel;

/**
 * ERAPOR-ROMBEL-NO-PEMBELAJARAN: a class rombel of the active semester that the variant pulls,
 * without any pembelajaran: pulled, but its report cards have no subjects to grade.
 */
final class RombelNoPembelajaranRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.pulledClasses(ctx)) {
      if (r.pembelajaran().isEmpty()) {
        Emit.finding(
                ctx, out, ERaporCode.ROMBEL_NO_PEMBELAJARAN, Severity.BLOCKER, Subject.rombel(r))
            .field("pembelajaran")
            .args(Emit.clause(ctx, out, "erapor.rombel.no.pembelajaran"))
            .report();
      }
    }
  }
}
