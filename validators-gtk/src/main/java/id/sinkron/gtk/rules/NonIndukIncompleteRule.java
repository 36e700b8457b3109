package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.model.Ptk;

/**
 * GTK-NON-INDUK-INCOMPLETE (W, PTK): a non-induk PTK ({@code ptk_induk} = 0) without {@code
 * tanggal_surat_tugas}.
 */
final class NonIndukIncompleteRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : Gtk.ptk(ctx)) {
      if (!p.induk() && p.tanggalSuratTugas().isEmpty()) {
        out.finding(GtkCode.NON_INDUK_INCOMPLETE, Severity.WARNING, Subject.ptk(p))
            .field("tanggal_surat_tugas")
            .report();
      }
    }
  }
}
