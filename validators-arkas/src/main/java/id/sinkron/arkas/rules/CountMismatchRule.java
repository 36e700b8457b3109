package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Subject;

/**
 * ARKAS-COUNT-MISMATCH: the count declared for ARKAS (supplement {@code
 * arkas.jumlah_siswa_dilaporkan}) differs from the countable count. Not evaluated without a
 * declared count or without the school.
 */
final class CountMismatchRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    if (a.count.declaredCount().isEmpty()) {
      out.notEvaluated(ArkasCode.COUNT_MISMATCH, null, "arkas.reason.no.declared");
      return;
    }
    if (a.ctx.snapshot().sekolah().isEmpty()) {
      out.notEvaluated(ArkasCode.COUNT_MISMATCH, null, "arkas.reason.no.sekolah");
      return;
    }
    int declared = a.count.declaredCount().get();
    int countable = a.count.countable();
    if (declared != countable) {
      out.finding(
              ArkasCode.COUNT_MISMATCH,
              ArkasCode.COUNT_MISMATCH.severity(),
              Subject.sekolah(a.ctx.snapshot().sekolah().get()))
          .field("arkas.jumlah_siswa_dilaporkan")
          .value(Integer.toString(declared))
          .args(declared, countable, declared - countable)
          .report();
    }
  }
}
