package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Subject;
import id.sinkron.gtk.BebanKerja;
import id.sinkron.gtk.GtkCode;
import id.sinkron.gtk.LoadEvaluation;
import id.sinkron.model.Ptk;
import java.util.Locale;
import java.util.Map;

/**
 * GTK-LOAD-BELOW-MIN (B certified / W otherwise, PTK): an induk teacher whose recognised load
 * ({@link BebanKerja}) is below {@code profile.minJtm()} (Info GTK code 02). Without the supplement
 * the rule still runs on teaching hours and wali kelas, is W (certification unknown) and says
 * duties were unknown. Non-induk teachers, guru BK and kepala sekolah whose duties are unknown are
 * NOT_EVALUATED per teacher.
 *
 * <p>Arguments: {0} recognised teaching, {1} wali kelas, {2} other duty equivalents (kepala
 * sekolah, main, other), {3} recognised total, {4} shortfall, {5} minimum, {6} JJM category, {7}
 * excluded hours, {8} 1 when duties were known, {9} counted hours above the curriculum allocation
 * (not recognised).
 */
final class LoadBelowMinRule implements LoadRule {
  @Override
  public void check(RuleContext ctx, Map<String, BebanKerja> loads, FindingSink out) {
    for (Ptk p : Gtk.teachers(ctx)) {
      BebanKerja load = loads.get(p.ptkId());
      if (load.evaluation() != LoadEvaluation.EVALUATED) {
        out.notEvaluated(
            GtkCode.LOAD_BELOW_MIN,
            Subject.ptk(p),
            "gtk.reason.load."
                + load.evaluation().name().toLowerCase(Locale.ROOT).replace('_', '.'));
        continue;
      }
      if (load.recognisedJtm() >= ctx.profile().minJtm()) {
        continue;
      }
      out.finding(GtkCode.LOAD_BELOW_MIN, Gtk.loadSeverity(ctx, p), Subject.ptk(p))
          .field("pembelajaran.jam_mengajar_per_minggu")
          .value(Integer.toString(load.recognisedJtm()))
          .reference(ctx.profile().title())
          .args(
              load.recognisedTeachingJtm(),
              load.waliKelasJtm(),
              load.kepalaSekolahJtm() + load.mainDutyJtm() + load.otherDutyJtm(),
              load.recognisedJtm(),
              load.shortfallJtm(),
              ctx.profile().minJtm(),
              load.jjmCategory(),
              load.excludedJtm(),
              Gtk.flag(load.dutiesKnown()),
              load.aboveCurriculumJtm())
          .report();
    }
  }
}
