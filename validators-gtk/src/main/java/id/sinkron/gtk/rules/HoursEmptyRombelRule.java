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
 * GTK-HOURS-EMPTY-ROMBEL (W, PEMBELAJARAN): a pembelajaran with hours in a class rombel of the
 * active semester that has no members; Info GTK shows "siswa 0" and does not count the hours.
 * Argument {0}: the hours.
 */
final class HoursEmptyRombelRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : ctx.snapshot().rombel()) {
      if (!r.isClass() || !ctx.index().isActiveSemester(r) || !r.anggotaRombel().isEmpty()) {
        continue;
      }
      for (Pembelajaran p : r.pembelajaran()) {
        int hours = p.jamMengajarPerMinggu().orElse(0);
        if (hours > 0) {
          out.finding(GtkCode.HOURS_EMPTY_ROMBEL, Severity.WARNING, Subject.pembelajaran(p, r))
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
