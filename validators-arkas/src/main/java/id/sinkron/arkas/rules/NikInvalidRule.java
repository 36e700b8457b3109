package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;

/**
 * ARKAS-PD-NIK-INVALID: an active student whose NIK is missing, malformed or a placeholder ({@code
 * Nik.check} not empty): NISN issuance and central cleansing are at risk.
 */
final class NikInvalidRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    for (Student s : a.students) {
      if (!s.nikProblems.isEmpty()) {
        FindingSink.Draft d =
            out.finding(ArkasCode.PD_NIK_INVALID, ArkasCode.PD_NIK_INVALID.severity(), s.subject())
                .field("nik")
                .args(Texts.problem(out, s.nikProblems));
        s.maskedNik().ifPresent(d::value);
        d.report();
      }
    }
  }
}
