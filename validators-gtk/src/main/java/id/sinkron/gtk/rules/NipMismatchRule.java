package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.identifier.Nip;
import id.sinkron.identifier.NipMismatch;
import id.sinkron.model.Ptk;
import java.util.Optional;

/**
 * GTK-NIP-MISMATCH (W, PTK): a valid NIP whose birth date or sex digit disagrees with {@code
 * tanggal_lahir}/{@code jenis_kelamin}; one finding per mismatch ({@link Nip#crossCheck}).
 */
final class NipMismatchRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : Gtk.ptk(ctx)) {
      Optional<Nip> nip = Nip.tryParse(p.nip().orElse(null));
      if (nip.isEmpty()) {
        continue;
      }
      for (NipMismatch m :
          nip.get().crossCheck(p.tanggalLahir().orElse(null), p.jenisKelamin().orElse(null))) {
        boolean date = m == NipMismatch.BIRTH_DATE;
        out.finding(GtkCode.NIP_MISMATCH, Severity.WARNING, Subject.ptk(p))
            .field(date ? "tanggal_lahir" : "jenis_kelamin")
            .value(nip.get().masked())
            .args(date ? 0 : 1)
            .report();
      }
    }
  }
}
