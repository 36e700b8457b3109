package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import java.util.List;

/**
 * A plain {@link Rule} reading the active students' placements, which are computed once per school
 * check and shared through {@link RuleContext#derived} ({@link PlacedStudent#of}).
 */
interface PlacementRule extends Rule {
  /**
   * Checks the school with its placements.
   *
   * @param students {@code PlacedStudent.of(ctx)}
   */
  void check(RuleContext ctx, List<PlacedStudent> students, FindingSink out);

  @Override
  default void check(RuleContext ctx, FindingSink out) {
    check(ctx, PlacedStudent.of(ctx), out);
  }
}
