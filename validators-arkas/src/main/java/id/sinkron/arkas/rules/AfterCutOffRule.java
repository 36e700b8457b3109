package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;

/**
 * ARKAS-PD-AFTER-CUTOFF: entered after the cut-off, so counted only at the next cut-off. Without an
 * entry date the rule is not evaluated for the student (who is then counted as entered in time).
 */
final class AfterCutOffRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    for (Student s : a.students) {
      if (s.entryDateUnknown) {
        out.notEvaluated(ArkasCode.PD_AFTER_CUTOFF, s.subject(), "arkas.reason.no.entry.date");
      } else if (s.afterCutOff) {
        String entry = s.pd.tanggalMasukSekolah().orElseThrow().toString();
        out.finding(ArkasCode.PD_AFTER_CUTOFF, ArkasCode.PD_AFTER_CUTOFF.severity(), s.subject())
            .field("tanggal_masuk_sekolah")
            .value(entry)
            .args(
                entry,
                a.cutOff.toString(),
                a.ctx.profile().cutOffFor(a.cutOff.getYear() + 1).toString())
            .report();
      }
    }
  }
}
