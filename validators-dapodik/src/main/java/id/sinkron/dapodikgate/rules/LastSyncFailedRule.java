package id.sinkron.dapodikgate.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.dapodikgate.DapodikGateCode;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.DapodikSyncRun;
import id.sinkron.model.DapodikTableSync;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * DAPODIK-LAST-SYNC-FAILED: the latest run of the local sync log did not succeed, or a table of it
 * recorded conflicts ({@code n_konflik > 0}). {@code is_success} is read tolerantly ({@code
 * 1/t/true/y} success, {@code 0/f/false/n} failure); another value, an empty log, or no log → not
 * evaluated with the reason.
 */
final class LastSyncFailedRule implements Rule {
  private static final DapodikGateCode CODE = DapodikGateCode.LAST_SYNC_FAILED;

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    GateAnalysis a = GateAnalysis.of(ctx);
    Optional<DapodikLocal> l = LocalInput.require(a, DapodikLocal.Part.SYNC_LOG, CODE, out);
    if (l.isEmpty()) {
      return;
    }
    if (l.get().syncRuns().isEmpty()) {
      out.notEvaluated(CODE, null, "dapodik.reason.sync.log.empty");
      return;
    }
    DapodikSyncRun last = l.get().syncRuns().get(0);
    Optional<Boolean> ok = success(last.isSuccess());
    StringJoiner conflicts = new StringJoiner(", ");
    for (DapodikTableSync t : last.tables()) {
      long n = t.nKonflik().orElse(0L);
      if (n > 0) {
        conflicts.add(t.tableName() + " " + n);
      }
    }
    if (ok.isEmpty() && conflicts.length() == 0) {
      out.notEvaluated(
          CODE, null, "dapodik.reason.sync.success.unknown", last.isSuccess().orElse("-"));
      return;
    }
    if (ok.orElse(true) && conflicts.length() == 0) {
      return;
    }
    String status =
        out.messages()
            .format(
                ok.isEmpty()
                    ? "dapodik.sync.status.unknown"
                    : ok.get() ? "dapodik.sync.status.ok" : "dapodik.sync.status.failed",
                last.isSuccess().orElse("-"));
    out.finding(CODE, CODE.severity(), Entities.school(ctx))
        .field("is_success")
        .value(last.isSuccess().orElse("-"))
        .args(
            last.beginSync().toString().replace('T', ' '),
            status,
            conflicts.length() == 0 ? "-" : conflicts.toString())
        .report();
  }

  /**
   * @return true / false for the spellings seen in boolean and numeric(1) columns, else empty
   */
  static Optional<Boolean> success(Optional<String> raw) {
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String v = raw.get().strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "1", "t", "true", "y", "ya" -> Optional.of(true);
      case "0", "f", "false", "n", "tidak" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
