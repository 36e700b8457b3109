package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Subject;
import id.sinkron.model.Rombel;

/**
 * ARKAS-ROMBEL-OVER-CAP: a class rombel of the active semester with more distinct members than the
 * profile's cap for the jenjang ({@code rombelCaps}); no cap for the jenjang → not evaluated.
 */
final class RombelOverCapRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    Integer cap = a.ctx.profile().rombelCaps().get(a.jenjang);
    if (cap == null) {
      out.notEvaluated(
          ArkasCode.ROMBEL_OVER_CAP,
          null,
          "arkas.reason.no.cap",
          a.ctx.profile().name(),
          a.jenjang.name());
      return;
    }
    for (Rombel r : a.ctx.snapshot().rombel()) {
      if (!r.isClass() || !a.ctx.index().isActiveSemester(r)) {
        continue;
      }
      int members = BospCounter.distinctMembers(r);
      if (members > cap) {
        out.finding(
                ArkasCode.ROMBEL_OVER_CAP, ArkasCode.ROMBEL_OVER_CAP.severity(), Subject.rombel(r))
            .field("anggota_rombel")
            .value(Integer.toString(members))
            .args(members, cap, members - cap, a.jenjang.name())
            .report();
      }
    }
  }
}
