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
 * ERAPOR-EKSKUL-PEMBINA-UNKNOWN (SMK): the pembina {@code ptk_id} of an ekstrakurikuler rombel of
 * the active semester is not an active PTK: {@code insert_rombel} writes it unchecked as {@code
 * guru_id} (erapor8 {@code Dapodik.php} :520, :575), the foreign key fails and that unit of the
 * pull aborts.
 */
final class EkskulPembinaUnknownRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.droppedFor(ctx, NotPulledReason.EKSKUL_PEMBINA_UNKNOWN)) {
      String id = r.ptkId().orElseThrow();
      Emit.finding(ctx, out, ERaporCode.EKSKUL_PEMBINA_UNKNOWN, Severity.BLOCKER, Subject.rombel(r))
          .field("ptk_id")
          .value(id)
          .args(id)
          .report();
    }
  }
}
