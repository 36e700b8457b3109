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
 * GTK-LOAD-INDUK-LOW (W, PTK): an induk teacher whose counted teaching hours at the induk school
 * are below {@code profile.minJtmAtInduk()} (Dapodik warns). Skips kepala sekolah (20/57), guru BK
 * (5) and guru TIK (14) as Dapodik does, and teachers without any pembelajaran (GTK-NO-PEMBELAJARAN
 * reports them). Arguments: {0} counted teaching, {1} induk minimum.
 */
final class LoadIndukLowRule implements LoadRule {
  @Override
  public void check(RuleContext ctx, Map<String, BebanKerja> loads, FindingSink out) {
    for (Ptk p : Gtk.teachers(ctx)) {
      BebanKerja load = loads.get(p.ptkId());
      if (load.evaluation() != LoadEvaluation.EVALUATED
          || Gtk.isKepalaSekolah(p)
          || Gtk.isGuruBk(p)
          || Gtk.isGuruTik(p)
          || ctx.index().teachingOf(p.ptkId()).isEmpty()) {
        continue;
      }
      if (load.teachingJtm() < ctx.profile().minJtmAtInduk()) {
        out.finding(GtkCode.LOAD_INDUK_LOW, Severity.WARNING, Subject.ptk(p))
            .field("pembelajaran.jam_mengajar_per_minggu")
            .value(Integer.toString(load.teachingJtm()))
            .reference(ctx.profile().title())
            .args(load.teachingJtm(), ctx.profile().minJtmAtInduk())
            .report();
      }
    }
  }
}
