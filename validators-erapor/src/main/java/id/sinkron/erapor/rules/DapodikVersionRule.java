package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.DapodikVersion;
import id.sinkron.erapor.DapodikVersionTable;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.SemesterId;
import java.util.Objects;
import java.util.Optional;

/**
 * ERAPOR-DAPODIK-VERSION: the snapshot's Dapodik version ({@code provenance.dapodikVersion}, from
 * the supplement's {@code versi.dapodik}) is older than the table's minimum for the active
 * semester. Not evaluated — never guessed — when the version is absent or not in Dapodik's scheme,
 * the active semester is unknown, the table has no row for the tahun ajaran, or getSekolah could
 * not be read. The finding's reference is the table row's source. INFO since 0.2: E-Rapor SMK has
 * no Dapodik version check for the pull; an old Dapodik matters for sending grades back (kirim
 * nilai), which operators report failing.
 */
final class DapodikVersionRule implements Rule {
  private final DapodikVersionTable table;

  DapodikVersionRule(DapodikVersionTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    DapodikVersionTable table = ctx.options().extra(DapodikVersionTable.class).orElse(this.table);
    Optional<String> raw = ctx.snapshot().provenance().dapodikVersion();
    if (raw.isEmpty() || raw.get().isBlank()) {
      out.notEvaluated(ERaporCode.DAPODIK_VERSION, null, "erapor.reason.no.version");
      return;
    }
    Optional<DapodikVersion> version = DapodikVersion.tryParse(raw.get());
    if (version.isEmpty()) {
      out.notEvaluated(
          ERaporCode.DAPODIK_VERSION, null, "erapor.reason.version.unparseable", raw.get().strip());
      return;
    }
    Optional<SemesterId> semester = ctx.index().activeSemester();
    if (semester.isEmpty()) {
      out.notEvaluated(ERaporCode.DAPODIK_VERSION, null, "erapor.reason.no.semester");
      return;
    }
    Optional<DapodikVersionTable.Row> row = table.minimumFor(semester.get());
    if (row.isEmpty()) {
      out.notEvaluated(
          ERaporCode.DAPODIK_VERSION,
          null,
          "erapor.reason.version.no.row",
          semester.get().tahunAjaran());
      return;
    }
    if (ctx.snapshot().sekolah().isEmpty()) {
      out.notEvaluated(ERaporCode.DAPODIK_VERSION, null, "erapor.reason.no.sekolah");
      return;
    }
    DapodikVersion min = row.get().minimum();
    if (version.get().isOlderThan(min)) {
      String period =
          out.messages()
              .format(
                  semester.get().isGanjil() ? "erapor.semester.label.1" : "erapor.semester.label.2",
                  semester.get().tahunAjaran());
      Emit.finding(
              ctx,
              out,
              ERaporCode.DAPODIK_VERSION,
              Severity.INFO,
              Subject.sekolah(ctx.snapshot().sekolah().get()))
          .field("versi.dapodik")
          .value(raw.get().strip())
          .args(version.get().toString(), min.toString(), period)
          .reference(row.get().source())
          .report();
    }
  }
}
