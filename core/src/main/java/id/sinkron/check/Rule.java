package id.sinkron.check;

/**
 * One rule of a validator module: reads the school through the context and reports through the
 * sink. Rules are stateless and thread-safe; one small class per rule, listed in the module's
 * {@link ApplicationValidator}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Rule {
  /**
   * Checks the school.
   *
   * @param ctx the school, reference date, profile and shared indexes
   * @param out where findings (and rules not evaluated) go
   */
  void check(RuleContext ctx, FindingSink out);
}
