package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Subject;
import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.Sekolah;

/**
 * ARKAS-MIN-STUDENTS: fewer countable students than the profile's {@code minStudents}, unless the
 * school's bentuk pendidikan is in {@code minStudentsExemptBentuk}. Not evaluated without the
 * school.
 */
final class MinStudentsRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    if (a.ctx.snapshot().sekolah().isEmpty()) {
      out.notEvaluated(ArkasCode.MIN_STUDENTS, null, "arkas.reason.no.sekolah");
      return;
    }
    Sekolah sekolah = a.ctx.snapshot().sekolah().get();
    boolean exempt =
        sekolah
            .bentukPendidikan()
            .map(BentukPendidikan::id)
            .map(a.ctx.profile().minStudentsExemptBentuk()::contains)
            .orElse(false);
    int min = a.ctx.profile().minStudents();
    int countable = a.count.countable();
    if (!exempt && countable < min) {
      out.finding(
              ArkasCode.MIN_STUDENTS, ArkasCode.MIN_STUDENTS.severity(), Subject.sekolah(sekolah))
          .field("peserta_didik")
          .value(Integer.toString(countable))
          .args(countable, min)
          .report();
    }
  }
}
