package id.sinkron.dapodikgate.rules;

import id.sinkron.check.DerivedKey;
import id.sinkron.check.RuleContext;
import id.sinkron.dapodikgate.KindMapping;
import id.sinkron.dapodikgate.ValidationKind;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.DapodikValidationRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The snapshot's local Dapodik export with every validation result classified, computed once per
 * school.
 */
public final class GateAnalysis {
  /** The export, if the dump folder had one. */
  public final Optional<DapodikLocal> local;

  /** Validation results per kind, in export order. */
  public final Map<ValidationKind, List<DapodikValidationRow>> byKind =
      new EnumMap<>(ValidationKind.class);

  /**
   * Per kind, the count including results beyond the read bound (truncated tables count as
   * unclassified).
   */
  public final Map<ValidationKind, Long> counts = new EnumMap<>(ValidationKind.class);

  /** The mapping used. */
  public final KindMapping mapping;

  private GateAnalysis(RuleContext ctx, KindMapping mapping) {
    this.mapping = mapping;
    this.local = ctx.snapshot().dapodikLocal();
    for (ValidationKind k : ValidationKind.values()) {
      byKind.put(k, new ArrayList<>());
      counts.put(k, 0L);
    }
    if (local.isPresent() && local.get().has(DapodikLocal.Part.VALIDATION)) {
      for (DapodikValidationRow r : local.get().validation()) {
        ValidationKind k = mapping.kindOf(r);
        byKind.get(k).add(r);
        counts.merge(k, 1L, Long::sum);
      }
      // rows beyond the bound were not read: their kind is unknown
      // the database keys truncation by vld table, the application by jenis_validasi (the entity)
      boolean byTable = local.get().source() == DapodikLocal.Source.DATABASE;
      Map<String, Long> readPerTable = new java.util.HashMap<>();
      for (DapodikValidationRow r : local.get().validation()) {
        readPerTable.merge(byTable ? r.table().orElse(r.entity()) : r.entity(), 1L, Long::sum);
      }
      for (Map.Entry<String, Long> e : local.get().validationTruncated().entrySet()) {
        long read = readPerTable.getOrDefault(e.getKey(), 0L);
        counts.merge(ValidationKind.UNCLASSIFIED, Math.max(0, e.getValue() - read), Long::sum);
      }
    }
  }

  private static final DerivedKey<GateAnalysis> KEY = DerivedKey.of("DAPODIK gate analysis");

  /**
   * @return the analysis of {@code ctx}'s school, computed once per school: the kind mapping is the
   *     options' extra {@code KindMapping}, else {@link KindMapping#fromEnvironment()}
   */
  public static GateAnalysis of(RuleContext ctx) {
    return ctx.derived(
        KEY,
        c ->
            new GateAnalysis(
                c, c.options().extra(KindMapping.class).orElseGet(DefaultMapping::get)));
  }

  /** The environment's mapping, read once. */
  private static final class DefaultMapping {
    static final KindMapping MAPPING = KindMapping.fromEnvironment();

    static KindMapping get() {
      return MAPPING;
    }
  }

  /**
   * @return whether the validation part was read
   */
  public boolean validationRead() {
    return local.map(l -> l.has(DapodikLocal.Part.VALIDATION)).orElse(false);
  }

  /**
   * @return the validation tables that were expected but skipped (another Dapodik version)
   */
  public List<String> skippedValidationTables() {
    List<String> s = new ArrayList<>();
    local.ifPresent(
        l ->
            l.skippedTables().keySet().stream()
                .filter(t -> t.contains("vld_") || t.equals("ref.errortype"))
                .sorted()
                .forEach(s::add));
    return s;
  }
}
