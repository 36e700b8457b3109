package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.identifier.Nik;
import id.sinkron.identifier.NikMismatch;
import id.sinkron.model.Ptk;
import java.util.Optional;

/**
 * GTK-NIK-MISMATCH (W, PTK): a valid NIK whose date segment (day +40 for women) disagrees with
 * {@code tanggal_lahir}, or whose sex disagrees with {@code jenis_kelamin}; one finding per
 * mismatch ({@link Nik#crossCheck}, century-independent).
 */
final class NikMismatchRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : Gtk.ptk(ctx)) {
      Optional<Nik> nik = Nik.tryParse(p.nik().orElse(null));
      if (nik.isEmpty()) {
        continue;
      }
      for (NikMismatch m :
          nik.get().crossCheck(p.tanggalLahir().orElse(null), p.jenisKelamin().orElse(null))) {
        boolean date = m == NikMismatch.BIRTH_DATE;
        out.finding(GtkCode.NIK_MISMATCH, Severity.WARNING, Subject.ptk(p))
            .field(date ? "tanggal_lahir" : "jenis_kelamin")
            .value(nik.get().masked())
            .args(date ? 0 : 1)
            .report();
      }
    }
  }
}
