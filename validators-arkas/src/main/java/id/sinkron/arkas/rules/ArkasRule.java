package id.sinkron.arkas.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;

/**
 * A plain {@link Rule} that reads the school's {@link BospAnalysis}, computed once per school check
 * and shared through {@link RuleContext#derived} ({@link BospAnalysis#of}).
 */
interface ArkasRule extends Rule {
  /** Checks the school through its analysis. */
  void check(BospAnalysis a, FindingSink out);

  @Override
  default void check(RuleContext ctx, FindingSink out) {
    check(BospAnalysis.of(ctx), out);
  }
}
