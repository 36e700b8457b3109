package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.model.Ptk;

/**
 * GTK-NO-PEMBELAJARAN (B certified / W otherwise, PTK): an induk teacher — not kepala sekolah (by
 * jenis PTK or active duty), not guru BK — with no pembelajaran at all in the active semester's
 * non-ekstrakurikuler rombel ({@code SchoolIndex.teachingOf}; stale ekstrakurikuler pembelajaran
 * does not count). Non-induk teachers are out of the load rules' scope.
 */
final class NoPembelajaranRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : Gtk.teachers(ctx)) {
      if (!p.induk()
          || Gtk.isKepalaSekolah(p)
          || Gtk.isGuruBk(p)
          || Gtk.isKepalaSekolahNow(ctx, p)) {
        continue;
      }
      if (ctx.index().teachingOf(p.ptkId()).isEmpty()) {
        out.finding(GtkCode.NO_PEMBELAJARAN, Gtk.loadSeverity(ctx, p), Subject.ptk(p))
            .field("pembelajaran")
            .reference(ctx.profile().title())
            .report();
      }
    }
  }
}
