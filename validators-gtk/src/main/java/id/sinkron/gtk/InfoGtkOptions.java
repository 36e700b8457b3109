package id.sinkron.gtk;

import id.sinkron.profile.RegulationProfile;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Options of {@link InfoGtk#assess(id.sinkron.model.SchoolSnapshot, InfoGtkOptions)}.
 *
 * <pre>{@code
 * InfoGtkOptions o = InfoGtkOptions.builder()
 *     .referenceDate(LocalDate.of(2025, 9, 15))
 *     .linearityTable(LinearityTable.fromTsv(in))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface InfoGtkOptions {
  /** @return the date ages and duties are judged on; default today (the only clock read) */
  Optional<LocalDate> referenceDate();

  /**
   * @return the regulation profile; default chosen like the facade: by the snapshot's tahun ajaran
   *     ({@code RegulationProfiles.forTahunAjaran}), else by the reference date
   */
  Optional<RegulationProfile> profile();

  /** @return the language of messages: Indonesian (default) or English */
  @Value.Default
  default Locale locale() {
    return Locale.forLanguageTag("id");
  }

  /** @return the linearity table; default {@link LinearityTable#bundled()} */
  @Value.Default
  default LinearityTable linearityTable() {
    return LinearityTable.bundled();
  }

  /** @return a builder */
  static ImmutableInfoGtkOptions.Builder builder() {
    return ImmutableInfoGtkOptions.builder();
  }

  /** @return the default options (today, profile by tahun ajaran, Indonesian, bundled table) */
  static InfoGtkOptions defaults() {
    return builder().build();
  }
}
