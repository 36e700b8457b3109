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
 * ERAPOR-PEMBELAJARAN-PTK-UNKNOWN: a pembelajaran of a class or elective rombel of the active semester
 * names a teacher ({@code ptk_id} or {@code ptk_terdaftar_id}) but neither resolves to a PTK in getGtk.
 */
final class PembelajaranPtkUnknownRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.managed(ctx)) {
      for (Pembelajaran p : r.pembelajaran()) {
        if ((p.ptkId().isPresent() || p.ptkTerdaftarId().isPresent()) && ctx.index().teacherOf(p).isEmpty()) {
          String field = p.ptkId().isPresent() ? "ptk_id" : "ptk_terdaftar_id";
          String id = p.ptkId().or(p::ptkTerdaftarId).orElseThrow();
          out.finding(ERaporCode.PEMBELAJARAN_PTK_UNKNOWN, Severity.BLOCKER, Subject.pembelajaran(p, r))
              .field(field).value(id).args(id).report();
        }
      }
    }
  }
}
