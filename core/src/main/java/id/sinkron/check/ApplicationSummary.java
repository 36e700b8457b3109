package id.sinkron.check;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Per-application outcome: verdict and counts.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableApplicationSummary.class)
@JsonDeserialize(as = ImmutableApplicationSummary.class)
public interface ApplicationSummary {
  /**
   * @return the application
   */
  Application application();

  /**
   * @return its verdict
   */
  Verdict verdict();

  /**
   * @return the number of its blocker findings
   */
  int blockers();

  /**
   * @return the number of its warning findings
   */
  int warnings();

  /**
   * @return the number of its info findings
   */
  int infos();

  /**
   * @return why the application was not evaluated, or why it is not ready despite no blocker
   */
  Optional<String> reason();
}
