package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.gtk.BebanKerja;
import java.util.Map;

/**
 * A rule reading the teachers' loads ({@link BebanKerja#forSchool}). Run alone (as a plain {@link Rule})
 * it computes the loads itself; {@link GtkRules#run} computes them once per school and passes them to
 * every such rule.
 */
interface LoadRule extends Rule {
  /**
   * Checks the school with its loads.
   *
   * @param loads {@code BebanKerja.forSchool(ctx)}
   */
  void check(RuleContext ctx, Map<String, BebanKerja> loads, FindingSink out);

  @Override
  default void check(RuleContext ctx, FindingSink out) {
    check(ctx, BebanKerja.forSchool(ctx), out);
  }
}
