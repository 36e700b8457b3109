package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.BebanKerja;
import id.sinkron.gtk.DutyEquivalent;
import id.sinkron.gtk.DutyOutcome;
import id.sinkron.gtk.GtkCode;
import id.sinkron.model.Ptk;
import java.util.Map;

/**
 * GTK-DUTY-INCOMPLETE (W, PTK), for induk teachers (duties count only there): a tugas tambahan
 * without {@code nomor_sk} or {@code tmt_tambahan} ({1} = 0), with a TMT after the reference date
 * ({1} = 1) or with a TST on or before it ({1} = 2); it is not counted. {0}: the duty's name.
 * NOT_EVALUATED without the supplement.
 */
final class DutyIncompleteRule implements LoadRule {
  @Override
  public void check(RuleContext ctx, Map<String, BebanKerja> loads, FindingSink out) {
    if (Gtk.supplementMissing(ctx, out, GtkCode.DUTY_INCOMPLETE)) {
      return;
    }
    for (Ptk p : Gtk.teachers(ctx)) {
      for (DutyEquivalent d : loads.get(p.ptkId()).duties()) {
        if (!d.outcome().isIncomplete()) {
          continue;
        }
        int kind =
            d.outcome() == DutyOutcome.INCOMPLETE
                ? 0
                : d.outcome() == DutyOutcome.NOT_YET_ACTIVE ? 1 : 2;
        out.finding(GtkCode.DUTY_INCOMPLETE, Severity.WARNING, Subject.ptk(p))
            .field(
                kind == 0
                    ? "tugas_tambahan.nomor_sk"
                    : kind == 1 ? "tugas_tambahan.tmt_tambahan" : "tugas_tambahan.tst_tambahan")
            .value(d.jabatanPtkId().orElse(""))
            .reference(ctx.profile().title())
            .args(d.nama(), kind)
            .report();
      }
    }
  }
}
