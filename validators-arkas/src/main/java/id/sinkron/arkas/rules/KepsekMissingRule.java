package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Subject;
import id.sinkron.model.Ptk;

/**
 * ARKAS-KEPSEK-MISSING: no active kepala sekolah (see {@link Duties}): the ARKAS Kertas Kerja
 * cannot be activated. Not evaluated without the school.
 */
final class KepsekMissingRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    if (a.ctx.snapshot().sekolah().isEmpty()) {
      out.notEvaluated(ArkasCode.KEPSEK_MISSING, null, "arkas.reason.no.sekolah");
      return;
    }
    for (Ptk p : a.ctx.snapshot().ptk()) {
      if (Duties.isKepalaSekolah(a.ctx, p)) {
        return;
      }
    }
    out.finding(
            ArkasCode.KEPSEK_MISSING,
            ArkasCode.KEPSEK_MISSING.severity(),
            Subject.sekolah(a.ctx.snapshot().sekolah().get()))
        .field("jenis_ptk_id")
        .report();
  }
}
