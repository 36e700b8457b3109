package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.Rombel;

/**
 * ERAPOR-ROMBEL-WALI-UNKNOWN: the wali {@code ptk_id} of a class or elective rombel of the active
 * semester is not in getGtk (which lists exactly the PTK active at the school this tahun ajaran).
 */
final class RombelWaliUnknownRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.managed(ctx)) {
      if (r.ptkId().isPresent() && ctx.index().ptk(r.ptkId().get()).isEmpty()) {
        String id = r.ptkId().get();
        out.finding(ERaporCode.ROMBEL_WALI_UNKNOWN, Severity.BLOCKER, Subject.rombel(r))
            .field("ptk_id").value(id).args(id).report();
      }
    }
  }
}
