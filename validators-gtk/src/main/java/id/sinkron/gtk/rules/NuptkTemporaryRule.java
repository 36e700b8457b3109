package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.identifier.Masking;
import id.sinkron.identifier.Nuptk;
import id.sinkron.model.Ptk;

/**
 * GTK-NUPTK-TEMPORARY (W, PTK): a valid NUPTK ({@link Nuptk#tryParse}) that is an old temporary
 * number ({@link Nuptk#isTemporary()}: prefix {@code 9999}, {@code 9000} or {@code 9898}), for
 * every PTK. Operators report such numbers as a cause of an invalid NUPTK block; the definitive
 * NUPTK comes from Verval PTK. Argument {0}: the masked NUPTK.
 */
final class NuptkTemporaryRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : Gtk.ptk(ctx)) {
      String raw = p.nuptk().orElse(null);
      Nuptk.tryParse(raw)
          .filter(Nuptk::isTemporary)
          .ifPresent(
              n ->
                  out.finding(GtkCode.NUPTK_TEMPORARY, Severity.WARNING, Subject.ptk(p))
                      .field("nuptk")
                      .value(Masking.maskIdentifier(raw))
                      .args(Masking.maskIdentifier(raw))
                      .report());
    }
  }
}
