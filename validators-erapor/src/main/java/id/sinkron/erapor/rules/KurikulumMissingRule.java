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
 * ERAPOR-KURIKULUM-MISSING: a class rombel of the active semester without {@code kurikulum_id}.
 * SMK: the pull fails on it ({@code insert_kurikulum} dereferences null, erapor8 {@code
 * Dapodik.php} :630, :987), so it is dropped and the finding counts its students and pembelajaran
 * ({0}, {1}). SP: reported on the rombel the variant pulls. A rombel dropped for an earlier reason
 * (jenis, no wali) is not reported here: E-Rapor never reaches its kurikulum.
 */
final class KurikulumMissingRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    PullPlan plan = PullPlan.of(ctx);
    for (Rombel r : Scope.activeClasses(ctx)) {
      boolean here =
          plan.smk()
              ? plan.reason(r).filter(NotPulledReason.KURIKULUM_MISSING::equals).isPresent()
              : plan.pulls(r) && r.kurikulumId().isEmpty();
      if (here) {
        String students = Integer.toString(PullPlan.studentsLost(ctx, r));
        String pemb = Integer.toString(r.pembelajaran().size());
        Emit.finding(ctx, out, ERaporCode.KURIKULUM_MISSING, Severity.BLOCKER, Subject.rombel(r))
            .field("kurikulum_id")
            .args(students, pemb, Emit.clause(ctx, out, "erapor.kurikulum.missing", students, pemb))
            .report();
      }
    }
  }
}
