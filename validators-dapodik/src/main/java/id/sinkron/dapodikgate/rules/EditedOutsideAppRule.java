package id.sinkron.dapodikgate.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.dapodikgate.DapodikGateCode;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.DapodikTableChanges;
import java.util.Optional;

/**
 * DAPODIK-EDITED-OUTSIDE-APP: rows changed since their last sync without {@code updater_id} (edited
 * outside the Dapodik application). One finding per listed row id on the row's entity; rows beyond
 * the export's sample (or of a table without a single-column key) get one finding on the school
 * with the count.
 */
final class EditedOutsideAppRule implements Rule {
  private static final DapodikGateCode CODE = DapodikGateCode.EDITED_OUTSIDE_APP;

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    GateAnalysis a = GateAnalysis.of(ctx);
    Optional<DapodikLocal> l = LocalInput.require(a, DapodikLocal.Part.CHANGES, CODE, out);
    if (l.isEmpty()) {
      return;
    }
    for (DapodikTableChanges c : l.get().changes()) {
      if (c.withoutUpdater() <= 0) {
        continue;
      }
      String apps = Entities.appList(out, Entities.downstream(c.table()));
      for (String id : c.withoutUpdaterIds()) {
        out.finding(CODE, CODE.severity(), Entities.subject(ctx, c.table(), Optional.of(id)))
            .field("updater_id")
            .args(c.table(), apps, 1)
            .report();
      }
      long rest = c.withoutUpdater() - c.withoutUpdaterIds().size();
      if (rest > 0) {
        out.finding(CODE, CODE.severity(), Entities.school(ctx))
            .field("updater_id")
            .value(Long.toString(rest))
            .args(c.table(), apps, rest)
            .report();
      }
    }
  }
}
