package id.sinkron.gtk;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import id.sinkron.check.RuleContext;
import id.sinkron.model.Ptk;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * A teacher's weekly workload (beban kerja) as Info GTK recognises it, with every component
 * (RULES.md "Teaching load"):
 *
 * <ul>
 *   <li>teaching: {@code jam_mengajar_per_minggu} of each pembelajaran of the teacher; hours count
 *       only in class rombel and elective rombel ({@code jenis_rombel} 16) of the active semester
 *       with members. Every excluded row is kept with its {@link HoursExclusion}. Hours of a
 *       (rombel, mapel) above the curriculum allocation are not recognised ({@link
 *       CurriculumAllocation}; {@link #aboveCurriculumJtm()}, per row {@link
 *       TeachingHours#aboveCurriculumJtm()}). Counted teaching above the profile's maximum is not
 *       recognised;
 *   <li>duties: the kepala sekolah duty counts as the profile's full minimum; main duties count
 *       their JTM, at most {@code profile.maxMainDuties()}; "other" duties — wali kelas of a class
 *       rombel (from the rombel's {@code ptk_id}, {@code profile.waliKelasJtm()}) first, then the
 *       supplement's — count their JTM up to {@code profile.otherDutyCap()} in total. Duties count
 *       only at the induk school and only when in force on the reference date with an SK number;
 *       each is kept with its {@link DutyOutcome}.
 * </ul>
 *
 * <p>Recognised JTM = min(teaching − above curriculum, max) + kepala sekolah + main + capped other
 * duties. When the supplement is absent ({@link #dutiesKnown()} false) only teaching, wali kelas
 * and the kepala sekolah position of {@code getGtk}'s {@code jabatan_ptk_id} ({@link
 * DutyKind#JABATAN_PTK}) count.
 *
 * <p>Every number comes from the check's regulation profile. Immutable and thread-safe.
 *
 * <pre>{@code
 * BebanKerja load = BebanKerja.of(ctx, ptk);
 * load.teachingJtm();    // 18
 * load.waliKelasJtm();   // 2
 * load.recognisedJtm();  // 20
 * load.shortfallJtm();   // 4 (of 24)
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBebanKerja.class)
public interface BebanKerja {
  String ptkId();

  /**
   * @return whether this school is the PTK's induk school
   */
  boolean induk();

  /**
   * @return whether tugas tambahan were known (supplement present); wali kelas is always known
   */
  boolean dutiesKnown();

  /**
   * @return whether the load rules can judge this teacher, and if not why
   */
  LoadEvaluation evaluation();

  /**
   * @return every pembelajaran of the teacher at this school, counted or not, in input order
   */
  List<TeachingHours> teaching();

  /**
   * @return every duty considered (wali kelas first, then tugas tambahan in input order)
   */
  List<DutyEquivalent> duties();

  /**
   * @return the profile's minimum load (for the breakdown)
   */
  int minJtm();

  /**
   * @return the profile's maximum recognised teaching load
   */
  int maxJtm();

  /**
   * @return counted teaching hours (before the maximum is applied)
   */
  int teachingJtm();

  /**
   * @return hours of the teacher's pembelajaran that do not count
   */
  int excludedJtm();

  /**
   * @return counted teaching hours not recognised because their (rombel, mapel) exceeds the
   *     curriculum allocation (GTK-HOURS-ABOVE-CURRICULUM; "JJM dapodik" above "JJM diakui"); 0
   *     when none
   * @since 0.2
   */
  @Value.Default
  default int aboveCurriculumJtm() {
    return 0;
  }

  /**
   * @return counted teaching hours less those above the curriculum allocation, capped at the
   *     maximum
   */
  int recognisedTeachingJtm();

  /**
   * @return counted teaching hours within the curriculum allocation above the maximum (not
   *     recognised)
   */
  int excessTeachingJtm();

  /**
   * @return the kepala sekolah duty equivalent counted (the minimum, or 0)
   */
  int kepalaSekolahJtm();

  /**
   * @return main duty equivalents counted
   */
  int mainDutyJtm();

  /**
   * @return wali kelas equivalent counted (within the other-duty cap; wali kelas is an "other" duty
   *     that is counted first)
   */
  int waliKelasJtm();

  /**
   * @return "other" duty equivalents counted <em>besides</em> wali kelas, within the cap. Counted
   *     other duties in all = {@code waliKelasJtm() + otherDutyJtm()}
   */
  int otherDutyJtm();

  /**
   * @return "other" duty equivalents claimed before the cap, wali kelas <em>included</em> — what
   *     the cap is applied to. {@code otherDutyAndWaliClaimedJtm() = waliKelasJtm() +
   *     otherDutyJtm() + otherDutyExcessJtm()}. Named {@code otherDutyClaimedJtm} until 0.2 (the
   *     name hid that wali kelas is included while {@link #otherDutyJtm()} excludes it)
   * @since 0.2
   */
  int otherDutyAndWaliClaimedJtm();

  /**
   * @return "other" duty equivalents (wali kelas included) above the cap: claimed, not counted
   */
  int otherDutyExcessJtm();

  /**
   * @return all duty equivalents counted (kepala sekolah + main + wali kelas + other)
   */
  @Value.Derived
  default int dutyJtm() {
    return kepalaSekolahJtm() + mainDutyJtm() + waliKelasJtm() + otherDutyJtm();
  }

  /**
   * @return the recognised load: recognised teaching + counted duty equivalents
   */
  @Value.Derived
  default int recognisedJtm() {
    return recognisedTeachingJtm() + dutyJtm();
  }

  /**
   * @return how much the recognised load falls short of the minimum (0 when it reaches it)
   */
  @Value.Derived
  default int shortfallJtm() {
    return Math.max(0, minJtm() - recognisedJtm());
  }

  /**
   * @return the Info GTK JJM category of the recognised load (A1–A4, per the profile)
   */
  String jjmCategory();

  /**
   * @param linearMapel whether a {@code mata_pelajaran_id} is linear with the teacher's
   *     certification
   * @return counted teaching hours in linear subjects, capped at the maximum
   */
  default int linearTeachingJtm(Predicate<String> linearMapel) {
    int sum = 0;
    for (TeachingHours t : teaching()) {
      if (t.counted() && t.mataPelajaranId().map(linearMapel::test).orElse(false)) {
        sum += t.recognisedJtm();
      }
    }
    return Math.min(sum, maxJtm());
  }

  /**
   * Computes one PTK's load.
   *
   * @param ctx the school, reference date and profile
   * @param ptk a PTK of the school
   * @return the load breakdown
   * @throws NullPointerException if an argument is null
   */
  static BebanKerja of(RuleContext ctx, Ptk ptk) {
    return LoadCalculator.of(ctx, ptk);
  }

  /**
   * The load of every teacher of the school ({@link Ptk#isTeacher()}), computed in one pass over
   * the rombel the first time it is asked for in a check and shared by every rule through {@link
   * RuleContext#derived}.
   *
   * @param ctx the school, reference date and profile
   * @return loads by {@code ptk_id}, in the snapshot's PTK order
   * @throws NullPointerException if ctx is null
   */
  static Map<String, BebanKerja> forSchool(RuleContext ctx) {
    return ctx.derived(LoadCalculator.LOADS, LoadCalculator::forSchool);
  }
}
