package id.sinkron.testkit;

import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.Jenjang;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One defect of the rule catalogue (RULES.md) that {@link SchoolGenerator} can inject, with the
 * finding codes a school carrying only that defect produces. {@link #codes()} starts with the code
 * the defect is named for; a defect lists more than one code only where the catalogue makes them
 * inseparable (e.g. a class rombel without members that has pembelajaran is both {@code
 * ERAPOR-ROMBEL-EMPTY} and {@code GTK-HOURS-EMPTY-ROMBEL}). Every code of the catalogue is the
 * first code of at least one defect.
 *
 * @since 0.1
 */
public enum Defect {
  // ---- Info GTK ----
  /** A teacher without NIK. */
  PTK_WITHOUT_NIK("GTK-NIK-MISSING"),
  /** A teacher whose NIK has 15 digits. */
  PTK_NIK_MALFORMED("GTK-NIK-FORMAT"),
  /** A teacher whose NIK date segment is one day off the tanggal_lahir. */
  PTK_NIK_BIRTH_DATE_MISMATCH("GTK-NIK-MISMATCH"),
  /**
   * Two teachers with the same NIK (the second also gets the first's birth date and sex, so the NIK
   * fits both).
   */
  PTK_NIK_DUPLICATE("GTK-NIK-DUPLICATE"),
  /** A teacher without NUPTK (E-Rapor SMK fills in a random one: an INFO on SMK). */
  TEACHER_WITHOUT_NUPTK("GTK-NUPTK-MISSING", "ERAPOR-PTK-NO-NUPTK"),
  /** A teacher whose NUPTK has 15 digits. */
  TEACHER_NUPTK_MALFORMED("GTK-NUPTK-FORMAT"),
  /** Two teachers with the same NUPTK. */
  TEACHER_NUPTK_DUPLICATE("GTK-NUPTK-DUPLICATE"),
  /**
   * A teacher whose NUPTK has the temporary prefix 9999.
   *
   * @since 0.2
   */
  TEACHER_NUPTK_TEMPORARY("GTK-NUPTK-TEMPORARY"),
  /**
   * A pembelajaran of the first tingkat gets 2 JTM above the curriculum allocation of its subject
   * (Bahasa Indonesia; guru kelas at SD), which Info GTK does not recognise.
   *
   * @since 0.2
   */
  HOURS_ABOVE_CURRICULUM("GTK-HOURS-ABOVE-CURRICULUM"),
  /** A PNS teacher whose NIP has 17 digits. */
  PNS_NIP_MALFORMED("GTK-NIP-FORMAT"),
  /** A PNS teacher whose NIP birth date is one day off the tanggal_lahir. */
  NIP_BIRTH_DATE_MISMATCH("GTK-NIP-MISMATCH"),
  /** A teacher (no duties, not wali) whose teaching load is cut to 12–21 JTM. */
  TEACHER_BELOW_MINIMUM_LOAD("GTK-LOAD-BELOW-MIN"),
  /**
   * A teacher (no duties, not wali) whose teaching is cut below the profile's face-to-face minimum
   * (12–15 JTM under Permendikdasmen 11/2025), so the load is below the minimum too.
   *
   * @since 0.2
   */
  TEACHER_BELOW_FACE_TO_FACE_MINIMUM("GTK-TATAP-MUKA-MIN", "GTK-LOAD-BELOW-MIN"),
  /** A teacher whose pembelajaran hours add up to more than 40 JTM. */
  TEACHER_ABOVE_MAXIMUM_LOAD("GTK-LOAD-ABOVE-MAX"),
  /**
   * The wakasek teaches 6–11 JTM at the induk school; main and other duties still make the minimum.
   */
  TEACHER_LOW_LOAD_AT_INDUK("GTK-LOAD-INDUK-LOW", "GTK-TATAP-MUKA-MIN"),
  /** An extra guru mapel with no pembelajaran at all (so also below the minimum load). */
  TEACHER_WITHOUT_PEMBELAJARAN("GTK-NO-PEMBELAJARAN", "GTK-LOAD-BELOW-MIN"),
  /** An extra class rombel with a wali and one pembelajaran but no members. */
  HOURS_IN_EMPTY_ROMBEL("GTK-HOURS-EMPTY-ROMBEL", "ERAPOR-ROMBEL-EMPTY"),
  /**
   * A rombel gets a second pembelajaran of a mapel it already has (2 JTM, taken from the first so
   * the subject stays within its curriculum allocation).
   */
  MAPEL_CLAIMED_TWICE("GTK-HOURS-CLAIMED-TWICE", "ERAPOR-PEMBELAJARAN-DUPLICATE"),
  /**
   * A certified teacher's certification field is changed to one linear with none of the subjects
   * taught.
   */
  TEACHER_NOT_LINEAR("GTK-NOT-LINEAR"),
  /**
   * A certified teacher with a full linear load also teaches 2 JTM of a subject outside the field.
   */
  TEACHER_PARTLY_NOT_LINEAR("GTK-NOT-LINEAR"),
  /** A certification record without certificate number. */
  CERTIFICATE_WITHOUT_NUMBER("GTK-CERT-INCOMPLETE"),
  /** Two certified teachers with the same certificate number. */
  CERTIFICATE_DUPLICATE("GTK-CERT-DUPLICATE"),
  /** A teacher whose highest formal education is D3. */
  TEACHER_UNQUALIFIED("GTK-QUALIFICATION"),
  /** An induk teacher without any formal education record. */
  PTK_WITHOUT_EDUCATION_RECORD("GTK-QUALIFICATION"),
  /** A teacher aged 61 on the reference date (identifiers follow the new birth date). */
  PTK_AT_RETIREMENT_AGE("GTK-RETIREMENT-AGE"),
  /** A teacher aged 14 on the reference date (identifiers follow the new birth date). */
  PTK_AGE_IMPLAUSIBLE("GTK-AGE-IMPLAUSIBLE"),
  /** A GTY/PTY teacher at the (negeri) school. */
  GTY_AT_NEGERI_SCHOOL("GTK-STATUS-GTY-NEGERI"),
  /** An extra duty (guru piket) without SK number. */
  DUTY_WITHOUT_SK("GTK-DUTY-INCOMPLETE"),
  /** A wali kelas who also has three "other" duties (7 JTM against a cap of 6). */
  OTHER_DUTIES_ABOVE_CAP("GTK-DUTY-CAP"),
  /** A second kepala sekolah (jenis PTK and duty). */
  TWO_KEPALA_SEKOLAH("GTK-KEPSEK-SETUP", "ARKAS-PEJABAT-NO-ACCOUNT"),
  /** An extra non-induk teacher without tanggal_surat_tugas. */
  NON_INDUK_WITHOUT_SURAT_TUGAS("GTK-NON-INDUK-INCOMPLETE"),

  // ---- E-Rapor ----
  /**
   * A student in no class rombel (the sentinel in getPesertaDidik); ARKAS cannot count them either.
   */
  STUDENT_WITHOUT_ROMBEL("ERAPOR-PD-NO-ROMBEL", "ARKAS-PD-NO-ROMBEL"),
  /** A student who is also a member of a second class rombel. */
  STUDENT_IN_TWO_ROMBEL("ERAPOR-PD-MULTI-ROMBEL"),
  /** A rombel member that is not an active student. */
  ROMBEL_WITH_ORPHAN_MEMBER("ERAPOR-ANGGOTA-ORPHAN"),
  /** A class rombel without wali. */
  ROMBEL_WITHOUT_WALI("ERAPOR-ROMBEL-NO-WALI"),
  /** A class rombel whose wali is not a PTK of the school. */
  ROMBEL_WITH_UNKNOWN_WALI("ERAPOR-ROMBEL-WALI-UNKNOWN"),
  /**
   * An extra class rombel without members (with a pembelajaran, so Info GTK sees empty-rombel hours
   * too).
   */
  EMPTY_ROMBEL("ERAPOR-ROMBEL-EMPTY", "GTK-HOURS-EMPTY-ROMBEL"),
  /**
   * An extra class rombel with members moved from another rombel of the tingkat but no
   * pembelajaran.
   */
  ROMBEL_WITHOUT_PEMBELAJARAN("ERAPOR-ROMBEL-NO-PEMBELAJARAN"),
  /** An extra pembelajaran (muatan lokal) without teacher. */
  PEMBELAJARAN_WITHOUT_TEACHER("ERAPOR-PEMBELAJARAN-NO-PTK"),
  /** An extra pembelajaran (muatan lokal) whose teacher is not a PTK of the school. */
  PEMBELAJARAN_WITH_UNKNOWN_TEACHER("ERAPOR-PEMBELAJARAN-PTK-UNKNOWN"),
  /** A rombel gets a second pembelajaran of a mapel it already has (2 JTM taken from the first). */
  DUPLICATE_PEMBELAJARAN("ERAPOR-PEMBELAJARAN-DUPLICATE", "GTK-HOURS-CLAIMED-TWICE"),
  /** A rombel whose tingkat is outside the bentuk pendidikan's range. */
  ROMBEL_WITH_INVALID_TINGKAT("ERAPOR-TINGKAT-INVALID", "ARKAS-PD-TINGKAT-IMPLAUSIBLE"),
  /** A class rombel without kurikulum. */
  ROMBEL_WITHOUT_KURIKULUM("ERAPOR-KURIKULUM-MISSING"),
  /** A stale copy of a rombel from the previous semester (members and pembelajaran included). */
  ROMBEL_FROM_OTHER_SEMESTER("ERAPOR-SEMESTER-MISMATCH"),
  /**
   * An elective rombel (jenis 16) whose wali differs from its members' class wali, at a school
   * running E-Rapor 7.0.4 (supplement {@code erapor_version}); E-Rapor SMK only.
   */
  ELECTIVE_ROMBEL_WITH_OTHER_WALI("ERAPOR-ELECTIVE-WALI-MISMATCH"),
  /**
   * An elective rombel (jenis 16) without members, with a 2 JTM pembelajaran.
   *
   * @since 0.2
   */
  EMPTY_ELECTIVE_ROMBEL_WITH_HOURS("GTK-HOURS-ELECTIVE-EMPTY"),
  /**
   * The school operator (tenaga administrasi) is registered without jenis PTK.
   *
   * @since 0.2
   */
  PTK_WITHOUT_JENIS_PTK("GTK-JENIS-PTK-MISSING"),
  /**
   * A teacher who holds a main duty gets a second one (kepala perpustakaan), which is not counted.
   *
   * @since 0.2
   */
  SECOND_MAIN_DUTY("GTK-DUTY-NOT-COUNTED"),
  /** A student whose name has a double space. */
  NAME_WITH_DOUBLE_SPACE("ERAPOR-NAME-CHARS"),
  /** Two students with the same NISN (Verval PD flags it; BOSP counts only one). */
  NISN_DUPLICATE("ERAPOR-NISN-DUPLICATE", "ARKAS-PD-NISN-DUPLICATE"),
  /**
   * A wali kelas without a user account in getPengguna (E-Rapor SP only: SMK makes its own
   * accounts).
   */
  WALI_WITHOUT_ACCOUNT("ERAPOR-WALI-NO-ACCOUNT"),
  /** Dapodik version 2021.a in the supplement. */
  OLD_DAPODIK_VERSION("ERAPOR-DAPODIK-VERSION"),
  /** SMK: a class rombel turned into jenis 10, which E-Rapor SMK does not pull. @since 0.2 */
  CLASS_ROMBEL_OF_JENIS_10("ERAPOR-ROMBEL-NOT-PULLED"),
  /**
   * SMK: a class rombel turned into jenis 8, whose wali gets no wali kelas role in E-Rapor
   * SMK. @since 0.2
   */
  CLASS_ROMBEL_OF_JENIS_8("ERAPOR-WALI-ROLE-MISSING"),
  /** An ekskul rombel (jenis 51) with two members and a room but no pembina. @since 0.2 */
  EKSKUL_WITHOUT_PEMBINA("ERAPOR-EKSKUL-NO-PEMBINA"),
  /** SMK: an ekskul rombel whose pembina is not a PTK of the school. @since 0.2 */
  EKSKUL_WITH_UNKNOWN_PEMBINA("ERAPOR-EKSKUL-PEMBINA-UNKNOWN"),
  /** SMK: an ekskul rombel with an active pembina but no room. @since 0.2 */
  EKSKUL_WITHOUT_RUANG("ERAPOR-EKSKUL-NO-RUANG"),
  /** SMK: a student without NIPD. @since 0.2 */
  STUDENT_WITHOUT_NIPD("ERAPOR-PD-NO-NIPD"),
  /**
   * A teacher without NUPTK, named for the E-Rapor SMK code (Info GTK reports it too). @since 0.2
   */
  ERAPOR_TEACHER_WITHOUT_NUPTK("ERAPOR-PTK-NO-NUPTK", "GTK-NUPTK-MISSING"),

  // ---- ARKAS / BOSP ----
  /**
   * A student in no class rombel at the cut-off (the same school as {@link
   * #STUDENT_WITHOUT_ROMBEL}).
   */
  STUDENT_OUTSIDE_ROMBEL_AT_CUTOFF("ARKAS-PD-NO-ROMBEL", "ERAPOR-PD-NO-ROMBEL"),
  /** A student without NISN. */
  STUDENT_WITHOUT_NISN("ARKAS-PD-NO-NISN"),
  /** Two students with the same NISN. */
  STUDENT_NISN_DUPLICATE("ARKAS-PD-NISN-DUPLICATE", "ERAPOR-NISN-DUPLICATE"),
  /** Two students with the same NIK. */
  STUDENT_DUPLICATE("ARKAS-PD-DUPLICATE"),
  /** A student whose age on the cut-off date is one year above the band (identifiers follow). */
  STUDENT_OUTSIDE_AGE_BAND("ARKAS-PD-AGE-BAND", "ARKAS-PD-TINGKAT-IMPLAUSIBLE"),
  /** A student who entered the day after the cut-off. */
  STUDENT_ENTERED_AFTER_CUTOFF("ARKAS-PD-AFTER-CUTOFF"),
  /** A student whose NIK has 15 digits. */
  STUDENT_NIK_INVALID("ARKAS-PD-NIK-INVALID"),
  /** New students added to one rombel until it is one above the cap. */
  ROMBEL_OVER_CAP("ARKAS-ROMBEL-OVER-CAP"),
  /** Only 45 students. */
  TOO_FEW_STUDENTS("ARKAS-MIN-STUDENTS"),
  /**
   * No kepala sekolah at all (Info GTK reports the setup too). Was {@code WITHOUT_KEPALA_SEKOLAH}
   * (0.1).
   */
  NO_KEPALA_SEKOLAH("ARKAS-KEPSEK-MISSING", "GTK-KEPSEK-SETUP"),
  /** No active Bendahara BOS duty. Was {@code WITHOUT_BENDAHARA} (0.1). */
  NO_BENDAHARA("ARKAS-BENDAHARA-MISSING"),
  /** The (PNS) kepala sekolah's NIP has 17 digits (Info GTK reports the PNS NIP too). */
  KEPALA_SEKOLAH_NIP_MALFORMED("ARKAS-NIP-FORMAT", "GTK-NIP-FORMAT"),
  /** NPSN of 7 digits. */
  NPSN_MALFORMED("ARKAS-NPSN-FORMAT"),
  /** The student count declared for ARKAS is 5 above the countable count. */
  DECLARED_COUNT_MISMATCH("ARKAS-COUNT-MISMATCH"),
  /** A BOSP unit cost in the supplement (an INFO finding with the estimate). */
  UNIT_COST_CONFIGURED("ARKAS-BOSP-ESTIMATE"),
  /** A student whose tanggal_lahir is one day after the date in their NIK. */
  STUDENT_NIK_MISMATCH("ARKAS-PD-NIK-MISMATCH"),
  /** A student of a later tingkat registered as a new entrant (siswa baru) of this tahun ajaran. */
  STUDENT_NEW_IN_LATER_TINGKAT("ARKAS-PD-TINGKAT-IMPLAUSIBLE"),
  /** The kepala sekolah has no user account in getPengguna. */
  KEPALA_SEKOLAH_WITHOUT_ACCOUNT("ARKAS-PEJABAT-NO-ACCOUNT");

  private final List<String> codes;

  Defect(String... codes) {
    this.codes = List.of(codes);
  }

  /**
   * @return the code this defect is named for (RULES.md)
   */
  public String code() {
    return codes.get(0);
  }

  /**
   * @return every finding code a default school with only this defect produces, the named one first
   *     (for any variant; see {@link #codes(BentukPendidikan)} for one school)
   */
  public List<String> codes() {
    return codes;
  }

  /** E-Rapor codes emitted for E-Rapor SMK only (RULES.md); the SP variant never emits them. */
  static final Set<String> ERAPOR_SMK_ONLY =
      Set.of(
          "ERAPOR-ROMBEL-NOT-PULLED",
          "ERAPOR-WALI-ROLE-MISSING",
          "ERAPOR-EKSKUL-PEMBINA-UNKNOWN",
          "ERAPOR-EKSKUL-NO-RUANG",
          "ERAPOR-PD-NO-NIPD",
          "ERAPOR-PTK-NO-NUPTK",
          "ERAPOR-ELECTIVE-WALI-MISMATCH");

  /** E-Rapor codes emitted for E-Rapor SP only. */
  static final Set<String> ERAPOR_SP_ONLY = Set.of("ERAPOR-WALI-NO-ACCOUNT");

  /**
   * @param bentuk the school's bentuk pendidikan (SMK → E-Rapor SMK, else E-Rapor SP)
   * @return the codes a default school of that bentuk with only this defect produces (possibly
   *     none: an SMK-only defect at an SMP)
   * @since 0.2
   */
  public List<String> codes(BentukPendidikan bentuk) {
    boolean smk = bentuk.jenjang() == Jenjang.SMK;
    List<String> out = new ArrayList<>();
    for (String c : codes) {
      if (!(smk ? ERAPOR_SP_ONLY : ERAPOR_SMK_ONLY).contains(c)) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }
}
