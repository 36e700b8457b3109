package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.erapor.PlacementStatus;
import id.sinkron.erapor.StudentPlacement;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Rombel;
import java.util.List;
import java.util.StringJoiner;

/**
 * ERAPOR-PD-MULTI-ROMBEL: an active student listed by two or more class rombel of the active
 * semester that the variant pulls (E-Rapor SMK keeps one, in no defined order: erapor-sync {@code
 * Peserta_didik} hasOne anggota_rombel). The value is the number of those rombel.
 */
final class PdMultiRombelRule implements PlacementRule {
  @Override
  public void check(RuleContext ctx, List<PlacedStudent> students, FindingSink out) {
    for (PlacedStudent student : students) {
      PesertaDidik pd = student.pd();
      StudentPlacement p = student.placement();
      if (p.status() != PlacementStatus.MULTI_ROMBEL) {
        continue;
      }
      StringJoiner names = new StringJoiner(", ");
      for (String id : p.pulledRombelIds()) {
        names.add(ctx.index().rombel(id).map(Rombel::nama).orElse(id));
      }
      String count = Integer.toString(p.pulledRombelIds().size());
      Emit.finding(ctx, out, ERaporCode.PD_MULTI_ROMBEL, Severity.BLOCKER, Subject.pd(pd))
          .field("anggota_rombel")
          .value(count)
          .args(count, names.toString(), Emit.clause(ctx, out, "erapor.pd.multi.rombel"))
          .report();
    }
  }
}
