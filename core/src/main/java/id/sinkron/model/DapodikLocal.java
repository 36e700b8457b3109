package id.sinkron.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What Sinkron read from the school's <em>local</em> Dapodik installation (its PostgreSQL database,
 * or its web application's {@code validation} endpoint): Dapodik's own validation results, the
 * local sync log, and the rows changed since their last sync. Saved in a dump folder as {@code
 * sinkron-dapodik-local.json} (format {@value #FORMAT}, see {@code docs/dapodik-local-export.md})
 * and read back by {@code WebServiceDump.read}; the {@code DAPODIK} gate's rules read it from
 * {@link SchoolSnapshot#dapodikLocal()}.
 *
 * <p>A part that could not be read (no database access, a table another Dapodik version lacks, the
 * application endpoint has no sync log) is listed in {@link #unavailable()} with the reason; its
 * list is then empty and means nothing. Holds no credentials. Dapodik's own texts are kept verbatim
 * (they may name a value: {@code toString()} redacts them).
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDapodikLocal.class)
@JsonDeserialize(as = ImmutableDapodikLocal.class)
public interface DapodikLocal {
  /** The format name written to and required in the file. */
  String FORMAT = "sinkron-dapodik-local/1";

  /** Where the data was read. */
  enum Source {
    /** The local PostgreSQL database ({@code pendataan}), read only. */
    DATABASE,
    /** The local web application's {@code validation} endpoint (validation only). */
    APPLICATION
  }

  /** The parts of the export; each may be unavailable. */
  enum Part {
    /**
     * Dapodik's own validation results ({@code vld_*} tables or the {@code validation} endpoint).
     */
    VALIDATION,
    /** The local sync log ({@code sync_log}, {@code table_sync_log}). */
    SYNC_LOG,
    /** Rows changed locally since their last sync, and rows changed without {@code updater_id}. */
    CHANGES
  }

  /**
   * @return {@value #FORMAT}
   */
  @Value.Default
  @JsonProperty("format")
  default String format() {
    return FORMAT;
  }

  @JsonProperty("source")
  Source source();

  /**
   * @return when the installation was read
   */
  @JsonProperty("read_at")
  Optional<Instant> readAt();

  /**
   * @return validation results that are in force (soft-deleted ones are not read), bounded per
   *     table
   */
  @JsonProperty("validation")
  List<DapodikValidationRow> validation();

  /**
   * @return validation tables (or endpoint kinds) with more results than were read: name → total
   *     count; the summary uses the totals
   */
  @JsonProperty("validation_truncated")
  Map<String, Long> validationTruncated();

  /**
   * @return the latest sync runs, newest first (bounded)
   */
  @JsonProperty("sync_runs")
  List<DapodikSyncRun> syncRuns();

  /**
   * @return per data table, the rows changed since their last sync (tables with none are left out)
   */
  @JsonProperty("changes")
  List<DapodikTableChanges> changes();

  /**
   * @return the parts that could not be read, with the reason (English, no credentials)
   */
  @JsonProperty("unavailable")
  Map<Part, String> unavailable();

  /**
   * @return tables of a part that were expected but are missing or unreadable (another Dapodik
   *     version): table → reason; the part is then incomplete
   */
  @JsonProperty("skipped_tables")
  Map<String, String> skippedTables();

  /**
   * @return whether {@code part} was read
   */
  default boolean has(Part part) {
    return !unavailable().containsKey(part);
  }
}
