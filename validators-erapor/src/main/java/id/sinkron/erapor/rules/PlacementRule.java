package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import java.util.List;

/**
 * A rule reading the active students' placements. Run alone (as a plain {@link Rule}) it places the
 * students itself; {@link ERaporRules#run} places them once per school and passes them to every such
 * rule.
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
