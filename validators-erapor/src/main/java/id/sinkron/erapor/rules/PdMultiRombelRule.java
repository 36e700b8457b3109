package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.erapor.Membership;
import id.sinkron.erapor.PlacementStatus;
import id.sinkron.erapor.StudentPlacement;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Rombel;
import java.util.StringJoiner;

/** ERAPOR-PD-MULTI-ROMBEL: an active student listed by two or more class rombel of the active semester. */
final class PdMultiRombelRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (PesertaDidik pd : Scope.activeStudents(ctx)) {
      StudentPlacement p = Membership.placementOf(pd, ctx.index());
      if (p.status() != PlacementStatus.MULTI_ROMBEL) {
        continue;
      }
      StringJoiner names = new StringJoiner(", ");
      for (String id : p.classRombelIds()) {
        names.add(ctx.index().rombel(id).map(Rombel::nama).orElse(id));
      }
      String count = Integer.toString(p.classRombelIds().size());
      out.finding(ERaporCode.PD_MULTI_ROMBEL, Severity.BLOCKER, Subject.pd(pd))
          .field("anggota_rombel").value(count).args(count, names.toString()).report();
    }
  }
}
