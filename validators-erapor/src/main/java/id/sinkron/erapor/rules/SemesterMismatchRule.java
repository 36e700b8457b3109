package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.erapor.RombelKind;
import id.sinkron.model.Rombel;
import id.sinkron.model.SemesterId;
import java.util.Optional;

/**
 * ERAPOR-SEMESTER-MISMATCH: a class or elective rombel whose {@code semester_id} is set and differs
 * from the active semester. Not evaluated when the active semester is unknown. The other rombel
 * rules skip such a rombel (E-Rapor pulls nothing for it), so this is its only finding.
 */
final class SemesterMismatchRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    Optional<SemesterId> active = ctx.index().activeSemester();
    if (active.isEmpty()) {
      out.notEvaluated(ERaporCode.SEMESTER_MISMATCH, null, "erapor.reason.no.semester");
      return;
    }
    for (Rombel r : ctx.snapshot().rombel()) {
      RombelKind k = RombelKind.of(r.jenisRombel());
      if (k != RombelKind.CLASS && k != RombelKind.ELECTIVE) {
        continue;
      }
      if (r.semesterId().isPresent() && !r.semesterId().equals(active)) {
        String sem = r.semesterId().get().value();
        Emit.finding(ctx, out, ERaporCode.SEMESTER_MISMATCH, Severity.BLOCKER, Subject.rombel(r))
            .field("semester_id")
            .value(sem)
            .args(sem, active.get().value())
            .report();
      }
    }
  }
}
