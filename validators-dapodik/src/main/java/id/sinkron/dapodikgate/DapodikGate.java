package id.sinkron.dapodikgate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The gate's verdict for the report ({@code details.DAPODIK}): will the school's Dapodik accept and
 * send the data? {@link #headline()} is the localised first line of every rendered summary, {@link
 * #pendingLine()} the second when changes wait for the sync.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDapodikGate.class)
@JsonDeserialize(as = ImmutableDapodikGate.class)
public interface DapodikGate {
  /** What the gate predicts. */
  enum Status {
    /**
     * An invalid validation result, or the Kepala Sekolah account problem: the sync will be
     * refused.
     */
    WILL_REFUSE,
    /** Dapodik's validation was read and holds no invalid or unclassified result. */
    NO_INVALID,
    /**
     * Cannot tell: validation not read, unreadable, incomplete, or with results of unknown kind.
     */
    UNKNOWN
  }

  @JsonProperty("status")
  Status status();

  /**
   * @return e.g. "Dapodik: sinkronisasi akan ditolak (3 baris invalid)"
   */
  @JsonProperty("headline")
  String headline();

  /**
   * @return e.g. "12 perubahan belum dikirim: Info GTK, E-Rapor dan ARKAS belum melihatnya"
   */
  @JsonProperty("pending_line")
  Optional<String> pendingLine();

  @JsonProperty("invalid")
  long invalid();

  @JsonProperty("warnings")
  long warnings();

  /**
   * @return results whose kind is unknown (including those beyond the read bound)
   */
  @JsonProperty("unclassified")
  long unclassified();

  /**
   * @return rows changed since their last sync
   */
  @JsonProperty("pending_changes")
  long pendingChanges();

  /**
   * @return {@code DATABASE} or {@code APPLICATION}; empty without an export
   */
  @JsonProperty("source")
  Optional<String> source();

  /**
   * @return where the kind mapping came from
   */
  @JsonProperty("kind_mapping")
  String kindMapping();
}
