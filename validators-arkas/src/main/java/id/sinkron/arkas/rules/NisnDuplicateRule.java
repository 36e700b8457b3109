package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.arkas.ExclusionReason;
import id.sinkron.check.FindingSink;

/**
 * ARKAS-PD-NISN-DUPLICATE: a NISN shared by students; every member of the duplicate group whose
 * NISN is shared, except the one counted, gets the finding.
 */
final class NisnDuplicateRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    for (Student s : a.students) {
      if (s.reasons.contains(ExclusionReason.NISN_DUPLICATE)) {
        FindingSink.Draft d =
            out.finding(
                    ArkasCode.PD_NISN_DUPLICATE,
                    ArkasCode.PD_NISN_DUPLICATE.severity(),
                    s.subject())
                .field("nisn")
                .args(s.maskedNisn().orElse(""), s.keptInstead.maskedName());
        s.maskedNisn().ifPresent(d::value);
        d.report();
      }
    }
  }
}
