package id.sinkron.dapodikgate.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Subject;
import id.sinkron.dapodikgate.DapodikGateCode;
import id.sinkron.model.Ptk;
import id.sinkron.model.RiwayatKepangkatan;

/**
 * DAPODIK-PNS-KEPEGAWAIAN-INCOMPLETE: a PNS/CPNS ({@code status_kepegawaian_id} 1, 2, 3, 10)
 * without a pangkat/golongan ({@code pangkat_golongan_terakhir} empty and no {@code
 * rwy_kepangkatan} row with one). SK CPNS and TMT PNS are not in the Web Service data: they are not
 * checked (the message says so).
 */
final class PnsKepegawaianRule implements Rule {
  private static final DapodikGateCode CODE = DapodikGateCode.PNS_KEPEGAWAIAN_INCOMPLETE;

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : ctx.snapshot().ptk()) {
      if (!p.statusKepegawaian().map(s -> s.isPnsOrCpns()).orElse(false)) {
        continue;
      }
      boolean hasPangkat = p.pangkatGolonganTerakhir().isPresent();
      for (RiwayatKepangkatan r : p.rwyKepangkatan()) {
        hasPangkat |= r.pangkatGolongan().isPresent();
      }
      if (!hasPangkat) {
        out.finding(CODE, CODE.severity(), Subject.ptk(p))
            .field("pangkat_golongan_terakhir")
            .args(p.statusKepegawaian().get().id())
            .report();
      }
    }
  }
}
