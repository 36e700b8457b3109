package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.model.Ptk;
import java.util.OptionalInt;

/**
 * GTK-RETIREMENT-AGE (B, PTK; Info GTK code 06), for every PTK: age on the reference date at or
 * above {@code profile.retirementAge()}. Ages at or above {@code profile.ptkAgeMax()} are left to
 * GTK-AGE-IMPLAUSIBLE (the birth date is then the problem). Arguments: {0} age, {1} retirement age.
 */
final class RetirementAgeRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : Gtk.ptk(ctx)) {
      OptionalInt age = Gtk.age(p, ctx.referenceDate());
      if (age.isPresent()
          && age.getAsInt() >= ctx.profile().retirementAge()
          && age.getAsInt() < ctx.profile().ptkAgeMax()) {
        out.finding(GtkCode.RETIREMENT_AGE, Severity.BLOCKER, Subject.ptk(p))
            .field("tanggal_lahir")
            .args(age.getAsInt(), ctx.profile().retirementAge())
            .report();
      }
    }
  }
}
