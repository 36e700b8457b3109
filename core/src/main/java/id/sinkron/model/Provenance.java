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
  /**
   * @return a description of the source: a dump folder, a Web Service base URL, or {@code "api"}
   */
  @Value.Default
  default String source() {
    return "api";
  }

  /**
   * The mother-data system the snapshot was read from; applications that do not serve it are not
   * applicable to the snapshot.
   *
   * @return {@link SourceSystem#DAPODIK} unless set
   * @since 0.2
   */
  @Value.Default
  default SourceSystem system() {
    return SourceSystem.DAPODIK;
  }

  /**
   * The layout of the input when it is not a Web Service response, e.g. for an EMIS export {@code
   * "EMIS 4.0 student export, 18 columns (with Umur)"}, with how that layout is known.
   *
   * @return a description in English, or empty
   * @since 0.2
   */
  Optional<String> layout();

  /**
   * @return the Dapodik version (e.g. {@code 2026.c}), from the supplement's {@code versi.dapodik}
   */
  Optional<String> dapodikVersion();

  /**
   * @return when the data was fetched
   */
  Optional<Instant> fetchedAt();

  /**
   * @return a provenance with default values
   */
  static Provenance unknown() {
    return ImmutableProvenance.builder().build();
  }
}
