package id.sinkron.arkas;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import id.sinkron.model.Jenjang;
import id.sinkron.profile.AgeBand;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * How many students BOSP will count for one school at the cut-off, and why each other student will
 * not (the report's {@code details.ARKAS}).
 *
 * <p><b>Populations.</b> {@link #registrations()}: distinct {@code peserta_didik_id} in {@code
 * getPesertaDidik}. {@link #leftBeforeCutOff()}: those of them with an exit date (supplement {@code
 * peserta_didik_keluar}) before the cut-off; they are gone at the cut-off and are not looked at
 * further. {@link #activeTotal()}: the rest. Every active student is either {@linkplain
 * #countable() countable} or listed under at least one {@linkplain #excluded() reason}, so {@code
 * countable() + excludedDistinct() == activeTotal()} always holds (a student who entered after the
 * cut-off is active in this sense and is excluded with {@link ExclusionReason#AFTER_CUTOFF}).
 *
 * <p>Money is whole rupiah in a {@code long}. Names, NISN and NIK are masked. Immutable and
 * thread-safe; serialisable with Jackson (JavaTimeModule and Jdk8Module registered).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBospCount.class)
@JsonDeserialize(as = ImmutableBospCount.class)
public interface BospCount {
  /**
   * @return the cut-off date the count is made at
   */
  LocalDate cutOff();

  /**
   * @return the reference date of the check
   */
  LocalDate referenceDate();

  /**
   * @return days from the reference date to the cut-off; negative once the cut-off has passed
   */
  long daysToCutOff();

  /**
   * @return the level whose age band, rombel cap and unit cost apply: the school's jenjang, or
   *     {@link Jenjang#SLB} for every special-needs bentuk (SDLB, SMPLB, SMALB, SLB); {@link
   *     Jenjang#OTHER} when unknown
   */
  Jenjang jenjang();

  /**
   * @return the age band applied; empty when the profile has none for {@link #jenjang()} (age not
   *     evaluated)
   */
  Optional<AgeBand> ageBand();

  /**
   * @return distinct students in {@code getPesertaDidik}
   */
  int registrations();

  /**
   * @return registered students whose exit date (supplement) is before the cut-off
   */
  int leftBeforeCutOff();

  /**
   * @return {@link #registrations()} minus {@link #leftBeforeCutOff()}
   */
  int activeTotal();

  /**
   * @return students BOSP will count: every criterion met, each duplicate group once
   */
  int countable();

  /**
   * @return countable students per {@code tingkat_pendidikan_id} of their class rombel, ascending;
   *     key {@code 0} when the tingkat is unknown. The values add up to {@link #countable()}.
   */
  @Value.NaturalOrder
  SortedMap<Integer, Integer> countableByTingkat();

  /**
   * @return the active students not counted, grouped by reason in {@link ExclusionReason} order;
   *     each student once per reason
   */
  Map<ExclusionReason, List<ExcludedStudent>> excluded();

  /**
   * @return the number of distinct students in {@link #excluded()}
   */
  int excludedDistinct();

  /**
   * @return active students without {@code tanggal_masuk_sekolah}: treated as entered on or before
   *     the cut-off (they are in Dapodik's registrations); {@code ARKAS-PD-AFTER-CUTOFF} is not
   *     evaluated for them
   */
  int entryDateUnknown();

  /**
   * @return active students without {@code tanggal_lahir} while an age band applies: the age
   *     criterion is not evaluated for them and does not exclude them
   */
  int birthDateUnknown();

  /**
   * @return the count declared for ARKAS in the supplement ({@code arkas.jumlah_siswa_dilaporkan})
   */
  Optional<Integer> declaredCount();

  /**
   * @return the unit cost per student per year in whole rupiah, when one is configured
   */
  Optional<Long> unitCost();

  /**
   * @return where {@link #unitCost()} came from
   */
  Optional<UnitCostSource> unitCostSource();

  /**
   * @return {@link #countable()} × {@link #unitCost()} in whole rupiah, when a unit cost is
   *     configured
   */
  Optional<Long> estimate();

  /**
   * @return the students excluded for {@code reason}, in input order (empty when none)
   */
  default List<ExcludedStudent> excluded(ExclusionReason reason) {
    return excluded().getOrDefault(reason, List.of());
  }
}
