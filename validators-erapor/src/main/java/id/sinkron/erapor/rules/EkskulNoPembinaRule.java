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
 * ERAPOR-EKSKUL-NO-PEMBINA: an ekstrakurikuler rombel (jenis 51) of the active semester without a
 * pembina {@code ptk_id}: not pulled (erapor-sync exports ekskul only {@code whereHas('ptk')}), its
 * grades cannot be entered. The value is the number of members.
 */
final class EkskulNoPembinaRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.droppedFor(ctx, NotPulledReason.EKSKUL_NO_PEMBINA)) {
      String members = Integer.toString(r.anggotaRombel().size());
      Emit.finding(ctx, out, ERaporCode.EKSKUL_NO_PEMBINA, Severity.WARNING, Subject.rombel(r))
          .field("ptk_id")
          .args(members, Emit.clause(ctx, out, "erapor.ekskul.no.pembina"))
          .report();
    }
  }
}
