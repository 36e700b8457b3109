package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.Rombel;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * ERAPOR-ELECTIVE-WALI-MISMATCH: an elective rombel ({@code jenis_rombel} 16) of the active semester
 * with members whose regular class rombel has a wali who is not the elective's wali (E-Rapor SMK then
 * drops the subject from the printed report). A member counts when at least one of their class rombel
 * has a wali; they mismatch when none of those walis is the elective's wali. One finding per elective
 * rombel; the value is the number of mismatching members. Not evaluated when the input holds no
 * elective rombel at all: the 2022 Web Service never returns jenis 16.
 */
final class ElectiveWaliMismatchRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    boolean anyElective = ctx.snapshot().rombel().stream().anyMatch(r -> r.jenisRombel().isElective());
    if (!anyElective) {
      out.notEvaluated(ERaporCode.ELECTIVE_WALI_MISMATCH, null, "erapor.reason.no.elective");
      return;
    }
    for (Rombel r : ctx.snapshot().rombel()) {
      if (!r.jenisRombel().isElective() || !ctx.index().isActiveSemester(r)) {
        continue;
      }
      Optional<String> wali = r.ptkId();
      int considered = 0;
      int mismatched = 0;
      Set<String> seen = new HashSet<>();
      for (AnggotaRombel a : r.anggotaRombel()) {
        if (!seen.add(a.pesertaDidikId())) {
          continue;
        }
        Set<String> classWalis = new HashSet<>();
        for (Rombel c : ctx.index().classRombelsOf(a.pesertaDidikId())) {
          c.ptkId().ifPresent(classWalis::add);
        }
        if (classWalis.isEmpty()) {
          continue;
        }
        considered++;
        if (wali.isEmpty() || !classWalis.contains(wali.get())) {
          mismatched++;
        }
      }
      if (mismatched > 0) {
        out.finding(ERaporCode.ELECTIVE_WALI_MISMATCH, Severity.WARNING, Subject.rombel(r))
            .field("ptk_id").value(Integer.toString(mismatched))
            .args(Integer.toString(mismatched), Integer.toString(considered)).report();
      }
    }
  }
}
