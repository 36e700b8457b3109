package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.BebanKerja;
import id.sinkron.gtk.GtkCode;
import id.sinkron.gtk.LinearityTable;
import id.sinkron.gtk.LoadEvaluation;
import id.sinkron.model.Jenjang;
import id.sinkron.model.Ptk;
import id.sinkron.model.Sertifikasi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * GTK-NOT-LINEAR (B/W, PTK), for certified induk teachers whose load is evaluated. Linear load =
 * counted teaching hours in subjects linear with any of the teacher's certification fields (per the
 * {@link LinearityTable}, at the school's jenjang) + duty equivalents. When the total recognised
 * load reaches the minimum but the linear load does not → B (Info GTK code 01); when the linear
 * load reaches it but some counted hours are not linear → W. A teacher below the minimum in total
 * gets only GTK-LOAD-BELOW-MIN. A certification record without field, or a field not in the table,
 * makes the rule NOT_EVALUATED for that teacher (never a guess); without the supplement, for the
 * school.
 *
 * <p>Arguments: {0} linear load, {1} total recognised load, {2} minimum, {3} non-linear teaching
 * hours, {4} the certification field codes.
 */
final class NotLinearRule implements LoadRule {
  private final LinearityTable table;

  NotLinearRule(LinearityTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  @Override
  public void check(RuleContext ctx, Map<String, BebanKerja> loads, FindingSink out) {
    LinearityTable table = ctx.options().extra(LinearityTable.class).orElse(this.table);
    if (Gtk.supplementMissing(ctx, out, GtkCode.NOT_LINEAR)) {
      return;
    }
    Jenjang jenjang = Gtk.jenjang(ctx);
    int min = ctx.profile().minJtm();
    for (Ptk p : Gtk.teachers(ctx)) {
      BebanKerja load = loads.get(p.ptkId());
      if (!Gtk.certified(p) || load.evaluation() != LoadEvaluation.EVALUATED) {
        continue;
      }
      List<String> fields = new ArrayList<>();
      boolean blankField = false;
      for (Sertifikasi s : p.sertifikasi()) {
        String f = LinearityTable.normalizeField(s.bidangStudiSertifikasi().orElse(""));
        if (f.isEmpty()) {
          blankField = true;
        } else if (!fields.contains(f)) {
          fields.add(f);
        }
      }
      if (blankField) {
        out.notEvaluated(GtkCode.NOT_LINEAR, Subject.ptk(p), "gtk.reason.linear.field.missing");
        continue;
      }
      if (!table.knowsAll(fields)) {
        List<String> unknown = fields.stream().filter(f -> !table.knows(f)).toList();
        out.notEvaluated(
            GtkCode.NOT_LINEAR,
            Subject.ptk(p),
            "gtk.reason.linear.field.unknown",
            String.join(", ", unknown));
        continue;
      }
      if (load.recognisedJtm() < min) {
        continue;
      }
      int linearTeaching = table.linearTeachingJtm(load, fields, jenjang);
      int linear = linearTeaching + load.dutyJtm();
      int nonLinear = load.recognisedTeachingJtm() - linearTeaching;
      Severity severity;
      if (linear < min) {
        severity = Severity.BLOCKER;
      } else if (nonLinear > 0) {
        severity = Severity.WARNING;
      } else {
        continue;
      }
      out.finding(GtkCode.NOT_LINEAR, severity, Subject.ptk(p))
          .field("pembelajaran.mata_pelajaran_id")
          .value(Integer.toString(linear))
          .args(linear, load.recognisedJtm(), min, nonLinear, String.join(", ", fields))
          .report();
    }
  }
}
