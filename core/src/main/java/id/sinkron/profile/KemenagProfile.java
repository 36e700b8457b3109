package id.sinkron.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import id.sinkron.identifier.JenisMadrasah;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The thresholds of BOS Madrasah (Kemenag), each with its source in {@link #sources()}: the cap of
 * active students per rombel by madrasah level and the data window of one budget year. One ships,
 * {@link #BOS_MADRASAH_2026} ({@link #bundled()}); a caller's own table is read with {@link
 * #fromJson}. Override a value with {@code ImmutableKemenagProfile.copyOf(p).withX(…)}.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKemenagProfile.class)
@JsonDeserialize(as = ImmutableKemenagProfile.class)
public interface KemenagProfile {
  /** Name of the bundled profile for BOS Madrasah budget year 2026. */
  String BOS_MADRASAH_2026 = "KEMENAG_BOS_MADRASAH_2026";

  /**
   * @return the profile's id, e.g. {@code KEMENAG_BOS_MADRASAH_2026}
   */
  String name();

  /**
   * @return a short title used as a finding's reference
   */
  String title();

  /**
   * @return the budget year (tahun anggaran) the counted data funds, e.g. 2026
   */
  int tahunAnggaran();

  /**
   * @return maximum active students per rombel by madrasah level (RA, MI, MTS, MA)
   */
  Map<JenisMadrasah, Integer> rombelCaps();

  /**
   * @return levels whose cap is uncertain (sources disagree): over-cap is a warning for them
   */
  Set<JenisMadrasah> uncertainCaps();

  /**
   * @return the first day of the data window (EMIS data counted for BOS)
   */
  LocalDate dataWindowStart();

  /**
   * @return the last day of the data window
   */
  LocalDate dataWindowEnd();

  /**
   * @return the deadline for uploading the BAP BOS (no BAP, no funds)
   */
  LocalDate bapDeadline();

  /**
   * @return the source of each value, keyed by attribute name
   */
  Map<String, String> sources();

  /**
   * @return notes on values that are uncertain or inferred
   */
  List<String> notes();

  /**
   * @param jenis the madrasah level
   * @return the cap for that level, or empty when the profile has none
   */
  default Optional<Integer> rombelCap(JenisMadrasah jenis) {
    return Optional.ofNullable(rombelCaps().get(jenis));
  }

  /**
   * The bundled BOS Madrasah profile (budget year 2026).
   *
   * @return the profile
   */
  static KemenagProfile bundled() {
    return KemenagBundle.P2026;
  }

  /**
   * Reads a profile from JSON in the bundled format.
   *
   * @param json the JSON
   * @return the profile
   * @throws UncheckedIOException when the JSON cannot be read or is not a complete profile
   */
  static KemenagProfile fromJson(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return KemenagBundle.MAPPER.readValue(json, KemenagProfile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Kemenag profile: " + e.getMessage(), e);
    }
  }
}
