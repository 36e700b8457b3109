package id.sinkron.arkas.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import java.util.Optional;

/**
 * A rule reading the school's {@link BospAnalysis}. Run alone (as a plain {@link Rule}) it builds the
 * analysis with the default cut-off; {@link ArkasRules} builds it once and passes it to every rule.
 */
interface ArkasRule extends Rule {
  /** Checks the school through its analysis. */
  void check(BospAnalysis a, FindingSink out);

  @Override
  default void check(RuleContext ctx, FindingSink out) {
    check(BospCounter.analyse(ctx, Optional.empty()), out);
  }
}
