package id.sinkron.testkit;

import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.Jenjang;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.RegulationProfile;
import id.sinkron.profile.RegulationProfiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds deterministic synthetic schools for tests and benchmarks.
 *
 * <pre>{@code
 * SchoolSnapshot ok  = SchoolGenerator.smp().seed(42).students(300).build();
 * SchoolSnapshot bad = SchoolGenerator.sd().seed(7).withTeacherBelowMinimumLoad().build();
 * Report r = Sinkron.checker().asOf(SchoolGenerator.smp().referenceDate()).check(bad);
 * }</pre>
 *
 * <p><b>What a default school is.</b> A negeri school of the chosen bentuk pendidikan in tahun
 * ajaran 2025/2026 (semester {@code 20251}; see {@link #tahunAjaran(int)}), with:
 *
 * <ul>
 *   <li>students spread evenly over the tingkat of the jenjang, in class rombel of at most cap − 1
 *       members (the profile's rombel cap), ages inside the BOSP band on the cut-off date, entered
 *       before it; a NIK whose date segment (+40 for girls) matches tanggal_lahir and
 *       jenis_kelamin, with the school's province; a NISN whose first three digits are the last
 *       three of the birth year;
 *   <li>the Kurikulum Merdeka subjects of the jenjang in every rombel, each pembelajaran with a
 *       teacher and hours; teachers packed so that each teaches 24–40 JTM (subject teachers first,
 *       the rest as multi-subject teachers), certified only where every subject taught is linear
 *       with the certification field (linearity seed table), PNS (NIP matching birth date and sex),
 *       PPPK or honorer, each with a 16-digit NUPTK, an S1 record and a NIK;
 *   <li>a kepala sekolah (jenis PTK and duty, PNS, certified), a wakasek (SMP/SMA/SMK) teaching at
 *       least 24 JTM, a Bendahara BOS duty, every duty with SK and TMT before the reference date;
 *   <li>a wali kelas for every class rombel (never the kepala sekolah or the wakasek), a user
 *       account for every wali, the kepala sekolah and the operator (a tenaga administrasi);
 *   <li>a supplement with certification and duties, the student count declared for ARKAS equal to
 *       the countable count, and Dapodik version {@code 2026.c}; an 8-digit NPSN.
 * </ul>
 *
 * Such a school produces no finding at all from the three validators on {@link #referenceDate()}
 * (the BOSP cut-off). Fewer than 60 students gives {@code ARKAS-MIN-STUDENTS} by design; a school
 * so small that its subjects cannot give every teacher 24 JTM (a handful of students) gets an
 * under-loaded teacher.
 *
 * <p><b>Defects.</b> One method per catalogue defect ({@link Defect}), e.g. {@link
 * #withTeacherBelowMinimumLoad()}, {@link #withStudentWithoutNisn()}, {@link
 * #withRombelWithoutWali()}, {@link #withNikBirthDateMismatch()}; a school with one defect produces
 * exactly {@link Defect#codes()}. Defects combine; each picks a different person or rombel where it
 * can.
 *
 * <p><b>Determinism.</b> The same settings (bentuk, seed, size, tahun ajaran, defects) give the
 * same snapshot, equal by {@code equals} and byte for byte once written. Names are invented from
 * syllables; every person is fictitious.
 *
 * <p>Not thread-safe (a mutable builder); each {@link #build()} returns a new immutable snapshot.
 *
 * @since 0.1
 */
public final class SchoolGenerator {
  /** Students of a default school. */
  public static final int DEFAULT_STUDENTS = 240;

  /** Students of a school with {@link Defect#TOO_FEW_STUDENTS}. */
  static final int TOO_FEW = 45;

  private final BentukPendidikan bentuk;
  private long seed = 1;
  private int students = DEFAULT_STUDENTS;
  private int tahunAjaran = 2025;
  private final Set<Defect> defects = EnumSet.noneOf(Defect.class);
  private final List<Defect> order = new ArrayList<>();

  private SchoolGenerator(BentukPendidikan bentuk) {
    this.bentuk = bentuk;
  }

  /**
   * @return a generator of an SD (bentuk pendidikan 5)
   */
  public static SchoolGenerator sd() {
    return new SchoolGenerator(BentukPendidikan.SD);
  }

  /**
   * @return a generator of an SMP (bentuk pendidikan 6)
   */
  public static SchoolGenerator smp() {
    return new SchoolGenerator(BentukPendidikan.SMP);
  }

  /**
   * @return a generator of an SMA (bentuk pendidikan 13)
   */
  public static SchoolGenerator sma() {
    return new SchoolGenerator(BentukPendidikan.SMA);
  }

  /**
   * @return a generator of an SMK (bentuk pendidikan 15; programme Teknik Jaringan Komputer)
   */
  public static SchoolGenerator smk() {
    return new SchoolGenerator(BentukPendidikan.SMK);
  }

  /**
   * @param bentuk SD, SMP, SMA or SMK (the jenjang decides; e.g. bentuk 36 is SMP-like)
   * @return a generator of that bentuk pendidikan
   * @throws IllegalArgumentException for a bentuk pendidikan outside SD–SMK
   */
  public static SchoolGenerator of(BentukPendidikan bentuk) {
    Jenjang j = Objects.requireNonNull(bentuk, "bentuk").jenjang();
    if (j == Jenjang.SLB || j == Jenjang.OTHER) {
      throw new IllegalArgumentException(
          "SchoolGenerator builds SD, SMP, SMA and SMK, not bentuk " + bentuk.id());
    }
    return new SchoolGenerator(bentuk);
  }

  /**
   * @param seed the random seed; the same seed gives the same school. Default 1.
   */
  public SchoolGenerator seed(long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * @param count number of students, at least 1 (default {@value #DEFAULT_STUDENTS}); below 60 the
   *     school gets {@code ARKAS-MIN-STUDENTS}
   * @throws IllegalArgumentException if count is less than 1
   */
  public SchoolGenerator students(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("students must be at least 1, was " + count);
    }
    this.students = count;
    return this;
  }

  /**
   * @param startYear the tahun ajaran's start year (default 2025 = 2025/2026, semester {@code
   *     20251}); the regulation profile follows it
   * @throws IllegalArgumentException outside 2018–2099
   */
  public SchoolGenerator tahunAjaran(int startYear) {
    if (startYear < 2018 || startYear > 2099) {
      throw new IllegalArgumentException("tahun ajaran must be 2018-2099, was " + startYear);
    }
    this.tahunAjaran = startYear;
    return this;
  }

  /**
   * Injects a defect (once; injecting it again changes nothing).
   *
   * @return this generator
   */
  public SchoolGenerator with(Defect defect) {
    if (defects.add(Objects.requireNonNull(defect, "defect"))) {
      order.add(defect);
    }
    return this;
  }

  /**
   * @return the defects injected so far, in injection order
   */
  public List<Defect> defects() {
    return Collections.unmodifiableList(new ArrayList<>(order));
  }

  /**
   * @return the bentuk pendidikan
   */
  public BentukPendidikan bentuk() {
    return bentuk;
  }

  /**
   * @return the regulation profile of the tahun ajaran (the one a checker picks by default)
   */
  public RegulationProfile profile() {
    return RegulationProfiles.forTahunAjaran(tahunAjaran);
  }

  /**
   * The date to check generated schools as of: the BOSP cut-off of the tahun ajaran (31 August).
   * Every duty has started by then, every student has entered, every age is inside its band.
   *
   * @return the reference date
   */
  public LocalDate referenceDate() {
    return profile().cutOffFor(tahunAjaran);
  }

  /**
   * Builds the school.
   *
   * @return a new immutable snapshot
   * @throws IllegalStateException when a defect cannot be placed in a school this small (e.g. a
   *     defect that needs two rombel of one tingkat)
   */
  public SchoolSnapshot build() {
    return Assembler.snapshot(draft(), this);
  }

  /**
   * Builds the school and writes it as a dump folder ({@code getSekolah.json} … and {@code
   * sinkron-supplement.json}) with {@link WebServiceDump#write}. Reading the folder back with
   * {@link WebServiceDump#read} gives the built snapshot again, except the provenance's source (and
   * an {@code INPUT-SEMESTER-MIXED} input problem for {@link Defect#ROMBEL_FROM_OTHER_SEMESTER},
   * whose stale rombel carries another semester).
   *
   * @param dir the folder, created when missing
   * @return the snapshot that was written
   * @throws java.io.UncheckedIOException if writing fails
   * @throws IllegalStateException as {@link #build()}
   */
  public SchoolSnapshot saveTo(Path dir) {
    Objects.requireNonNull(dir, "dir");
    SchoolSnapshot s = build();
    WebServiceDump.write(s, dir);
    return s;
  }

  /**
   * Builds the school and the same school after {@code edit}: a "before/after" pair for comparison
   * tests ({@code Sinkron.checker().compare(before, after)}).
   *
   * @param edit the operator's edit
   * @return the pair, with the reference date to check both as of
   * @throws IllegalStateException when the school has nothing the edit can apply to (e.g. one
   *     rombel per tingkat for {@link Edit#MOVE_STUDENT}: generate more students)
   * @since 0.2
   */
  public SchoolPair pair(Edit edit) {
    Objects.requireNonNull(edit, "edit");
    SchoolSnapshot before = build();
    return new SchoolPair(before, edit.apply(before, referenceDate()), edit, referenceDate());
  }

  /** The mutable draft after base generation and defects (for {@link #build()} and the writer). */
  Drafts.School draft() {
    int n = defects.contains(Defect.TOO_FEW_STUDENTS) ? Math.min(students, TOO_FEW) : students;
    Base base = new Base(bentuk, seed, n, tahunAjaran, profile(), referenceDate());
    Drafts.School school = base.generate();
    DefectInjector injector = new DefectInjector(base, school);
    for (Defect d : order) {
      injector.apply(d);
    }
    return school;
  }

  String describe() {
    return "testkit:" + bentuk.jenjang() + ":seed=" + seed + ":students=" + students;
  }

  /**
   * Injects {@link Defect#PTK_WITHOUT_NIK}: a teacher without NIK.
   *
   * @return this generator
   */
  public SchoolGenerator withPtkWithoutNik() {
    return with(Defect.PTK_WITHOUT_NIK);
  }

  /**
   * Injects {@link Defect#PTK_NIK_MALFORMED}: a teacher whose NIK has 15 digits.
   *
   * @return this generator
   */
  public SchoolGenerator withPtkNikMalformed() {
    return with(Defect.PTK_NIK_MALFORMED);
  }

  /**
   * Injects {@link Defect#PTK_NIK_BIRTH_DATE_MISMATCH}: a teacher whose NIK date segment is one day
   * off the tanggal_lahir.
   *
   * @return this generator
   */
  public SchoolGenerator withPtkNikBirthDateMismatch() {
    return with(Defect.PTK_NIK_BIRTH_DATE_MISMATCH);
  }

  /**
   * Injects {@link Defect#PTK_NIK_DUPLICATE}: two teachers with the same NIK (the second also gets
   * the first's birth date and sex, so the NIK fits both).
   *
   * @return this generator
   */
  public SchoolGenerator withPtkNikDuplicate() {
    return with(Defect.PTK_NIK_DUPLICATE);
  }

  /**
   * Injects {@link Defect#TEACHER_WITHOUT_NUPTK}: a teacher without NUPTK.
   *
   * @return this generator
   */
  public SchoolGenerator withTeacherWithoutNuptk() {
    return with(Defect.TEACHER_WITHOUT_NUPTK);
  }

  /**
   * Injects {@link Defect#TEACHER_NUPTK_MALFORMED}: a teacher whose NUPTK has 15 digits.
   *
   * @return this generator
   */
  public SchoolGenerator withTeacherNuptkMalformed() {
    return with(Defect.TEACHER_NUPTK_MALFORMED);
  }

  /**
   * Injects {@link Defect#TEACHER_NUPTK_DUPLICATE}: two teachers with the same NUPTK.
   *
   * @return this generator
   */
  public SchoolGenerator withTeacherNuptkDuplicate() {
    return with(Defect.TEACHER_NUPTK_DUPLICATE);
  }

  /**
   * Injects {@link Defect#TEACHER_NUPTK_TEMPORARY}: a teacher whose NUPTK has the temporary prefix
   * 9999.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withTeacherNuptkTemporary() {
    return with(Defect.TEACHER_NUPTK_TEMPORARY);
  }

  /**
   * Injects {@link Defect#HOURS_ABOVE_CURRICULUM}: a pembelajaran of the first tingkat gets 2 JTM
   * above its subject's curriculum allocation.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withHoursAboveCurriculum() {
    return with(Defect.HOURS_ABOVE_CURRICULUM);
  }

  /**
   * Injects {@link Defect#TEACHER_BELOW_FACE_TO_FACE_MINIMUM}: a teacher whose teaching is cut
   * below the face-to-face minimum.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withTeacherBelowFaceToFaceMinimum() {
    return with(Defect.TEACHER_BELOW_FACE_TO_FACE_MINIMUM);
  }

  /**
   * Injects {@link Defect#EMPTY_ELECTIVE_ROMBEL_WITH_HOURS}: an elective rombel without members,
   * with hours.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withEmptyElectiveRombelWithHours() {
    return with(Defect.EMPTY_ELECTIVE_ROMBEL_WITH_HOURS);
  }

  /**
   * Injects {@link Defect#PTK_WITHOUT_JENIS_PTK}: the operator is registered without jenis PTK.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withPtkWithoutJenisPtk() {
    return with(Defect.PTK_WITHOUT_JENIS_PTK);
  }

  /**
   * Injects {@link Defect#SECOND_MAIN_DUTY}: a teacher with a main duty gets a second one.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withSecondMainDuty() {
    return with(Defect.SECOND_MAIN_DUTY);
  }

  /**
   * Injects {@link Defect#PNS_NIP_MALFORMED}: a PNS teacher whose NIP has 17 digits.
   *
   * @return this generator
   */
  public SchoolGenerator withPnsNipMalformed() {
    return with(Defect.PNS_NIP_MALFORMED);
  }

  /**
   * Injects {@link Defect#NIP_BIRTH_DATE_MISMATCH}: a PNS teacher whose NIP birth date is one day
   * off the tanggal_lahir.
   *
   * @return this generator
   */
  public SchoolGenerator withNipBirthDateMismatch() {
    return with(Defect.NIP_BIRTH_DATE_MISMATCH);
  }

  /**
   * Injects {@link Defect#TEACHER_BELOW_MINIMUM_LOAD}: a teacher (no duties, not wali) whose
   * teaching load is cut to 12–21 JTM.
   *
   * @return this generator
   */
  public SchoolGenerator withTeacherBelowMinimumLoad() {
    return with(Defect.TEACHER_BELOW_MINIMUM_LOAD);
  }

  /**
   * Injects {@link Defect#TEACHER_ABOVE_MAXIMUM_LOAD}: a teacher whose pembelajaran hours add up to
   * more than 40 JTM.
   *
   * @return this generator
   */
  public SchoolGenerator withTeacherAboveMaximumLoad() {
    return with(Defect.TEACHER_ABOVE_MAXIMUM_LOAD);
  }

  /**
   * Injects {@link Defect#TEACHER_LOW_LOAD_AT_INDUK}: the wakasek teaches 6–11 JTM at the induk
   * school; main and other duties still make the minimum.
   *
   * @return this generator
   */
  public SchoolGenerator withTeacherLowLoadAtInduk() {
    return with(Defect.TEACHER_LOW_LOAD_AT_INDUK);
  }

  /**
   * Injects {@link Defect#TEACHER_WITHOUT_PEMBELAJARAN}: an extra guru mapel with no pembelajaran
   * at all (so also below the minimum load).
   *
   * @return this generator
   */
  public SchoolGenerator withTeacherWithoutPembelajaran() {
    return with(Defect.TEACHER_WITHOUT_PEMBELAJARAN);
  }

  /**
   * Injects {@link Defect#HOURS_IN_EMPTY_ROMBEL}: an extra class rombel with a wali and one
   * pembelajaran but no members.
   *
   * @return this generator
   */
  public SchoolGenerator withHoursInEmptyRombel() {
    return with(Defect.HOURS_IN_EMPTY_ROMBEL);
  }

  /**
   * Injects {@link Defect#MAPEL_CLAIMED_TWICE}: a rombel gets a second pembelajaran of a mapel it
   * already has.
   *
   * @return this generator
   */
  public SchoolGenerator withMapelClaimedTwice() {
    return with(Defect.MAPEL_CLAIMED_TWICE);
  }

  /**
   * Injects {@link Defect#TEACHER_NOT_LINEAR}: a certified teacher's certification field is changed
   * to one linear with none of the subjects taught.
   *
   * @return this generator
   */
  public SchoolGenerator withTeacherNotLinear() {
    return with(Defect.TEACHER_NOT_LINEAR);
  }

  /**
   * Injects {@link Defect#TEACHER_PARTLY_NOT_LINEAR}: a certified teacher with a full linear load
   * also teaches 2 JTM of a subject outside the field.
   *
   * @return this generator
   */
  public SchoolGenerator withTeacherPartlyNotLinear() {
    return with(Defect.TEACHER_PARTLY_NOT_LINEAR);
  }

  /**
   * Injects {@link Defect#CERTIFICATE_WITHOUT_NUMBER}: a certification record without certificate
   * number.
   *
   * @return this generator
   */
  public SchoolGenerator withCertificateWithoutNumber() {
    return with(Defect.CERTIFICATE_WITHOUT_NUMBER);
  }

  /**
   * Injects {@link Defect#CERTIFICATE_DUPLICATE}: two certified teachers with the same certificate
   * number.
   *
   * @return this generator
   */
  public SchoolGenerator withCertificateDuplicate() {
    return with(Defect.CERTIFICATE_DUPLICATE);
  }

  /**
   * Injects {@link Defect#TEACHER_UNQUALIFIED}: a teacher whose highest formal education is D3.
   *
   * @return this generator
   */
  public SchoolGenerator withTeacherUnqualified() {
    return with(Defect.TEACHER_UNQUALIFIED);
  }

  /**
   * Injects {@link Defect#PTK_WITHOUT_EDUCATION_RECORD}: an induk teacher without any formal
   * education record.
   *
   * @return this generator
   */
  public SchoolGenerator withPtkWithoutEducationRecord() {
    return with(Defect.PTK_WITHOUT_EDUCATION_RECORD);
  }

  /**
   * Injects {@link Defect#PTK_AT_RETIREMENT_AGE}: a teacher aged 61 on the reference date
   * (identifiers follow the new birth date).
   *
   * @return this generator
   */
  public SchoolGenerator withPtkAtRetirementAge() {
    return with(Defect.PTK_AT_RETIREMENT_AGE);
  }

  /**
   * Injects {@link Defect#PTK_AGE_IMPLAUSIBLE}: a teacher aged 14 on the reference date
   * (identifiers follow the new birth date).
   *
   * @return this generator
   */
  public SchoolGenerator withPtkAgeImplausible() {
    return with(Defect.PTK_AGE_IMPLAUSIBLE);
  }

  /**
   * Injects {@link Defect#GTY_AT_NEGERI_SCHOOL}: a GTY/PTY teacher at the (negeri) school.
   *
   * @return this generator
   */
  public SchoolGenerator withGtyAtNegeriSchool() {
    return with(Defect.GTY_AT_NEGERI_SCHOOL);
  }

  /**
   * Injects {@link Defect#DUTY_WITHOUT_SK}: an extra duty (guru piket) without SK number.
   *
   * @return this generator
   */
  public SchoolGenerator withDutyWithoutSk() {
    return with(Defect.DUTY_WITHOUT_SK);
  }

  /**
   * Injects {@link Defect#OTHER_DUTIES_ABOVE_CAP}: a wali kelas who also has three "other" duties
   * (7 JTM against a cap of 6).
   *
   * @return this generator
   */
  public SchoolGenerator withOtherDutiesAboveCap() {
    return with(Defect.OTHER_DUTIES_ABOVE_CAP);
  }

  /**
   * Injects {@link Defect#TWO_KEPALA_SEKOLAH}: a second kepala sekolah (jenis PTK and duty).
   *
   * @return this generator
   */
  public SchoolGenerator withTwoKepalaSekolah() {
    return with(Defect.TWO_KEPALA_SEKOLAH);
  }

  /**
   * Injects {@link Defect#NON_INDUK_WITHOUT_SURAT_TUGAS}: an extra non-induk teacher without
   * tanggal_surat_tugas.
   *
   * @return this generator
   */
  public SchoolGenerator withNonIndukWithoutSuratTugas() {
    return with(Defect.NON_INDUK_WITHOUT_SURAT_TUGAS);
  }

  /**
   * Injects {@link Defect#STUDENT_WITHOUT_ROMBEL}: a student in no class rombel (the sentinel in
   * getPesertaDidik); ARKAS cannot count them either.
   *
   * @return this generator
   */
  public SchoolGenerator withStudentWithoutRombel() {
    return with(Defect.STUDENT_WITHOUT_ROMBEL);
  }

  /**
   * Injects {@link Defect#STUDENT_IN_TWO_ROMBEL}: a student who is also a member of a second class
   * rombel.
   *
   * @return this generator
   */
  public SchoolGenerator withStudentInTwoRombel() {
    return with(Defect.STUDENT_IN_TWO_ROMBEL);
  }

  /**
   * Injects {@link Defect#ROMBEL_WITH_ORPHAN_MEMBER}: a rombel member that is not an active
   * student.
   *
   * @return this generator
   */
  public SchoolGenerator withRombelWithOrphanMember() {
    return with(Defect.ROMBEL_WITH_ORPHAN_MEMBER);
  }

  /**
   * Injects {@link Defect#ROMBEL_WITHOUT_WALI}: a class rombel without wali.
   *
   * @return this generator
   */
  public SchoolGenerator withRombelWithoutWali() {
    return with(Defect.ROMBEL_WITHOUT_WALI);
  }

  /**
   * Injects {@link Defect#ROMBEL_WITH_UNKNOWN_WALI}: a class rombel whose wali is not a PTK of the
   * school.
   *
   * @return this generator
   */
  public SchoolGenerator withRombelWithUnknownWali() {
    return with(Defect.ROMBEL_WITH_UNKNOWN_WALI);
  }

  /**
   * Injects {@link Defect#EMPTY_ROMBEL}: an extra class rombel without members (with a
   * pembelajaran, so Info GTK sees empty-rombel hours too).
   *
   * @return this generator
   */
  public SchoolGenerator withEmptyRombel() {
    return with(Defect.EMPTY_ROMBEL);
  }

  /**
   * Injects {@link Defect#ROMBEL_WITHOUT_PEMBELAJARAN}: an extra class rombel with members moved
   * from another rombel of the tingkat but no pembelajaran.
   *
   * @return this generator
   */
  public SchoolGenerator withRombelWithoutPembelajaran() {
    return with(Defect.ROMBEL_WITHOUT_PEMBELAJARAN);
  }

  /**
   * Injects {@link Defect#PEMBELAJARAN_WITHOUT_TEACHER}: an extra pembelajaran (muatan lokal)
   * without teacher.
   *
   * @return this generator
   */
  public SchoolGenerator withPembelajaranWithoutTeacher() {
    return with(Defect.PEMBELAJARAN_WITHOUT_TEACHER);
  }

  /**
   * Injects {@link Defect#PEMBELAJARAN_WITH_UNKNOWN_TEACHER}: an extra pembelajaran (muatan lokal)
   * whose teacher is not a PTK of the school.
   *
   * @return this generator
   */
  public SchoolGenerator withPembelajaranWithUnknownTeacher() {
    return with(Defect.PEMBELAJARAN_WITH_UNKNOWN_TEACHER);
  }

  /**
   * Injects {@link Defect#DUPLICATE_PEMBELAJARAN}: a rombel gets a second pembelajaran of a mapel
   * it already has.
   *
   * @return this generator
   */
  public SchoolGenerator withDuplicatePembelajaran() {
    return with(Defect.DUPLICATE_PEMBELAJARAN);
  }

  /**
   * Injects {@link Defect#ROMBEL_WITH_INVALID_TINGKAT}: a rombel whose tingkat is outside the
   * bentuk pendidikan's range.
   *
   * @return this generator
   */
  public SchoolGenerator withRombelWithInvalidTingkat() {
    return with(Defect.ROMBEL_WITH_INVALID_TINGKAT);
  }

  /**
   * Injects {@link Defect#ROMBEL_WITHOUT_KURIKULUM}: a class rombel without kurikulum.
   *
   * @return this generator
   */
  public SchoolGenerator withRombelWithoutKurikulum() {
    return with(Defect.ROMBEL_WITHOUT_KURIKULUM);
  }

  /**
   * Injects {@link Defect#ROMBEL_FROM_OTHER_SEMESTER}: a stale copy of a rombel from the previous
   * semester (members and pembelajaran included).
   *
   * @return this generator
   */
  public SchoolGenerator withRombelFromOtherSemester() {
    return with(Defect.ROMBEL_FROM_OTHER_SEMESTER);
  }

  /**
   * Injects {@link Defect#ELECTIVE_ROMBEL_WITH_OTHER_WALI}: an elective rombel (jenis 16) whose
   * wali differs from its members' class wali.
   *
   * @return this generator
   */
  public SchoolGenerator withElectiveRombelWithOtherWali() {
    return with(Defect.ELECTIVE_ROMBEL_WITH_OTHER_WALI);
  }

  /**
   * Injects {@link Defect#NAME_WITH_DOUBLE_SPACE}: a student whose name has a double space.
   *
   * @return this generator
   */
  public SchoolGenerator withNameWithDoubleSpace() {
    return with(Defect.NAME_WITH_DOUBLE_SPACE);
  }

  /**
   * Injects {@link Defect#NISN_DUPLICATE}: two students with the same NISN (E-Rapor keys users on
   * it; BOSP counts only one).
   *
   * @return this generator
   */
  public SchoolGenerator withNisnDuplicate() {
    return with(Defect.NISN_DUPLICATE);
  }

  /**
   * Injects {@link Defect#WALI_WITHOUT_ACCOUNT}: a wali kelas without a user account in
   * getPengguna.
   *
   * @return this generator
   */
  public SchoolGenerator withWaliWithoutAccount() {
    return with(Defect.WALI_WITHOUT_ACCOUNT);
  }

  /**
   * Injects {@link Defect#OLD_DAPODIK_VERSION}: dapodik version 2021.a in the supplement.
   *
   * @return this generator
   */
  public SchoolGenerator withOldDapodikVersion() {
    return with(Defect.OLD_DAPODIK_VERSION);
  }

  /**
   * Injects {@link Defect#CLASS_ROMBEL_OF_JENIS_10}: a class rombel of jenis 10 (not pulled by
   * E-Rapor SMK).
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withClassRombelOfJenis10() {
    return with(Defect.CLASS_ROMBEL_OF_JENIS_10);
  }

  /**
   * Injects {@link Defect#CLASS_ROMBEL_OF_JENIS_8}: a class rombel of jenis 8 (no wali role in
   * E-Rapor SMK).
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withClassRombelOfJenis8() {
    return with(Defect.CLASS_ROMBEL_OF_JENIS_8);
  }

  /**
   * Injects {@link Defect#EKSKUL_WITHOUT_PEMBINA}: an ekskul rombel without pembina.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withEkskulWithoutPembina() {
    return with(Defect.EKSKUL_WITHOUT_PEMBINA);
  }

  /**
   * Injects {@link Defect#EKSKUL_WITH_UNKNOWN_PEMBINA}: an ekskul rombel whose pembina is not a PTK
   * of the school.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withEkskulWithUnknownPembina() {
    return with(Defect.EKSKUL_WITH_UNKNOWN_PEMBINA);
  }

  /**
   * Injects {@link Defect#EKSKUL_WITHOUT_RUANG}: an ekskul rombel without room.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withEkskulWithoutRuang() {
    return with(Defect.EKSKUL_WITHOUT_RUANG);
  }

  /**
   * Injects {@link Defect#STUDENT_WITHOUT_NIPD}: a student without NIPD.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withStudentWithoutNipd() {
    return with(Defect.STUDENT_WITHOUT_NIPD);
  }

  /**
   * Injects {@link Defect#ERAPOR_TEACHER_WITHOUT_NUPTK}: a teacher without NUPTK.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withEraporTeacherWithoutNuptk() {
    return with(Defect.ERAPOR_TEACHER_WITHOUT_NUPTK);
  }

  /**
   * Injects {@link Defect#STUDENT_WITHOUT_NISN}: a student without NISN.
   *
   * @return this generator
   */
  public SchoolGenerator withStudentWithoutNisn() {
    return with(Defect.STUDENT_WITHOUT_NISN);
  }

  /**
   * Injects {@link Defect#STUDENT_NISN_DUPLICATE}: two students with the same NISN.
   *
   * @return this generator
   */
  public SchoolGenerator withStudentNisnDuplicate() {
    return with(Defect.STUDENT_NISN_DUPLICATE);
  }

  /**
   * Injects {@link Defect#STUDENT_DUPLICATE}: two students with the same NIK.
   *
   * @return this generator
   */
  public SchoolGenerator withStudentDuplicate() {
    return with(Defect.STUDENT_DUPLICATE);
  }

  /**
   * Injects {@link Defect#STUDENT_OUTSIDE_AGE_BAND}: a student whose age on the cut-off date is one
   * year above the band (identifiers follow).
   *
   * @return this generator
   */
  public SchoolGenerator withStudentOutsideAgeBand() {
    return with(Defect.STUDENT_OUTSIDE_AGE_BAND);
  }

  /**
   * Injects {@link Defect#STUDENT_ENTERED_AFTER_CUTOFF}: a student who entered the day after the
   * cut-off.
   *
   * @return this generator
   */
  public SchoolGenerator withStudentEnteredAfterCutoff() {
    return with(Defect.STUDENT_ENTERED_AFTER_CUTOFF);
  }

  /**
   * Injects {@link Defect#STUDENT_NIK_INVALID}: a student whose NIK has 15 digits.
   *
   * @return this generator
   */
  public SchoolGenerator withStudentNikInvalid() {
    return with(Defect.STUDENT_NIK_INVALID);
  }

  /**
   * Injects {@link Defect#ROMBEL_OVER_CAP}: new students added to one rombel until it is one above
   * the cap.
   *
   * @return this generator
   */
  public SchoolGenerator withRombelOverCap() {
    return with(Defect.ROMBEL_OVER_CAP);
  }

  /**
   * Injects {@link Defect#TOO_FEW_STUDENTS}: only 45 students.
   *
   * @return this generator
   */
  public SchoolGenerator withTooFewStudents() {
    return with(Defect.TOO_FEW_STUDENTS);
  }

  /**
   * Injects {@link Defect#NO_KEPALA_SEKOLAH}: no kepala sekolah at all (Info GTK reports the setup
   * too).
   *
   * @return this generator
   */
  public SchoolGenerator withNoKepalaSekolah() {
    return with(Defect.NO_KEPALA_SEKOLAH);
  }

  /**
   * Injects {@link Defect#NO_BENDAHARA}: no active Bendahara BOS duty.
   *
   * @return this generator
   */
  public SchoolGenerator withNoBendahara() {
    return with(Defect.NO_BENDAHARA);
  }

  /**
   * Injects {@link Defect#KEPALA_SEKOLAH_NIP_MALFORMED}: the (PNS) kepala sekolah's NIP has 17
   * digits (Info GTK reports the PNS NIP too).
   *
   * @return this generator
   */
  public SchoolGenerator withKepalaSekolahNipMalformed() {
    return with(Defect.KEPALA_SEKOLAH_NIP_MALFORMED);
  }

  /**
   * Injects {@link Defect#NPSN_MALFORMED}: nPSN of 7 digits.
   *
   * @return this generator
   */
  public SchoolGenerator withNpsnMalformed() {
    return with(Defect.NPSN_MALFORMED);
  }

  /**
   * Injects {@link Defect#DECLARED_COUNT_MISMATCH}: the student count declared for ARKAS is 5 above
   * the countable count.
   *
   * @return this generator
   */
  public SchoolGenerator withDeclaredCountMismatch() {
    return with(Defect.DECLARED_COUNT_MISMATCH);
  }

  /**
   * Injects {@link Defect#UNIT_COST_CONFIGURED}: a BOSP unit cost in the supplement (an INFO
   * finding with the estimate).
   *
   * @return this generator
   */
  public SchoolGenerator withUnitCostConfigured() {
    return with(Defect.UNIT_COST_CONFIGURED);
  }

  /**
   * {@link Defect#STUDENT_NIK_MISMATCH}: a student whose tanggal_lahir is one day after their NIK's
   * date.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withStudentNikMismatch() {
    return with(Defect.STUDENT_NIK_MISMATCH);
  }

  /**
   * {@link Defect#STUDENT_NEW_IN_LATER_TINGKAT}: a student of a later tingkat registered as a new
   * entrant.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withStudentNewInLaterTingkat() {
    return with(Defect.STUDENT_NEW_IN_LATER_TINGKAT);
  }

  /**
   * {@link Defect#KEPALA_SEKOLAH_WITHOUT_ACCOUNT}: the kepala sekolah has no user account.
   *
   * @return this generator
   * @since 0.2
   */
  public SchoolGenerator withKepalaSekolahWithoutAccount() {
    return with(Defect.KEPALA_SEKOLAH_WITHOUT_ACCOUNT);
  }

  /**
   * Injects {@link Defect#STUDENT_OUTSIDE_ROMBEL_AT_CUTOFF}: a student in no class rombel at the
   * cut-off.
   *
   * @return this generator
   */
  public SchoolGenerator withStudentOutsideRombelAtCutoff() {
    return with(Defect.STUDENT_OUTSIDE_ROMBEL_AT_CUTOFF);
  }

  /**
   * Alias of {@link #withPtkNikBirthDateMismatch()}.
   *
   * @return this generator
   */
  public SchoolGenerator withNikBirthDateMismatch() {
    return with(Defect.PTK_NIK_BIRTH_DATE_MISMATCH);
  }
}
