package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.gtk.BebanKerja;
import java.util.Map;

/**
 * A plain {@link Rule} reading the teachers' loads ({@link BebanKerja#forSchool}), which are
 * computed once per school check and shared through {@link RuleContext#derived}.
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
