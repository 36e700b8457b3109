package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.model.Ptk;
import id.sinkron.model.Sekolah;
import id.sinkron.model.StatusKepegawaian;

/**
 * GTK-STATUS-GTY-NEGERI (B, PTK), for every PTK: GTY/PTY ({@code status_kepegawaian_id} 4)
 * registered as induk PTK at a negeri school ({@code status_sekolah} 1).
 */
final class StatusGtyNegeriRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (!ctx.snapshot().sekolah().map(Sekolah::isNegeri).orElse(false)) {
      return;
    }
    for (Ptk p : Gtk.ptk(ctx)) {
      if (p.induk() && p.statusKepegawaian().map(StatusKepegawaian::isGtyPty).orElse(false)) {
        out.finding(GtkCode.STATUS_GTY_NEGERI, Severity.BLOCKER, Subject.ptk(p))
            .field("status_kepegawaian_id")
            .value(p.statusKepegawaian().get().id())
            .report();
      }
    }
  }
}
