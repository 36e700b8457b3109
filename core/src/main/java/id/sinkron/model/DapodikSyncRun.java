package id.sinkron.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One sync run of the local sync log ({@code sync_log}) with the per-table rows ({@code
 * table_sync_log}) whose {@code begin_sync} falls within it. The values of {@code is_success} and
 * {@code sync_media} are not documented: they are kept as text.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDapodikSyncRun.class)
@JsonDeserialize(as = ImmutableDapodikSyncRun.class)
public interface DapodikSyncRun {
  @JsonProperty("begin_sync")
  LocalDateTime beginSync();

  @JsonProperty("end_sync")
  Optional<LocalDateTime> endSync();

  /**
   * @return {@code is_success} as text, e.g. {@code 1}, {@code 0}, {@code t}
   */
  @JsonProperty("is_success")
  Optional<String> isSuccess();

  /**
   * @return {@code sync_media} as text
   */
  @JsonProperty("sync_media")
  Optional<String> syncMedia();

  @JsonProperty("tables")
  List<DapodikTableSync> tables();
}
