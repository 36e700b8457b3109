package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.model.Ptk;
import id.sinkron.profile.RegulationProfile;
import java.util.OptionalInt;

/**
 * GTK-AGE-IMPLAUSIBLE (B/W, PTK), for every PTK: age on the reference date at or below {@code
 * profile.ptkAgeMin()} or at or above {@code profile.ptkAgeMax()} → B; above {@code
 * profile.ptkAgeWarnAbove()} → W. Argument {0}: the age.
 */
final class AgeImplausibleRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    RegulationProfile profile = ctx.profile();
    for (Ptk p : Gtk.ptk(ctx)) {
      OptionalInt age = Gtk.age(p, ctx.referenceDate());
      if (age.isEmpty()) {
        continue;
      }
      int a = age.getAsInt();
      Severity s =
          a <= profile.ptkAgeMin() || a >= profile.ptkAgeMax()
              ? Severity.BLOCKER
              : a > profile.ptkAgeWarnAbove() ? Severity.WARNING : null;
      if (s != null) {
        out.finding(GtkCode.AGE_IMPLAUSIBLE, s, Subject.ptk(p))
            .field("tanggal_lahir")
            .args(a)
            .report();
      }
    }
  }
}
