package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;

/**
 * ARKAS-PD-NO-ROMBEL: an active student in no class rombel of the active semester is not counted.
 */
final class NoRombelRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    for (Student s : a.students) {
      if (s.classRombels.isEmpty()) {
        out.finding(ArkasCode.PD_NO_ROMBEL, ArkasCode.PD_NO_ROMBEL.severity(), s.subject())
            .field("anggota_rombel")
            .args(a.cutOff.toString())
            .report();
      }
    }
  }
}
