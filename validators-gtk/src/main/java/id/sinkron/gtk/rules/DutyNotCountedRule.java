package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.BebanKerja;
import id.sinkron.gtk.DutyEquivalent;
import id.sinkron.gtk.DutyKind;
import id.sinkron.gtk.DutyOutcome;
import id.sinkron.gtk.GtkCode;
import id.sinkron.model.Ptk;
import id.sinkron.profile.DutyCategory;
import java.util.Map;

/**
 * GTK-DUTY-NOT-COUNTED (W, PTK): a tugas tambahan (supplement) of a teacher that the load leaves
 * out for a reason no other finding states — {1} = 0 held at a school that is not the teacher's
 * induk (duties count only there), 1 a second main duty (only {@code profile.maxMainDuties()}
 * count), 2 a {@code jabatan_ptk_id} missing from the profile's duty table. Incomplete duties are
 * GTK-DUTY-INCOMPLETE's, the cap GTK-DUTY-CAP's, a non-induk kepala sekolah GTK-KEPSEK-SETUP's.
 * {0}: the duty's name (or id); {2}: the jabatan id. NOT_EVALUATED without the supplement.
 */
final class DutyNotCountedRule implements LoadRule {
  @Override
  public void check(RuleContext ctx, Map<String, BebanKerja> loads, FindingSink out) {
    if (Gtk.supplementMissing(ctx, out, GtkCode.DUTY_NOT_COUNTED)) {
      return;
    }
    for (Ptk p : Gtk.teachers(ctx)) {
      for (DutyEquivalent d : loads.get(p.ptkId()).duties()) {
        if (d.kind() != DutyKind.TUGAS_TAMBAHAN) {
          continue;
        }
        int kind;
        if (d.outcome() == DutyOutcome.NOT_AT_INDUK
            && d.category().filter(c -> c == DutyCategory.KEPALA_SEKOLAH).isEmpty()) {
          kind = 0;
        } else if (d.outcome() == DutyOutcome.MAIN_DUTY_LIMIT) {
          kind = 1;
        } else if (d.outcome() == DutyOutcome.UNKNOWN_JABATAN) {
          kind = 2;
        } else {
          continue;
        }
        out.finding(GtkCode.DUTY_NOT_COUNTED, Severity.WARNING, Subject.ptk(p))
            .field(kind == 0 ? "ptk_induk" : "tugas_tambahan.jabatan_ptk_id")
            .value(d.jabatanPtkId().orElse(""))
            .reference(ctx.profile().title())
            .args(d.nama(), kind, d.jabatanPtkId().orElse("-"))
            .report();
      }
    }
  }
}
