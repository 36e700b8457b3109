package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.identifier.IdentifierProblem;
import id.sinkron.identifier.Nik;
import id.sinkron.model.Ptk;

/** GTK-NIK-MISSING (B, PTK): {@code nik} empty (after removing separators), for every PTK. */
final class NikMissingRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : Gtk.ptk(ctx)) {
      if (Nik.check(p.nik().orElse(null)).contains(IdentifierProblem.EMPTY)) {
        out.finding(GtkCode.NIK_MISSING, Severity.BLOCKER, Subject.ptk(p)).field("nik").report();
      }
    }
  }
}
