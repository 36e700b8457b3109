package id.sinkron.check;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule (or a whole application) that could not be evaluated, and why. A rule that lacks its input
 * never guesses; it lands here.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNotEvaluated.class)
@JsonDeserialize(as = ImmutableNotEvaluated.class)
public interface NotEvaluated {
  /**
   * @return the rule code, or the application name when the whole application was not evaluated
   */
  String code();

  /**
   * @return the application of the rule
   */
  Application application();

  /**
   * @return set when only one subject (e.g. one teacher) could not be evaluated
   */
  Optional<Subject> subject();

  /**
   * @return the reason's key in the validator's bundle
   */
  String reasonKey();

  /**
   * @return the rendered reason
   */
  String reason();
}
