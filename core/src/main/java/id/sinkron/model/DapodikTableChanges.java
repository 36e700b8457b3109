package id.sinkron.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rows of one local Dapodik data table changed since their last sync ({@code last_update >
 * last_sync}), and among them those changed without {@code updater_id}.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDapodikTableChanges.class)
@JsonDeserialize(as = ImmutableDapodikTableChanges.class)
public interface DapodikTableChanges {
  @JsonProperty("table")
  String table();

  /**
   * @return rows with {@code last_update > last_sync} (soft-deleted ones included: a deletion is a
   *     change)
   */
  @JsonProperty("pending")
  long pending();

  /**
   * @return pending rows whose {@code updater_id} is empty
   */
  @Value.Default
  @JsonProperty("without_updater")
  default long withoutUpdater() {
    return 0;
  }

  /**
   * @return the earliest {@code last_update} of a pending row
   */
  @JsonProperty("oldest_pending")
  Optional<LocalDateTime> oldestPending();

  /**
   * @return the latest {@code last_update} of a pending row
   */
  @JsonProperty("newest_pending")
  Optional<LocalDateTime> newestPending();

  /**
   * @return the primary-key column, when the table has a single-column one
   */
  @JsonProperty("id_column")
  Optional<String> idColumn();

  /**
   * @return ids of pending rows without {@code updater_id} (bounded; newest first)
   */
  @JsonProperty("without_updater_ids")
  List<String> withoutUpdaterIds();
}
