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
 * GTK-KEPSEK-SETUP (B, SEKOLAH/PTK). The active kepala sekolah is, when duties are known
 * (supplement), a PTK with a kepala sekolah duty in force on the reference date with an SK number
 * (the supplement wins); without the supplement, a PTK whose getGtk {@code jabatan_ptk_id} (newer
 * servers) is a kepala sekolah position in the profile's duty table, or — for a row without {@code
 * jabatan_ptk_id} — whose jenis PTK is Kepala Sekolah (20) or Principal (57). Reports, with
 * argument {0}:
 *
 * <ul>
 *   <li>0 — no active kepala sekolah and no PLT (subject SEKOLAH); PLT is seen from the
 *       supplement's duties or from {@code jabatan_ptk_id}; with neither (older server, no
 *       supplement) this case is NOT_EVALUATED instead;
 *   <li>1 — more than one active kepala sekolah (each of them; {1} = how many);
 *   <li>2 — jenis PTK Kepala Sekolah without an active kepala sekolah duty, or without the kepala
 *       sekolah position in {@code jabatan_ptk_id} (only when the supplement or that field speaks
 *       for the PTK);
 *   <li>3 — a kepala sekolah registered as non-induk.
 * </ul>
 */
final class KepsekSetupRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    boolean known = ctx.snapshot().ptkSupplementKnown();
    List<Ptk> all = Gtk.ptk(ctx);
    boolean jabatanSent = false;
    for (Ptk p : all) {
      jabatanSent |= p.jabatanPtkId().isPresent();
    }
    List<Ptk> kepsek = new ArrayList<>();
    boolean plt = false;
    for (Ptk p : all) {
      if (Gtk.isKepalaSekolahNow(ctx, p)) {
        kepsek.add(p);
      }
      plt |=
          known
              ? Gtk.hasActiveDuty(ctx, p, DutyCategory.PLT_KEPALA_SEKOLAH)
              : Gtk.jabatanCategory(ctx, p)
                  .filter(c -> c == DutyCategory.PLT_KEPALA_SEKOLAH)
                  .isPresent();
    }
    Optional<Sekolah> sekolah = ctx.snapshot().sekolah();
    if (kepsek.isEmpty() && !plt) {
      if (known || jabatanSent) {
        sekolah.ifPresent(
            s ->
                out.finding(GtkCode.KEPSEK_SETUP, Severity.BLOCKER, Subject.sekolah(s))
                    .field(known ? "tugas_tambahan" : "jabatan_ptk_id")
                    .args(0, 0)
                    .report());
      } else {
        out.notEvaluated(
            GtkCode.KEPSEK_SETUP,
            sekolah.map(Subject::sekolah).orElse(null),
            "gtk.reason.kepsek.plt.unknown");
      }
    }
    String dutyField = known ? "tugas_tambahan" : "jabatan_ptk_id";
    if (kepsek.size() > 1) {
      for (Ptk p : kepsek) {
        report(out, p, dutyField, 1, kepsek.size());
      }
    }
    for (Ptk p : all) {
      boolean byJenis = Gtk.isKepalaSekolah(p);
      boolean spoken = known || p.jabatanPtkId().isPresent();
      if (spoken && byJenis && !kepsek.contains(p)) {
        report(out, p, dutyField, 2, 0);
      }
      if ((byJenis || kepsek.contains(p)) && !p.induk()) {
        report(out, p, "ptk_induk", 3, 0);
      }
    }
  }

  private static void report(FindingSink out, Ptk p, String field, int kind, int count) {
    out.finding(GtkCode.KEPSEK_SETUP, Severity.BLOCKER, Subject.ptk(p))
        .field(field)
        .args(kind, count)
        .report();
  }
}
