package id.sinkron.dapodikgate.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.dapodikgate.DapodikGateCode;
import id.sinkron.dapodikgate.ValidationKind;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.DapodikValidationRow;
import java.util.List;
import java.util.Map;

/**
 * DAPODIK-VALIDATION-INVALID / -WARNING / -UNCLASSIFIED (one instance per kind): each result of
 * Dapodik's own validation of that kind, on the row's entity, with Dapodik's field and message
 * verbatim (long digit runs masked) and the downstream applications the row feeds. Not evaluated
 * without the validation part; also not evaluated (besides the findings) when validation tables
 * were skipped or truncated.
 */
final class ValidationResultRule implements Rule {
  private final ValidationKind kind;
  private final DapodikGateCode code;

  ValidationResultRule(ValidationKind kind) {
    this.kind = kind;
    this.code =
        switch (kind) {
          case INVALID -> DapodikGateCode.VALIDATION_INVALID;
          case WARNING -> DapodikGateCode.VALIDATION_WARNING;
          case UNCLASSIFIED -> DapodikGateCode.VALIDATION_UNCLASSIFIED;
        };
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    GateAnalysis a = GateAnalysis.of(ctx);
    if (LocalInput.require(a, DapodikLocal.Part.VALIDATION, code, out).isEmpty()) {
      return;
    }
    List<String> skipped = a.skippedValidationTables();
    if (!skipped.isEmpty()) {
      out.notEvaluated(code, null, "dapodik.reason.tables.skipped", String.join(", ", skipped));
    }
    Map<String, Long> truncated = a.local.get().validationTruncated();
    if (!truncated.isEmpty()) {
      out.notEvaluated(code, null, "dapodik.reason.truncated", truncated.toString());
    }
    for (DapodikValidationRow r : a.byKind.get(kind)) {
      String apps = Entities.appList(out, Entities.downstream(r.entity()));
      String kindText =
          r.kategoriError()
              .map(k -> "kategori_error " + k)
              .or(() -> r.tipe().map(t -> "tipe " + t))
              .orElse("-");
      FindingSink.Draft d =
          out.finding(code, code.severity(), Entities.subject(ctx, r.entity(), r.rowId()))
              .args(
                  r.entity(),
                  r.fieldError().orElse("-"),
                  Entities.dapodikText(r.message()),
                  apps,
                  kindText);
      r.fieldError().ifPresent(d::field);
      d.report();
    }
  }
}
