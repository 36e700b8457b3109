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
 * ERAPOR-PEMBELAJARAN-NO-PTK: a pembelajaran of a class or elective rombel of the active semester with
 * neither {@code ptk_id} nor {@code ptk_terdaftar_id}. Ekstrakurikuler pembelajaran (stale carry-over) is
 * never looked at.
 */
final class PembelajaranNoPtkRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.managed(ctx)) {
      for (Pembelajaran p : r.pembelajaran()) {
        if (p.ptkId().isEmpty() && p.ptkTerdaftarId().isEmpty()) {
          out.finding(ERaporCode.PEMBELAJARAN_NO_PTK, Severity.BLOCKER, Subject.pembelajaran(p, r))
              .field("ptk_id").report();
        }
      }
    }
  }
}
