package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Subject;

/**
 * ARKAS-BOSP-ESTIMATE (info): countable × unit cost, when a unit cost is configured (supplement
 * {@code arkas.satuan_biaya}, else the profile's {@code unitCosts}); otherwise not evaluated.
 */
final class BospEstimateRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    if (a.count.estimate().isEmpty()) {
      out.notEvaluated(
          ArkasCode.BOSP_ESTIMATE, null, "arkas.reason.no.unit.cost", a.jenjang.name());
      return;
    }
    if (a.ctx.snapshot().sekolah().isEmpty()) {
      out.notEvaluated(ArkasCode.BOSP_ESTIMATE, null, "arkas.reason.no.sekolah");
      return;
    }
    long estimate = a.count.estimate().get();
    out.finding(
            ArkasCode.BOSP_ESTIMATE,
            ArkasCode.BOSP_ESTIMATE.severity(),
            Subject.sekolah(a.ctx.snapshot().sekolah().get()))
        .field("arkas.satuan_biaya")
        .value(Long.toString(estimate))
        .args(
            a.count.countable(),
            a.count.unitCost().get(),
            estimate,
            a.cutOff.toString(),
            Texts.label(out, "source." + a.count.unitCostSource().get().name()))
        .report();
  }
}
