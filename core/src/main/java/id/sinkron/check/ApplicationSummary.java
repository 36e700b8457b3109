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
  Application application();

  Verdict verdict();

  int blockers();

  int warnings();

  int infos();

  /** @return why the application was not evaluated, or why it is not ready despite no blocker */
  Optional<String> reason();
}
