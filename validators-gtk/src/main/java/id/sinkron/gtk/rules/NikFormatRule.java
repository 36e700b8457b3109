package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.identifier.IdentifierProblem;
import id.sinkron.identifier.Masking;
import id.sinkron.identifier.Nik;
import id.sinkron.model.Ptk;
import java.util.List;

/**
 * GTK-NIK-FORMAT (B, PTK): a filled {@code nik} that {@link Nik#check} rejects (length, digits,
 * placeholder, province, date, serial, seven zeros), for every PTK.
 */
final class NikFormatRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : Gtk.ptk(ctx)) {
      String raw = p.nik().orElse(null);
      List<IdentifierProblem> problems = Nik.check(raw);
      if (!problems.isEmpty() && !problems.contains(IdentifierProblem.EMPTY)) {
        out.finding(GtkCode.NIK_FORMAT, Severity.BLOCKER, Subject.ptk(p))
            .field("nik")
            .value(Masking.maskIdentifier(raw))
            .args(Gtk.describe(out, problems))
            .report();
      }
    }
  }
}
