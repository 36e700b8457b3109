package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.Rombel;

/** ERAPOR-ROMBEL-NO-PEMBELAJARAN: a class rombel of the active semester without any pembelajaran. */
final class RombelNoPembelajaranRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.activeClasses(ctx)) {
      if (r.pembelajaran().isEmpty()) {
        out.finding(ERaporCode.ROMBEL_NO_PEMBELAJARAN, Severity.BLOCKER, Subject.rombel(r))
            .field("pembelajaran").report();
      }
    }
  }
}
