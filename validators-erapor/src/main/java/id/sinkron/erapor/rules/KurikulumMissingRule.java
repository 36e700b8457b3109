package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.Rombel;

/** ERAPOR-KURIKULUM-MISSING: a class rombel of the active semester without {@code kurikulum_id}. */
final class KurikulumMissingRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.activeClasses(ctx)) {
      if (r.kurikulumId().isEmpty()) {
        out.finding(ERaporCode.KURIKULUM_MISSING, Severity.BLOCKER, Subject.rombel(r)).field("kurikulum_id").report();
      }
    }
  }
}
