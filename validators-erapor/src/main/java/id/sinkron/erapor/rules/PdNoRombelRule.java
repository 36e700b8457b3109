package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.erapor.PlacementStatus;
import id.sinkron.erapor.StudentPlacement;
import id.sinkron.model.PesertaDidik;
import java.util.List;

/**
 * ERAPOR-PD-NO-ROMBEL: an active student listed by no class rombel of the active semester (the
 * sentinel row included). A student whose class rombel are all dropped by the variant ({@link
 * PlacementStatus#ROMBEL_NOT_PULLED}) is counted in those rombel's findings instead. When the
 * student's getPesertaDidik row names a rombel that does not list them, the message says so and the
 * value is that rombel's id.
 */
final class PdNoRombelRule implements PlacementRule {
  @Override
  public void check(RuleContext ctx, List<PlacedStudent> students, FindingSink out) {
    for (PlacedStudent student : students) {
      PesertaDidik pd = student.pd();
      StudentPlacement p = student.placement();
      if (p.status() != PlacementStatus.NO_ROMBEL) {
        continue;
      }
      String note = "";
      if (p.rowRombonganBelajarId().isPresent()) {
        String id = p.rowRombonganBelajarId().get();
        note =
            ctx.index()
                .rombel(id)
                .map(r -> out.messages().format("erapor.pd.no.rombel.row", r.nama()))
                .orElseGet(() -> out.messages().format("erapor.pd.no.rombel.row.absent", id));
      }
      FindingSink.Draft d =
          Emit.finding(ctx, out, ERaporCode.PD_NO_ROMBEL, Severity.BLOCKER, Subject.pd(pd))
              .field("anggota_rombel")
              .args(note);
      p.rowRombonganBelajarId().ifPresent(d::value);
      d.report();
    }
  }
}
