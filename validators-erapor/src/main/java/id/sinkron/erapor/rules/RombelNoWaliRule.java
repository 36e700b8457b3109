package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.Rombel;

/**
 * ERAPOR-ROMBEL-NO-WALI: a class rombel of the active semester with an empty {@code ptk_id}. The Web
 * Service's stale {@code ptk_id_str} is not in the model, so it can never hide a missing wali.
 */
final class RombelNoWaliRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.activeClasses(ctx)) {
      if (r.ptkId().isEmpty()) {
        out.finding(ERaporCode.ROMBEL_NO_WALI, Severity.BLOCKER, Subject.rombel(r)).field("ptk_id").report();
      }
    }
  }
}
