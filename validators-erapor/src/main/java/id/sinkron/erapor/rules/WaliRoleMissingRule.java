package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.Rombel;
import java.util.HashSet;
import java.util.Set;

/**
 * ERAPOR-WALI-ROLE-MISSING (SMK): the wali of a pulled class rombel of jenis 8 or 9 gets no wali
 * kelas role. E-Rapor SMK gives the role to a teacher who is {@code guru_id} of a jenis 1 rombel of
 * the semester ({@code SettingController} :433-440) — of any one — so a wali who also leads a
 * pulled jenis 1 rombel keeps the role and is not reported (followed from the code; RULES.md does
 * not say it). The value is the jenis.
 */
final class WaliRoleMissingRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (!PullPlan.of(ctx).smk()) {
      return;
    }
    Set<String> walisOfJenis1 = new HashSet<>();
    for (Rombel r : Scope.pulledClasses(ctx)) {
      if (jenis(r) == 1) {
        r.ptkId().ifPresent(walisOfJenis1::add);
      }
    }
    for (Rombel r : Scope.pulledClasses(ctx)) {
      int j = jenis(r);
      if ((j == 8 || j == 9) && r.ptkId().isPresent() && !walisOfJenis1.contains(r.ptkId().get())) {
        Emit.finding(ctx, out, ERaporCode.WALI_ROLE_MISSING, Severity.WARNING, Subject.rombel(r))
            .field("jenis_rombel")
            .value(r.jenisRombel().id())
            .args(r.jenisRombel().id())
            .report();
      }
    }
  }

  private static int jenis(Rombel r) {
    try {
      return Integer.parseInt(r.jenisRombel().id().strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
