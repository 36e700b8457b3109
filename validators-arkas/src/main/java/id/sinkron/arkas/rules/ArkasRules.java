package id.sinkron.arkas.rules;

import id.sinkron.arkas.BospCount;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import java.util.List;
import java.util.Objects;

/**
 * The ARKAS rules, listed once, and the count they share. Used by {@link id.sinkron.arkas.ArkasValidator};
 * not meant for other callers. Stateless and thread-safe.
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

  /** @return every ARKAS rule, in catalogue order */
  public static List<Rule> all() {
    return List.copyOf(RULES);
  }

  /**
   * @param ctx the school and options (the {@link id.sinkron.arkas.BospCutOff} extra sets the cut-off)
   * @return the school's BOSP count, the one every rule of this check reads
   * @throws NullPointerException if ctx is null
   */
  public static BospCount count(RuleContext ctx) {
    return BospAnalysis.of(Objects.requireNonNull(ctx, "ctx")).count;
  }
}
