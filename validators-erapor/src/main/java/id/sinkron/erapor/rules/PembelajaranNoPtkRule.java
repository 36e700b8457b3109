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
 * ERAPOR-PEMBELAJARAN-NO-PTK: a pembelajaran of a class or elective rombel the variant pulls,
 * without a teacher. The teacher is keyed on {@code ptk_terdaftar_id} (E-Rapor SMK exports
 * pembelajaran only {@code whereHas('ptk_terdaftar')}); when no pembelajaran of the input carries a
 * {@code ptk_terdaftar_id} at all, on {@code ptk_id} ({@link PullPlan#ptkTerdaftarKnown()}).
 * Ekstrakurikuler pembelajaran (stale carry-over) is never looked at.
 */
final class PembelajaranNoPtkRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    boolean terdaftar = PullPlan.of(ctx).ptkTerdaftarKnown();
    for (Rombel r : Scope.pulledManaged(ctx)) {
      for (Pembelajaran p : r.pembelajaran()) {
        if (missing(p, terdaftar)) {
          Emit.finding(
                  ctx,
                  out,
                  ERaporCode.PEMBELAJARAN_NO_PTK,
                  Severity.BLOCKER,
                  Subject.pembelajaran(p, r))
              .field(terdaftar ? "ptk_terdaftar_id" : "ptk_id")
              .args(Emit.clause(ctx, out, "erapor.pembelajaran.no.ptk"))
              .report();
        }
      }
    }
  }

  /**
   * @return whether the pembelajaran has no teacher under the key the input supports
   */
  static boolean missing(Pembelajaran p, boolean terdaftar) {
    return terdaftar ? p.ptkTerdaftarId().isEmpty() : p.ptkId().isEmpty();
  }
}
