package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.identifier.IdentifierProblem;
import id.sinkron.identifier.Nuptk;
import id.sinkron.model.Ptk;

/**
 * GTK-NUPTK-MISSING (B, PTK): a teacher without NUPTK. The message lists the issuance prerequisites
 * visible in Dapodik that are missing (DOMAIN.md §3.5): pembelajaran in the active semester, an
 * induk penugasan, an S1/D4 qualification. Arguments {0}–{2} are 1 when the prerequisite is
 * missing, {3} their count.
 */
final class NuptkMissingRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : Gtk.teachers(ctx)) {
      if (!Nuptk.check(p.nuptk().orElse(null)).contains(IdentifierProblem.EMPTY)) {
        continue;
      }
      int noPembelajaran = Gtk.flag(ctx.index().teachingOf(p.ptkId()).isEmpty());
      int notInduk = Gtk.flag(!p.induk());
      int noDegree = Gtk.flag(!Qualifications.qualified(p, ctx.profile()));
      out.finding(GtkCode.NUPTK_MISSING, Severity.BLOCKER, Subject.ptk(p))
          .field("nuptk")
          .args(noPembelajaran, notInduk, noDegree, noPembelajaran + notInduk + noDegree)
          .report();
    }
  }
}
