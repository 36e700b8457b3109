package id.sinkron.testkit;

import id.sinkron.model.SchoolSnapshot;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A generated school before and after one {@link Edit}, for comparison tests.
 *
 * <pre>{@code
 * SchoolPair p = SchoolGenerator.smp().seed(7).students(240).pair(Edit.MOVE_STUDENT);
 * Comparison c = Sinkron.checker().asOf(p.referenceDate()).compare(p.before(), p.after());
 * }</pre>
 *
 * @param before the clean generated school
 * @param after the same school after the edit
 * @param edit the edit
 * @param referenceDate the date to check both as of
 * @since 0.2
 */
public record SchoolPair(
    SchoolSnapshot before, SchoolSnapshot after, Edit edit, LocalDate referenceDate) {
  /**
   * @throws NullPointerException if an argument is null
   */
  public SchoolPair {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(edit, "edit");
    Objects.requireNonNull(referenceDate, "referenceDate");
  }
}
