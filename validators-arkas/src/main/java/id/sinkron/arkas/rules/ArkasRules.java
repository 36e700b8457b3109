package id.sinkron.arkas.rules;

import id.sinkron.arkas.BospCount;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ARKAS rules, listed once, and the count they share. Used by {@link id.sinkron.arkas.Arkas} and
 * {@link id.sinkron.arkas.ArkasValidator}; not meant for other callers. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ArkasRules {
  private static final List<ArkasRule> RULES = List.of(
      new NoNisnRule(),
      new NisnDuplicateRule(),
      new DuplicateRule(),
      new NoRombelRule(),
      new AgeBandRule(),
      new AfterCutOffRule(),
      new NikInvalidRule(),
      new RombelOverCapRule(),
      new MinStudentsRule(),
      new KepsekMissingRule(),
      new BendaharaMissingRule(),
      new NipFormatRule(),
      new NpsnFormatRule(),
      new CountMismatchRule(),
      new BospEstimateRule());

  private ArkasRules() {}

  /** @return every ARKAS rule; each, run alone, counts at the default cut-off */
  public static List<Rule> all() {
    return List.copyOf(RULES);
  }

  /**
   * Counts without reporting findings.
   *
   * @param ctx the school and options
   * @param cutOff the cut-off; empty for the profile's cut-off in the snapshot's tahun ajaran
   * @return the count
   * @throws NullPointerException if an argument is null
   */
  public static BospCount count(RuleContext ctx, Optional<LocalDate> cutOff) {
    Objects.requireNonNull(ctx, "ctx");
    return BospCounter.analyse(ctx, Objects.requireNonNull(cutOff, "cutOff")).count;
  }

  /**
   * Counts once and runs every rule on the count.
   *
   * @param ctx the school and options
   * @param cutOff the cut-off; empty for the profile's cut-off in the snapshot's tahun ajaran
   * @param out where findings go
   * @return the count
   * @throws NullPointerException if an argument is null
   */
  public static BospCount run(RuleContext ctx, Optional<LocalDate> cutOff, FindingSink out) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(ctx, "ctx");
    BospAnalysis a = BospCounter.analyse(ctx, Objects.requireNonNull(cutOff, "cutOff"));
    for (ArkasRule r : RULES) {
      r.check(a, out);
    }
    return a.count;
  }
}
