package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.BebanKerja;
import id.sinkron.gtk.GtkCode;
import id.sinkron.gtk.LoadEvaluation;
import id.sinkron.model.Ptk;
import java.util.Map;

/**
 * GTK-LOAD-ABOVE-MAX (W, PTK): an induk teacher whose counted teaching hours within the curriculum
 * allocation (hours above it are GTK-HOURS-ABOVE-CURRICULUM's) exceed {@code profile.maxJtm()}; the
 * excess is not recognised. Arguments: {0} counted teaching within the allocation, {1} maximum, {2}
 * excess.
 */
final class LoadAboveMaxRule implements LoadRule {
  @Override
  public void check(RuleContext ctx, Map<String, BebanKerja> loads, FindingSink out) {
    for (Ptk p : Gtk.teachers(ctx)) {
      BebanKerja load = loads.get(p.ptkId());
      int within = load.teachingJtm() - load.aboveCurriculumJtm();
      if (load.evaluation() == LoadEvaluation.EVALUATED && within > ctx.profile().maxJtm()) {
        out.finding(GtkCode.LOAD_ABOVE_MAX, Severity.WARNING, Subject.ptk(p))
            .field("pembelajaran.jam_mengajar_per_minggu")
            .value(Integer.toString(within))
            .reference(ctx.profile().title())
            .args(within, ctx.profile().maxJtm(), load.excessTeachingJtm())
            .report();
      }
    }
  }
}
