package id.sinkron.dapodikgate.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.dapodikgate.DapodikGateCode;
import id.sinkron.model.DapodikLocal;
import java.util.Optional;

/**
 * The "input missing → not evaluated with the reason" step shared by the rules that read the
 * export.
 */
final class LocalInput {
  private LocalInput() {}

  /**
   * @return the export when {@code part} was read; otherwise records {@code code} as not evaluated
   *     (no export, or the part unavailable with the export's reason) and returns empty
   */
  static Optional<DapodikLocal> require(
      GateAnalysis a, DapodikLocal.Part part, DapodikGateCode code, FindingSink out) {
    if (a.local.isEmpty()) {
      out.notEvaluated(code, null, "dapodik.reason.no.export");
      return Optional.empty();
    }
    DapodikLocal l = a.local.get();
    if (!l.has(part)) {
      out.notEvaluated(
          code, null, "dapodik.reason.part.unavailable", part.name(), l.unavailable().get(part));
      return Optional.empty();
    }
    return Optional.of(l);
  }
}
