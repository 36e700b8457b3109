package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;

/** ARKAS-PD-NO-NISN: an active student without a valid NISN is not counted. */
final class NoNisnRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    for (Student s : a.students) {
      if (s.nisn == null) {
        FindingSink.Draft d =
            out.finding(ArkasCode.PD_NO_NISN, ArkasCode.PD_NO_NISN.severity(), s.subject())
                .field("nisn")
                .args(Texts.problem(out, s.nisnProblems), a.cutOff.toString());
        s.maskedNisn().ifPresent(d::value);
        d.report();
      }
    }
  }
}
