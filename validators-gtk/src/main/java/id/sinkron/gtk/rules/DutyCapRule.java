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
 * GTK-DUTY-CAP (I, PTK), for teachers whose load is evaluated: "other" duty equivalents (wali kelas
 * included) above {@code profile.otherDutyCap()}; the excess is not counted. Arguments: {0}
 * claimed, {1} cap, {2} excess. NOT_EVALUATED without the supplement.
 */
final class DutyCapRule implements LoadRule {
  @Override
  public void check(RuleContext ctx, Map<String, BebanKerja> loads, FindingSink out) {
    if (Gtk.supplementMissing(ctx, out, GtkCode.DUTY_CAP)) {
      return;
    }
    for (Ptk p : Gtk.teachers(ctx)) {
      BebanKerja load = loads.get(p.ptkId());
      if (load.evaluation() == LoadEvaluation.EVALUATED && load.otherDutyExcessJtm() > 0) {
        out.finding(GtkCode.DUTY_CAP, Severity.INFO, Subject.ptk(p))
            .field("tugas_tambahan")
            .value(Integer.toString(load.otherDutyAndWaliClaimedJtm()))
            .reference(ctx.profile().title())
            .args(
                load.otherDutyAndWaliClaimedJtm(),
                ctx.profile().otherDutyCap(),
                load.otherDutyExcessJtm())
            .report();
      }
    }
  }
}
