package id.sinkron.compare;

import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.check.Severity;
import id.sinkron.check.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * One application's findings before and after: fixed (in the first report only), new (in the second
 * only) and unchanged (in both, matched by {@link FindingKey}); each list in report order.
 *
 * @param application the application
 * @param verdictBefore its verdict in the first report
 * @param verdictAfter its verdict in the second report
 * @param fixed findings of the first report that the second no longer has (as the first report has
 *     them)
 * @param introduced findings of the second report that the first did not have ("new")
 * @param unchanged findings of both (as the second report has them)
 * @since 0.2
 */
public record ApplicationComparison(
    Application application,
    Verdict verdictBefore,
    Verdict verdictAfter,
    List<Finding> fixed,
    List<Finding> introduced,
    List<Finding> unchanged) {
  /**
   * @throws NullPointerException if an argument is null
   */
  public ApplicationComparison {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(verdictBefore, "verdictBefore");
    Objects.requireNonNull(verdictAfter, "verdictAfter");
    fixed = List.copyOf(fixed);
    introduced = List.copyOf(introduced);
    unchanged = List.copyOf(unchanged);
  }

  /**
   * @return whether the change brings in at least one new blocker
   */
  public boolean introducesBlocker() {
    return introduced.stream().anyMatch(f -> f.severity() == Severity.BLOCKER);
  }

  /**
   * @return whether nothing changed for this application
   */
  public boolean isUnchanged() {
    return fixed.isEmpty() && introduced.isEmpty() && verdictBefore == verdictAfter;
  }
}
