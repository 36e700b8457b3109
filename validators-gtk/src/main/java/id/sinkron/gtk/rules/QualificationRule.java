package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.model.Ptk;

/**
 * GTK-QUALIFICATION (W/B, PTK), for teachers: an induk teacher with no formal-education record at
 * all → B (field {@code rwy_pend_formal}, argument {0} = 0); a teacher whose known levels include
 * none of {@code profile.qualifiedLevels()} (S1/D4 and above) → W ({0} = 1, {1} = the highest level
 * found). A non-induk teacher without records and without {@code pendidikan_terakhir} is not
 * reported (absent passes).
 */
final class QualificationRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : Gtk.teachers(ctx)) {
      if (p.rwyPendFormal().isEmpty() && p.induk()) {
        out.finding(GtkCode.QUALIFICATION, Severity.BLOCKER, Subject.ptk(p))
            .field("rwy_pend_formal")
            .args(0, "-")
            .report();
        continue;
      }
      if (Qualifications.levels(p).isEmpty() || Qualifications.qualified(p, ctx.profile())) {
        continue;
      }
      String highest = Qualifications.highest(p).orElse("-");
      out.finding(GtkCode.QUALIFICATION, Severity.WARNING, Subject.ptk(p))
          .field("pendidikan_terakhir")
          .value(highest)
          .args(1, highest)
          .report();
    }
  }
}
