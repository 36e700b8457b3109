package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Subject;
import id.sinkron.gtk.BebanKerja;
import id.sinkron.gtk.GtkCode;
import id.sinkron.gtk.LoadEvaluation;
import id.sinkron.gtk.TeachingHours;
import id.sinkron.model.Ptk;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * GTK-TATAP-MUKA-MIN (B certified / W otherwise, PTK), only under a profile that sets {@code
 * minTatapMukaJtm} (Permendikdasmen 11/2025: 16; {@code minTatapMukaJtmWithMainDuty} 12 for a
 * teacher with a counted main duty): an induk teacher — not kepala sekolah (jenis or position),
 * guru BK or guru TIK, with at least one pembelajaran (GTK-NO-PEMBELAJARAN reports the others) —
 * whose recognised face-to-face teaching ({@link BebanKerja#recognisedTeachingJtm()}, before duty
 * equivalents) is below the minimum, even when duties bring the total to the load minimum
 * (operator-cases IG-15, 2025 guidance). The hours at this school are all Sinkron sees: a non-induk
 * PTK (a teacher topping up at this school) is never judged here, and the message says that hours
 * taught at another school are not in the data.
 *
 * <p>Arguments: {0} face-to-face JTM, {1} the minimum, {2} 1 with a main duty, {3} recognised
 * total, {4} colleagues teaching one of the same subjects with more than the load minimum of
 * face-to-face hours (masked names, "-" when none), {5} how many.
 */
final class TatapMukaMinRule implements LoadRule {
  @Override
  public void check(RuleContext ctx, Map<String, BebanKerja> loads, FindingSink out) {
    if (ctx.profile().minTatapMukaJtm().isEmpty()) {
      return;
    }
    int plain = ctx.profile().minTatapMukaJtm().get();
    int withMain = ctx.profile().minTatapMukaJtmWithMainDuty().orElse(plain);
    for (Ptk p : Gtk.teachers(ctx)) {
      BebanKerja load = loads.get(p.ptkId());
      if (load.evaluation() != LoadEvaluation.EVALUATED
          || Gtk.isKepalaSekolah(p)
          || Gtk.isKepalaSekolahNow(ctx, p)
          || Gtk.isGuruBk(p)
          || Gtk.isGuruTik(p)
          || ctx.index().teachingOf(p.ptkId()).isEmpty()) {
        continue;
      }
      boolean main = load.mainDutyJtm() > 0;
      int min = main ? withMain : plain;
      int faceToFace = load.recognisedTeachingJtm();
      if (faceToFace >= min) {
        continue;
      }
      Set<String> mapel = new HashSet<>();
      for (TeachingHours t : load.teaching()) {
        if (t.counted()) {
          t.mataPelajaranId().ifPresent(mapel::add);
        }
      }
      StringJoiner colleagues = new StringJoiner(", ");
      int count = 0;
      for (Ptk c : Gtk.teachers(ctx)) {
        BebanKerja other = loads.get(c.ptkId());
        if (c.ptkId().equals(p.ptkId())
            || other.recognisedTeachingJtm() <= ctx.profile().minJtm()) {
          continue;
        }
        boolean same =
            other.teaching().stream()
                .anyMatch(
                    t -> t.counted() && t.mataPelajaranId().map(mapel::contains).orElse(false));
        if (same) {
          colleagues.add(c.maskedNama() + " (" + other.recognisedTeachingJtm() + ")");
          count++;
        }
      }
      out.finding(GtkCode.TATAP_MUKA_MIN, Gtk.loadSeverity(ctx, p), Subject.ptk(p))
          .field("pembelajaran.jam_mengajar_per_minggu")
          .value(Integer.toString(faceToFace))
          .reference(ctx.profile().title())
          .args(
              faceToFace,
              min,
              Gtk.flag(main),
              load.recognisedJtm(),
              count == 0 ? "-" : colleagues.toString(),
              count)
          .report();
    }
  }
}
