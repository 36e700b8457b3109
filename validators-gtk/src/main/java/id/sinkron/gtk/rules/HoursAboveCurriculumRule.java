package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.CurriculumAllocation;
import id.sinkron.gtk.GtkCode;
import id.sinkron.model.Ptk;
import id.sinkron.model.Rombel;
import id.sinkron.profile.ExcessHoursFrom;

/**
 * GTK-HOURS-ABOVE-CURRICULUM (W, PEMBELAJARAN): the hours of one {@code mata_pelajaran_id} in one
 * rombel whose hours count (class or elective rombel of the active semester with members), summed
 * over every pembelajaran row, exceed the curriculum allocation ({@link CurriculumAllocation}); the
 * excess is not recognised. One finding per row that loses hours (the profile's {@code
 * curriculumExcessFrom} names which rows lose it first). A rombel whose kurikulum or tingkat is
 * unknown or not in the table is NOT_EVALUATED (subject ROMBEL); a subject of a known kurikulum
 * missing from the table is NOT_EVALUATED for that pembelajaran.
 *
 * <p>Arguments: {0} subject name (or id), {1} rombel name, {2} hours of the subject in the rombel
 * (every row), {3} allocation, {4} hours of this row not recognised, {5} the teacher (masked name),
 * {6} rows sharing the subject, {7} 0 when the last row loses the excess first, 1 when the first
 * row does.
 */
final class HoursAboveCurriculumRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    CurriculumAllocation analysis = CurriculumAllocation.of(ctx);
    for (CurriculumAllocation.Unjudged u : analysis.unjudged()) {
      Rombel r = u.rombel();
      out.notEvaluated(
          GtkCode.HOURS_ABOVE_CURRICULUM,
          u.pembelajaran().map(p -> Subject.pembelajaran(p, r)).orElseGet(() -> Subject.rombel(r)),
          u.reasonKey(),
          u.args().toArray());
    }
    for (CurriculumAllocation.Cut c : analysis.cuts()) {
      String teacher = ctx.index().teacherOf(c.pembelajaran()).map(Ptk::maskedNama).orElse("-");
      out.finding(
              GtkCode.HOURS_ABOVE_CURRICULUM,
              Severity.WARNING,
              Subject.pembelajaran(c.pembelajaran(), c.rombel()))
          .field("jam_mengajar_per_minggu")
          .value(Integer.toString(c.pembelajaran().jamMengajarPerMinggu().orElse(0)))
          .args(
              c.pembelajaran().namaMataPelajaran().orElse(c.mataPelajaranId()),
              c.rombel().nama(),
              c.groupJtm(),
              c.maxJtm(),
              c.lostJtm(),
              teacher,
              c.rows(),
              c.from() == ExcessHoursFrom.FIRST_ROW ? 1 : 0)
          .report();
    }
  }
}
