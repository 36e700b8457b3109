package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.arkas.ExclusionReason;
import id.sinkron.check.FindingSink;

/**
 * ARKAS-PD-DUPLICATE: the same person registered twice (same NIK, or same normalised nama + tanggal
 * lahir + nama ibu, see {@link IdentityKey}); every member of the group but the one counted gets
 * it. Field {@code nik} when the NIK is shared, else {@code nama}.
 */
final class DuplicateRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    for (Student s : a.students) {
      if (s.reasons.contains(ExclusionReason.DUPLICATE)) {
        boolean byNik = s.nikShared;
        FindingSink.Draft d =
            out.finding(ArkasCode.PD_DUPLICATE, ArkasCode.PD_DUPLICATE.severity(), s.subject())
                .field(byNik ? "nik" : "nama")
                .args(
                    Texts.label(out, byNik ? "basis.nik" : "basis.identity"),
                    s.keptInstead.maskedName());
        if (byNik) {
          s.maskedNik().ifPresent(d::value);
        }
        d.report();
      }
    }
  }
}
