package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.Rombel;

/**
 * GTK-HOURS-ELECTIVE-EMPTY (W, PEMBELAJARAN): a pembelajaran with hours in an elective rombel
 * ({@code jenis_rombel} 16, Kurikulum Merdeka's mapel pilihan) of the active semester without
 * members; Info GTK shows "siswa 0" and does not count the hours (operator-cases IG-04). Silent
 * when the input has no elective rombel. Argument {0}: the hours.
 */
final class HoursElectiveEmptyRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : ctx.snapshot().rombel()) {
      if (!r.jenisRombel().isElective()
          || !ctx.index().isActiveSemester(r)
          || !r.anggotaRombel().isEmpty()) {
        continue;
      }
      for (Pembelajaran p : r.pembelajaran()) {
        int hours = p.jamMengajarPerMinggu().orElse(0);
        if (hours > 0) {
          out.finding(GtkCode.HOURS_ELECTIVE_EMPTY, Severity.WARNING, Subject.pembelajaran(p, r))
              .field("anggota_rombel")
              .value("0")
              .reference(ctx.profile().title())
              .args(hours)
              .report();
        }
      }
    }
  }
}
