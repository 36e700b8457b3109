package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Subject;
import id.sinkron.model.Endpoint;
import id.sinkron.model.Ptk;
import java.util.HashSet;
import java.util.Set;

/**
 * ARKAS-PEJABAT-NO-ACCOUNT (W, PTK): the kepala sekolah or the Bendahara BOS (see {@link Duties})
 * has no user account in {@code getPengguna}: ARKAS and SIPLah take them through their Dapodik
 * accounts (operator case AR-06). Not evaluated without {@code getPengguna}; the bendahara is only
 * known with the supplement's duties.
 *
 * <p>Arguments: {0} 0 for the kepala sekolah, 1 for the bendahara BOS.
 */
final class PejabatNoAccountRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    if (!a.ctx.snapshot().has(Endpoint.PENGGUNA)) {
      out.notEvaluated(ArkasCode.PEJABAT_NO_ACCOUNT, null, "arkas.reason.no.pengguna");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (Ptk p : a.ctx.snapshot().ptk()) {
      if (!seen.add(p.ptkId()) || !a.ctx.index().penggunaOf(p.ptkId()).isEmpty()) {
        continue;
      }
      boolean kepsek = Duties.isKepalaSekolah(a.ctx, p);
      if (kepsek || Duties.isBendaharaBos(a.ctx, p)) {
        out.finding(
                ArkasCode.PEJABAT_NO_ACCOUNT,
                ArkasCode.PEJABAT_NO_ACCOUNT.severity(),
                Subject.ptk(p))
            .field("pengguna")
            .args(kepsek ? 0 : 1)
            .report();
      }
    }
  }
}
