package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a snapshot came from.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public interface Provenance {
  /** @return a description of the source: a dump folder, a Web Service base URL, or {@code "api"} */
  @Value.Default
  default String source() {
    return "api";
  }

  /** @return the Dapodik version (e.g. {@code 2026.c}), from the supplement's {@code versi.dapodik} */
  Optional<String> dapodikVersion();

  /** @return when the data was fetched */
  Optional<Instant> fetchedAt();

  /** @return a provenance with default values */
  static Provenance unknown() {
    return ImmutableProvenance.builder().build();
  }
}
