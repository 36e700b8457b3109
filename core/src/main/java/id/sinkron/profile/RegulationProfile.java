package id.sinkron.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import id.sinkron.model.Jenjang;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The thresholds of one regulation regime, each with its source in {@link #sources()}. Two ship:
 * {@code PERMENDIKBUD_15_2018} (before TA 2025/2026) and {@code PERMENDIKDASMEN_11_2025} (from TA
 * 2025/2026); see {@link RegulationProfiles}. Override any value with {@code
 * ImmutableRegulationProfile.copyOf(profile).withX(…)}.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRegulationProfile.class)
@JsonDeserialize(as = ImmutableRegulationProfile.class)
public interface RegulationProfile {
  /**
   * @return the profile's id, e.g. {@code PERMENDIKDASMEN_11_2025}
   */
  String name();

  /**
   * @return the regulation's short title, e.g. {@code Permendikdasmen 11/2025}, used as a finding's
   *     reference
   */
  String title();

  /**
   * @return first tahun ajaran (start year) the profile applies to
   */
  int firstTahunAjaran();

  /**
   * @return minimum weekly teaching load (JTM) for a teacher: 24
   */
  int minJtm();

  /**
   * @return maximum weekly teaching load recognised: 40
   */
  int maxJtm();

  /**
   * @return minimum teaching JTM at the induk school below which Dapodik warns: 12
   */
  int minJtmAtInduk();

  /**
   * @return how many main duties count at most: 1
   */
  int maxMainDuties();

  /**
   * @return cap on the total of "other" duty equivalents: 6
   */
  int otherDutyCap();

  /**
   * @return JTM equivalent of being wali kelas of a class rombel (an "other" duty): 2
   */
  int waliKelasJtm();

  /**
   * @return JJM category A2 lower bound (A2 18–23)
   */
  int jjmA2Min();

  /**
   * @return JJM category A3 lower bound (A3 12–17); below is A4
   */
  int jjmA3Min();

  /**
   * @return which pembelajaran of a (rombel, mata pelajaran) loses the hours above the curriculum
   *     allocation (GTK-HOURS-ABOVE-CURRICULUM) when several rows share it
   * @since 0.2
   */
  @Value.Default
  default ExcessHoursFrom curriculumExcessFrom() {
    return ExcessHoursFrom.LAST_ROW;
  }

  /**
   * @return minimum recognised face-to-face teaching JTM (before duty equivalents) of an induk
   *     teacher without a main duty (GTK-TATAP-MUKA-MIN): 16 from Permendikdasmen 11/2025; empty
   *     when the profile sets none
   * @since 0.2
   */
  Optional<Integer> minTatapMukaJtm();

  /**
   * @return the face-to-face minimum for a teacher with a counted main duty: 12; empty when none
   * @since 0.2
   */
  Optional<Integer> minTatapMukaJtmWithMainDuty();

  /**
   * @return duty table by {@code jabatan_ptk_id}
   */
  Map<String, DutyRule> duties();

  /**
   * @return the levels of formal education that meet the S1/D4 qualification
   */
  Set<String> qualifiedLevels();

  /**
   * @return retirement age (Info GTK code 06): 60
   */
  int retirementAge();

  /**
   * @return a PTK this age or younger is implausible (blocker): 15
   */
  int ptkAgeMin();

  /**
   * @return a PTK older than this is suspicious (warning): 70
   */
  int ptkAgeWarnAbove();

  /**
   * @return a PTK this age or older is implausible (blocker): 80
   */
  int ptkAgeMax();

  /**
   * @return BOSP cut-off day in the tahun ajaran's start year: 31 August
   */
  MonthDay bospCutOff();

  /**
   * @return BOSP countable age band per jenjang
   */
  Map<Jenjang, AgeBand> bospAgeBands();

  /**
   * @return rombel member cap per jenjang (SD 28, SMP 32, SMA/SMK 36)
   */
  Map<Jenjang, Integer> rombelCaps();

  /**
   * @return the usual age of a student of each tingkat pendidikan (1–13), in whole years on {@link
   *     #tingkatAgeDate()} of the tahun ajaran: entry at 7 in tingkat 1, one tingkat a year
   * @since 0.2
   */
  Map<Integer, Integer> usualAgeByTingkat();

  /**
   * @return how many years a student's age may differ from the usual age of their tingkat before
   *     ARKAS-PD-TINGKAT-IMPLAUSIBLE (2)
   * @since 0.2
   */
  int tingkatAgeTolerance();

  /**
   * @return the day in the tahun ajaran's start year on which ages for the tingkat check are taken:
   *     1 July
   * @since 0.2
   */
  MonthDay tingkatAgeDate();

  /**
   * @return the tingkat a new entrant ({@code jenis_pendaftaran_id} siswa baru) enters: 1, 7, 10
   * @since 0.2
   */
  Set<Integer> entryTingkat();

  /**
   * @return days before the BOSP cut-off from which changes not yet synced are a warning (30)
   * @since 0.2
   */
  int pendingChangesWarnDays();

  /**
   * @return minimum countable students (60)
   */
  int minStudents();

  /**
   * @return bentuk pendidikan ids exempt from the minimum (SLB forms …)
   */
  Set<String> minStudentsExemptBentuk();

  /**
   * @return BOSP unit cost per student per year in whole rupiah, keyed {@code "<JENJANG>"} or
   *     {@code "<kode_wilayah kabupaten (4 chars)>/<JENJANG>"}; empty unless configured
   */
  Map<String, Long> unitCosts();

  /**
   * @return the source of each value, keyed by attribute name
   */
  Map<String, String> sources();

  /**
   * @return notes on values that are uncertain or inferred
   */
  List<String> notes();

  /**
   * @return the duty rule for {@code jabatanPtkId}
   */
  default Optional<DutyRule> duty(String jabatanPtkId) {
    return Optional.ofNullable(duties().get(jabatanPtkId));
  }

  /**
   * @return the cut-off date of the tahun ajaran starting in {@code startYear}
   */
  default LocalDate cutOffFor(int startYear) {
    return bospCutOff().atYear(startYear);
  }

  /**
   * @return the JJM category label (A1 ≥ min, A2, A3, A4) for a recognised load
   */
  default String jjmCategory(int jtm) {
    if (jtm >= minJtm()) {
      return "A1";
    }
    if (jtm >= jjmA2Min()) {
      return "A2";
    }
    if (jtm >= jjmA3Min()) {
      return "A3";
    }
    return "A4";
  }

  /**
   * @return the unit cost for a school: the kabupaten-specific entry, else the jenjang entry
   */
  default Optional<Long> unitCost(String kodeWilayah, Jenjang jenjang) {
    if (kodeWilayah != null && kodeWilayah.length() >= 4) {
      Long v = unitCosts().get(kodeWilayah.substring(0, 4) + "/" + jenjang.name());
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.ofNullable(unitCosts().get(jenjang.name()));
  }
}
