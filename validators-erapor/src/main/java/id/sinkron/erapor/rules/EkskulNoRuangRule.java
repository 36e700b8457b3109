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
 * ERAPOR-EKSKUL-NO-RUANG (SMK): an ekstrakurikuler rombel of the active semester without {@code
 * id_ruang}, whose pembina is an active PTK: E-Rapor SMK reads {@code ruang->nm_ruang} (erapor8
 * {@code Dapodik.php} :535) only after finding the pembina (:521-522), and fails on the missing
 * room. An ekskul without pembina is not exported, one with an unknown pembina fails earlier: both
 * have their own code (followed from the code; RULES.md names only the room).
 */
final class EkskulNoRuangRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.droppedFor(ctx, NotPulledReason.EKSKUL_NO_RUANG)) {
      Emit.finding(ctx, out, ERaporCode.EKSKUL_NO_RUANG, Severity.BLOCKER, Subject.rombel(r))
          .field("id_ruang")
          .report();
    }
  }
}
