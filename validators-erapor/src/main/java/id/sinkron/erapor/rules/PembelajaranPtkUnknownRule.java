package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.Rombel;

/**
 * ERAPOR-PEMBELAJARAN-PTK-UNKNOWN: a pembelajaran of a class or elective rombel the variant pulls
 * names a teacher (see {@link PembelajaranNoPtkRule} for the key) who is not an active PTK: neither
 * {@code ptk_id} nor {@code ptk_terdaftar_id} resolves in getGtk. E-Rapor SMK still pulls it (since
 * erapor6 4a0d23b), but the teacher gets no account and cannot enter grades.
 */
final class PembelajaranPtkUnknownRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    boolean terdaftar = PullPlan.of(ctx).ptkTerdaftarKnown();
    for (Rombel r : Scope.pulledManaged(ctx)) {
      for (Pembelajaran p : r.pembelajaran()) {
        if (!PembelajaranNoPtkRule.missing(p, terdaftar) && ctx.index().teacherOf(p).isEmpty()) {
          String field = terdaftar ? "ptk_terdaftar_id" : "ptk_id";
          String id = (terdaftar ? p.ptkTerdaftarId() : p.ptkId()).orElseThrow();
          Emit.finding(
                  ctx,
                  out,
                  ERaporCode.PEMBELAJARAN_PTK_UNKNOWN,
                  Severity.BLOCKER,
                  Subject.pembelajaran(p, r))
              .field(field)
              .value(id)
              .args(id, Emit.clause(ctx, out, "erapor.pembelajaran.ptk.unknown"))
              .report();
        }
      }
    }
  }
}
