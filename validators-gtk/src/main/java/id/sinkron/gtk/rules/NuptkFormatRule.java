package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.identifier.IdentifierProblem;
import id.sinkron.identifier.Masking;
import id.sinkron.identifier.Nuptk;
import id.sinkron.model.Ptk;
import java.util.List;

/**
 * GTK-NUPTK-FORMAT (B, PTK): a filled NUPTK that {@link Nuptk#check} rejects (not 16 digits,
 * placeholder), for every PTK. Old temporary numbers (9999…, 9000…, 9898…) are valid and not
 * reported: RULES.md has no code for them.
 */
final class NuptkFormatRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : Gtk.ptk(ctx)) {
      String raw = p.nuptk().orElse(null);
      List<IdentifierProblem> problems = Nuptk.check(raw);
      if (!problems.isEmpty() && !problems.contains(IdentifierProblem.EMPTY)) {
        out.finding(GtkCode.NUPTK_FORMAT, Severity.BLOCKER, Subject.ptk(p))
            .field("nuptk")
            .value(Masking.maskIdentifier(raw))
            .args(Gtk.describe(out, problems))
            .report();
      }
    }
  }
}
