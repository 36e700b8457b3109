package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;
import id.sinkron.profile.AgeBand;
import java.time.Period;

/**
 * ARKAS-PD-AGE-BAND: age on the cut-off date outside the profile's band for the jenjang. Without a
 * band for the jenjang the rule is not evaluated for the school; without a birth date, not for the
 * student.
 */
final class AgeBandRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    if (a.band.isEmpty()) {
      out.notEvaluated(
          ArkasCode.PD_AGE_BAND,
          null,
          "arkas.reason.no.band",
          a.ctx.profile().name(),
          a.jenjang.name());
      return;
    }
    AgeBand band = a.band.get();
    for (Student s : a.students) {
      if (s.ageAtCutOff.isEmpty()) {
        out.notEvaluated(ArkasCode.PD_AGE_BAND, s.subject(), "arkas.reason.no.birth.date");
      } else if (s.outsideBand) {
        Period age = s.ageAtCutOff.get();
        out.finding(ArkasCode.PD_AGE_BAND, ArkasCode.PD_AGE_BAND.severity(), s.subject())
            .field("tanggal_lahir")
            .args(
                age.getYears(),
                age.getMonths(),
                band.describeYears(),
                a.jenjang.name(),
                a.cutOff.toString())
            .report();
      }
    }
  }
}
