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
 * ERAPOR-ROMBEL-WALI-UNKNOWN: the wali {@code ptk_id} of a class or elective rombel of the active
 * semester is not in getGtk (which lists exactly the PTK active at the school this tahun ajaran).
 * SMK: saving the rombel fails on the {@code guru_id} foreign key and that unit of the pull aborts,
 * so the rombel is dropped and the finding counts its students and pembelajaran ({1}, {2}); SP: the
 * rombel is assumed pulled. A rombel already dropped for its jenis, for no wali or (SMK) for a
 * missing kurikulum — which E-Rapor SMK fails on first — is not reported here.
 */
final class RombelWaliUnknownRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    PullPlan plan = PullPlan.of(ctx);
    for (Rombel r : Scope.managed(ctx)) {
      boolean unknown = r.ptkId().isPresent() && ctx.index().ptk(r.ptkId().get()).isEmpty();
      boolean here =
          plan.smk()
              ? plan.reason(r).filter(NotPulledReason.WALI_UNKNOWN::equals).isPresent()
              : unknown && plan.pulls(r);
      if (here) {
        String id = r.ptkId().get();
        String students = Integer.toString(PullPlan.studentsLost(ctx, r));
        String pemb = Integer.toString(r.pembelajaran().size());
        Emit.finding(ctx, out, ERaporCode.ROMBEL_WALI_UNKNOWN, Severity.BLOCKER, Subject.rombel(r))
            .field("ptk_id")
            .value(id)
            .args(
                id,
                students,
                pemb,
                Emit.clause(ctx, out, "erapor.rombel.wali.unknown", students, pemb))
            .report();
      }
    }
  }
}
