package id.sinkron.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One table of one sync run ({@code table_sync_log}).
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDapodikTableSync.class)
@JsonDeserialize(as = ImmutableDapodikTableSync.class)
public interface DapodikTableSync {
  @JsonProperty("table_name")
  String tableName();

  @JsonProperty("begin_sync")
  Optional<LocalDateTime> beginSync();

  @JsonProperty("end_sync")
  Optional<LocalDateTime> endSync();

  /**
   * @return {@code is_success} as text
   */
  @JsonProperty("is_success")
  Optional<String> isSuccess();

  @JsonProperty("n_create")
  Optional<Long> nCreate();

  @JsonProperty("n_update")
  Optional<Long> nUpdate();

  @JsonProperty("n_hapus")
  Optional<Long> nHapus();

  @JsonProperty("n_konflik")
  Optional<Long> nKonflik();
}
