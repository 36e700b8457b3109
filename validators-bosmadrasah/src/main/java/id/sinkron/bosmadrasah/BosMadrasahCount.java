package id.sinkron.bosmadrasah;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import id.sinkron.identifier.JenisMadrasah;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The BOS Madrasah count of one madrasah from its EMIS 4.0 export: countable students (status
 * {@code Aktif}, placed in a rombel, each NISN/NIK once), the active students excluded with their
 * reason, the students at risk above the rombel cap, and the data window of the Kemenag profile.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBosMadrasahCount.class)
@JsonDeserialize(as = ImmutableBosMadrasahCount.class)
public interface BosMadrasahCount {
  /**
   * @return the NSM as given (possibly invalid)
   */
  String nsm();

  /**
   * @return the level from a valid NSM; empty when the NSM is not valid
   */
  Optional<JenisMadrasah> jenis();

  /**
   * @return the layout of the export as read ({@code Provenance.layout()}): which columns, where
   *     the header was, and that the layout comes from third-party importers, not an official
   *     template
   */
  Optional<String> layout();

  /**
   * @return the Kemenag profile's name
   */
  String profile();

  /**
   * @return the reference date of the check
   */
  LocalDate referenceDate();

  /**
   * @return the first day of the data window
   */
  LocalDate dataWindowStart();

  /**
   * @return the last day of the data window
   */
  LocalDate dataWindowEnd();

  /**
   * @return the BAP upload deadline
   */
  LocalDate bapDeadline();

  /**
   * @return days from the reference date to the end of the data window; negative once it closed
   */
  long daysToWindowEnd();

  /**
   * @return days from the reference date to the BAP deadline; negative once it passed
   */
  long daysToBapDeadline();

  /**
   * @return rows (students) in the export
   */
  int students();

  /**
   * @return students whose status is active ({@code Aktif}, {@code Aktif Tanpa Rombel})
   */
  int active();

  /**
   * @return students whose status could not be read (input problems): not counted, not judged
   */
  int statusUnknown();

  /**
   * @return students BOS Madrasah counts
   */
  int countable();

  /**
   * @return countable students per tingkat, ascending; {@code 0} when the tingkat is unknown
   */
  @Value.NaturalOrder
  SortedMap<Integer, Integer> countableByTingkat();

  /**
   * @return the active students not counted, by reason in {@link Exclusion} order
   */
  Map<Exclusion, List<ExcludedStudent>> excluded();

  /**
   * @return countable students beyond the cap of their rombel (the last ones of the export order in
   *     each over-cap rombel): operators report the system refuses them, so they are at risk, and
   *     still counted here
   */
  int overCapAtRisk();
}
