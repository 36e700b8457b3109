package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.Rombel;

/**
 * ERAPOR-ROMBEL-EMPTY: a class rombel of the active semester that the variant pulls, without {@code
 * anggota_rombel} (pulled, but nothing to grade).
 */
final class RombelEmptyRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.pulledClasses(ctx)) {
      if (r.anggotaRombel().isEmpty()) {
        Emit.finding(ctx, out, ERaporCode.ROMBEL_EMPTY, Severity.WARNING, Subject.rombel(r))
            .field("anggota_rombel")
            .report();
      }
    }
  }
}
