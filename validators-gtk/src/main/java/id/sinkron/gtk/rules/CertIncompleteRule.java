package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.identifier.Masking;
import id.sinkron.model.Ptk;
import id.sinkron.model.Sertifikasi;

/**
 * GTK-CERT-INCOMPLETE (B, PTK; Info GTK code 04), for teachers: certification records without
 * {@code nomor_sertifikat} ({0} = 0), records without {@code bidang_studi_sertifikasi} ({0} = 1),
 * or an NRG without any certification record ({0} = 2); one finding per kind, {1} = how many
 * records. NOT_EVALUATED without the supplement.
 */
final class CertIncompleteRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (Gtk.supplementMissing(ctx, out, GtkCode.CERT_INCOMPLETE)) {
      return;
    }
    for (Ptk p : Gtk.teachers(ctx)) {
      int noNumber = 0;
      int noField = 0;
      for (Sertifikasi s : p.sertifikasi()) {
        noNumber += Gtk.blank(s.nomorSertifikat()) ? 1 : 0;
        noField += Gtk.blank(s.bidangStudiSertifikasi()) ? 1 : 0;
      }
      if (noNumber > 0) {
        out.finding(GtkCode.CERT_INCOMPLETE, Severity.BLOCKER, Subject.ptk(p))
            .field("rwy_sertifikasi.nomor_sertifikat")
            .args(0, noNumber)
            .report();
      }
      if (noField > 0) {
        out.finding(GtkCode.CERT_INCOMPLETE, Severity.BLOCKER, Subject.ptk(p))
            .field("rwy_sertifikasi.bidang_studi_sertifikasi")
            .args(1, noField)
            .report();
      }
      if (p.sertifikasi().isEmpty() && !Gtk.blank(p.nrg())) {
        out.finding(GtkCode.CERT_INCOMPLETE, Severity.BLOCKER, Subject.ptk(p))
            .field("nrg")
            .value(Masking.maskIdentifier(p.nrg().get()))
            .args(2, 0)
            .report();
      }
    }
  }
}
