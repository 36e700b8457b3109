package id.sinkron.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One result of Dapodik's own validation: a row of a {@code vld_*} table joined to {@code
 * ref.errortype}, or a row of the application's {@code validation} endpoint. Whether it is
 * <em>invalid</em> (blocks the sync) or a <em>warning</em> is not in the data: Sinkron maps {@link
 * #kategoriError()} / {@link #tipe()} with bundled, overridable data.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDapodikValidationRow.class)
@JsonDeserialize(as = ImmutableDapodikValidationRow.class)
public interface DapodikValidationRow {
  /**
   * @return the entity: the {@code vld_} table's name without the prefix ({@code peserta_didik},
   *     {@code ptk}, {@code rombel} …) or the endpoint's {@code jenis_validasi}
   */
  @JsonProperty("entity")
  String entity();

  /**
   * @return the {@code vld_*} table, or the endpoint row's {@code table}
   */
  @JsonProperty("table")
  Optional<String> table();

  /**
   * @return the id of the offending row ({@code <entity>_id}); the endpoint does not give one
   */
  @JsonProperty("row_id")
  Optional<String> rowId();

  /**
   * @return {@code idtype} (→ {@code ref.errortype})
   */
  @JsonProperty("idtype")
  Optional<Integer> idtype();

  /**
   * @return {@code ref.errortype.kategori_error}
   */
  @JsonProperty("kategori_error")
  Optional<Integer> kategoriError();

  /**
   * @return the endpoint row's {@code tipe}
   */
  @JsonProperty("tipe")
  Optional<Integer> tipe();

  /**
   * @return the endpoint row's {@code validasi_id}
   */
  @JsonProperty("validasi_id")
  Optional<Long> validasiId();

  /**
   * @return {@code status_validasi}, as text (its values are not documented)
   */
  @JsonProperty("status_validasi")
  Optional<String> statusValidasi();

  /**
   * @return {@code field_error}: the field Dapodik names
   */
  @JsonProperty("field_error")
  Optional<String> fieldError();

  /**
   * @return {@code error_message} (endpoint: {@code keterangan}), Dapodik's text
   */
  @Value.Redacted
  @JsonProperty("message")
  Optional<String> message();

  /**
   * @return the {@code vld_*} row's {@code keterangan}
   */
  @Value.Redacted
  @JsonProperty("keterangan")
  Optional<String> keterangan();

  /**
   * @return {@code ref.errortype.keterangan}: the description of the error type
   */
  @JsonProperty("error_type")
  Optional<String> errorType();
}
