package id.sinkron.dapodikgate;

import id.sinkron.check.Application;
import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.Finding;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.dapodikgate.rules.DapodikGateRules;
import id.sinkron.dapodikgate.rules.GateAnalysis;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.DapodikTableChanges;
import id.sinkron.model.Endpoint;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Dapodik sync gate's {@link ApplicationValidator} ({@code DAPODIK}), registered in {@code
 * META-INF/services}: Dapodik's own validation, the Kepala Sekolah account, the local sync log and
 * pending changes (from the dump folder's {@code sinkron-dapodik-local.json}; rules whose part is
 * missing are not evaluated with the reason), and the checks computable from the Web Service data
 * (always run). Returns the {@link DapodikGate} as {@code details.DAPODIK}.
 *
 * <p>The kind mapping is the options' extra ({@code
 * CheckOptions.builder().putExtras(KindMapping.class, m)}), else {@link
 * KindMapping#fromEnvironment()}. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class DapodikGateValidator implements ApplicationValidator {
  private static final Set<Endpoint> REQUIRED =
      Set.of(Endpoint.SEKOLAH, Endpoint.GTK, Endpoint.PESERTA_DIDIK, Endpoint.ROMBONGAN_BELAJAR);

  /** The validator (used by {@link java.util.ServiceLoader}). */
  public DapodikGateValidator() {}

  @Override
  public Application application() {
    return Application.DAPODIK;
  }

  @Override
  public Set<Endpoint> requiredEndpoints() {
    return REQUIRED;
  }

  @Override
  public List<DapodikGateCode> codes() {
    return List.of(DapodikGateCode.values());
  }

  @Override
  public String messageBundle() {
    return "id.sinkron.dapodikgate.messages";
  }

  @Override
  public List<Rule> rules() {
    return DapodikGateRules.all();
  }

  /**
   * @return the gate's verdict line, counts and source
   */
  @Override
  public Optional<DapodikGate> details(RuleContext ctx, FindingSink results) {
    return Optional.of(gate(ctx, results));
  }

  /**
   * @return why the gate cannot be judged although the Web Service data was read: an export is
   *     present but its validation part is unreadable, incomplete or holds results of unknown kind
   *     (and nothing blocks the sync for sure). Without any export the gate is judged on the Web
   *     Service rules alone and the headline says the local validation was not read.
   */
  @Override
  public Optional<String> notEvaluatedReason(RuleContext ctx, FindingSink results) {
    DapodikGate g = gate(ctx, results);
    return g.status() == DapodikGate.Status.UNKNOWN && ctx.snapshot().dapodikLocal().isPresent()
        ? Optional.of(g.headline())
        : Optional.empty();
  }

  private DapodikGate gate(RuleContext ctx, FindingSink out) {
    GateAnalysis a = GateAnalysis.of(ctx);
    long invalid = a.counts.get(ValidationKind.INVALID);
    long warnings = a.counts.get(ValidationKind.WARNING);
    long unclassified = a.counts.get(ValidationKind.UNCLASSIFIED);
    boolean ksProblem = false;
    for (Finding f : out.findings()) {
      ksProblem |= f.code().equals(DapodikGateCode.KS_ROLE.code());
    }
    var m = out.messages();
    DapodikGate.Status status;
    String headline;
    if (invalid > 0 || ksProblem) {
      status = DapodikGate.Status.WILL_REFUSE;
      String why = invalid > 0 ? m.format("dapodik.gate.refuse.invalid", invalid) : "";
      if (ksProblem) {
        why =
            why.isEmpty()
                ? m.format("dapodik.gate.refuse.ks")
                : why + "; " + m.format("dapodik.gate.refuse.ks");
      }
      headline = m.format("dapodik.gate.refuse", why);
    } else if (a.local.isEmpty()) {
      status = DapodikGate.Status.UNKNOWN;
      headline = m.format("dapodik.gate.unknown.noexport");
    } else if (!a.validationRead()) {
      status = DapodikGate.Status.UNKNOWN;
      headline =
          m.format(
              "dapodik.gate.unknown.unavailable",
              a.local.get().unavailable().get(DapodikLocal.Part.VALIDATION));
    } else if (unclassified > 0) {
      status = DapodikGate.Status.UNKNOWN;
      headline = m.format("dapodik.gate.unknown.unclassified", unclassified);
    } else if (!a.skippedValidationTables().isEmpty()) {
      status = DapodikGate.Status.UNKNOWN;
      headline =
          m.format("dapodik.gate.unknown.skipped", String.join(", ", a.skippedValidationTables()));
    } else {
      status = DapodikGate.Status.NO_INVALID;
      headline = m.format("dapodik.gate.accept", warnings);
    }
    long pending = 0;
    if (a.local.isPresent() && a.local.get().has(DapodikLocal.Part.CHANGES)) {
      for (DapodikTableChanges c : a.local.get().changes()) {
        pending += Math.max(0, c.pending());
      }
    }
    ImmutableDapodikGate.Builder b =
        ImmutableDapodikGate.builder()
            .status(status)
            .headline(headline)
            .invalid(invalid)
            .warnings(warnings)
            .unclassified(unclassified)
            .pendingChanges(pending)
            .kindMapping(a.mapping.origin());
    if (pending > 0) {
      b.pendingLine(m.format("dapodik.gate.pending", pending));
    }
    a.local.ifPresent(l -> b.source(l.source().name()));
    return b.build();
  }
}
