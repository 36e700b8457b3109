package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.Rombel;

/**
 * ERAPOR-PEMBELAJARAN-NO-HOURS: {@code jam_mengajar_per_minggu} missing or not positive, on a
 * pembelajaran of a class or elective rombel of the active semester.
 */
final class PembelajaranNoHoursRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.managed(ctx)) {
      for (Pembelajaran p : r.pembelajaran()) {
        if (p.jamMengajarPerMinggu().map(j -> j <= 0).orElse(true)) {
          String v = p.jamMengajarPerMinggu().map(String::valueOf).orElse("");
          out.finding(ERaporCode.PEMBELAJARAN_NO_HOURS, Severity.WARNING, Subject.pembelajaran(p, r))
              .field("jam_mengajar_per_minggu").value(v).report();
        }
      }
    }
  }
}
