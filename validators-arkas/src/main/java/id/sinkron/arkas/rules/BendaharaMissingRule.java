package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Subject;
import id.sinkron.model.Ptk;

/**
 * ARKAS-BENDAHARA-MISSING: no PTK holds a Bendahara BOS duty active on the reference date.
 * Evaluated only when duties are known (supplement); the Web Service does not return them.
 */
final class BendaharaMissingRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    if (!Duties.dutiesKnown(a.ctx)) {
      out.notEvaluated(ArkasCode.BENDAHARA_MISSING, null, "arkas.reason.no.duties");
      return;
    }
    if (a.ctx.snapshot().sekolah().isEmpty()) {
      out.notEvaluated(ArkasCode.BENDAHARA_MISSING, null, "arkas.reason.no.sekolah");
      return;
    }
    for (Ptk p : a.ctx.snapshot().ptk()) {
      if (Duties.isBendaharaBos(a.ctx, p)) {
        return;
      }
    }
    out.finding(
            ArkasCode.BENDAHARA_MISSING,
            ArkasCode.BENDAHARA_MISSING.severity(),
            Subject.sekolah(a.ctx.snapshot().sekolah().get()))
        .field("tugas_tambahan")
        .args(a.ctx.referenceDate().toString())
        .report();
  }
}
