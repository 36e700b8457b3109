package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.model.Ptk;
import id.sinkron.model.Sekolah;
import id.sinkron.profile.DutyCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GTK-KEPSEK-SETUP (B, SEKOLAH/PTK). The active kepala sekolah is, when duties are known, a PTK with a
 * kepala sekolah duty in force on the reference date with an SK number; when they are not, a PTK whose
 * jenis PTK is Kepala Sekolah (20) or Principal (57). Reports, with argument {0}:
 *
 * <ul>
 *   <li>0 — no active kepala sekolah and no PLT (subject SEKOLAH); when duties are unknown a PLT cannot
 *       be seen, so this case is NOT_EVALUATED instead;
 *   <li>1 — more than one active kepala sekolah (each of them; {1} = how many);
 *   <li>2 — jenis PTK Kepala Sekolah without an active kepala sekolah duty (only when duties are known);
 *   <li>3 — a kepala sekolah registered as non-induk.
 * </ul>
 */
final class KepsekSetupRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    boolean known = ctx.snapshot().ptkSupplementKnown();
    List<Ptk> all = Gtk.ptk(ctx);
    List<Ptk> kepsek = new ArrayList<>();
    boolean plt = false;
    for (Ptk p : all) {
      if (known ? Gtk.hasActiveDuty(ctx, p, DutyCategory.KEPALA_SEKOLAH) : Gtk.isKepalaSekolah(p)) {
        kepsek.add(p);
      }
      plt |= known && Gtk.hasActiveDuty(ctx, p, DutyCategory.PLT_KEPALA_SEKOLAH);
    }
    Optional<Sekolah> sekolah = ctx.snapshot().sekolah();
    if (kepsek.isEmpty() && !plt) {
      if (known) {
        sekolah.ifPresent(s -> out.finding(GtkCode.KEPSEK_SETUP, Severity.BLOCKER, Subject.sekolah(s))
            .field("tugas_tambahan").args(0, 0).report());
      } else {
        out.notEvaluated(GtkCode.KEPSEK_SETUP, sekolah.map(Subject::sekolah).orElse(null),
            "gtk.reason.kepsek.plt.unknown");
      }
    }
    if (kepsek.size() > 1) {
      for (Ptk p : kepsek) {
        report(out, p, "tugas_tambahan", 1, kepsek.size());
      }
    }
    for (Ptk p : all) {
      boolean byJenis = Gtk.isKepalaSekolah(p);
      if (known && byJenis && !kepsek.contains(p)) {
        report(out, p, "tugas_tambahan", 2, 0);
      }
      if ((byJenis || kepsek.contains(p)) && !p.induk()) {
        report(out, p, "ptk_induk", 3, 0);
      }
    }
  }

  private static void report(FindingSink out, Ptk p, String field, int kind, int count) {
    out.finding(GtkCode.KEPSEK_SETUP, Severity.BLOCKER, Subject.ptk(p)).field(field).args(kind, count).report();
  }
}
