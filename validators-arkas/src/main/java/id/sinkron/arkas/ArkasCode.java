package id.sinkron.arkas;

import id.sinkron.check.Application;
import id.sinkron.check.Basis;
import id.sinkron.check.BasisTable;
import id.sinkron.check.FindingCode;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;

/**
 * The stable codes of the ARKAS/BOSP rules (RULES.md, "ARKAS / BOSP"). Codes are public API: never
 * renamed or reused. Each constant carries the severity and subject kind RULES.md gives it; the
 * message key is the code in lower case with dots ({@code arkas.pd.no.nisn}), the fix is under
 * {@code <key>.fix} in {@code id.sinkron.arkas.messages}.
 *
 * @since 0.1
 */
public enum ArkasCode implements FindingCode {
  /**
   * Student whose NISN is empty or not a valid 10-digit NISN: not counted for BOSP.
   *
   * @since 0.1
   */
  PD_NO_NISN(
      "ARKAS-PD-NO-NISN",
      Severity.BLOCKER,
      SubjectKind.PD,
      "Permendikbud 6/2021 (BOS Reguler: dihitung peserta didik yang memiliki NISN)"),
  /**
   * Student whose NISN another student of the school also carries: only one of them counts.
   *
   * @since 0.1
   */
  PD_NISN_DUPLICATE(
      "ARKAS-PD-NISN-DUPLICATE",
      Severity.BLOCKER,
      SubjectKind.PD,
      "Juknis BOSP 2025 (peserta didik tidak ganda)"),
  /**
   * Student who is the same person as another record (same NIK, or same normalised nama + tanggal
   * lahir + nama ibu kandung): the group counts once.
   *
   * @since 0.1
   */
  PD_DUPLICATE(
      "ARKAS-PD-DUPLICATE",
      Severity.BLOCKER,
      SubjectKind.PD,
      "Juknis BOSP 2025 (peserta didik tidak ganda)"),
  /**
   * Student in no class rombel of the active semester: not counted.
   *
   * @since 0.1
   */
  PD_NO_ROMBEL(
      "ARKAS-PD-NO-ROMBEL",
      Severity.BLOCKER,
      SubjectKind.PD,
      "Validasi Dapodik (peserta didik belum masuk rombongan belajar: invalid)"),
  /**
   * Student whose age on the cut-off date is outside the profile's band for the jenjang: not
   * counted.
   *
   * @since 0.1
   */
  PD_AGE_BAND(
      "ARKAS-PD-AGE-BAND",
      Severity.BLOCKER,
      SubjectKind.PD,
      "Juknis BOSP 2025 (batas usia peserta didik per jenjang)"),
  /**
   * Student whose {@code tanggal_masuk_sekolah} is after the cut-off: counts only at the next
   * cut-off.
   *
   * @since 0.1
   */
  PD_AFTER_CUTOFF(
      "ARKAS-PD-AFTER-CUTOFF",
      Severity.INFO,
      SubjectKind.PD,
      "Permendikbud 6/2021; juknis BOSP (data Dapodik per tanggal batas)"),
  /**
   * Student whose NIK is missing, malformed or a placeholder: NISN issuance and central cleansing
   * risk.
   *
   * @since 0.1
   */
  PD_NIK_INVALID(
      "ARKAS-PD-NIK-INVALID",
      Severity.WARNING,
      SubjectKind.PD,
      "Validasi Dapodik (NIK peserta didik); penerbitan NISN memerlukan NIK valid"),
  /**
   * Class rombel with more members than the profile's cap for the jenjang.
   *
   * @since 0.1
   */
  ROMBEL_OVER_CAP(
      "ARKAS-ROMBEL-OVER-CAP",
      Severity.WARNING,
      SubjectKind.ROMBEL,
      "Permendikbud 17/2017 (jumlah peserta didik per rombongan belajar); validasi Dapodik"),
  /**
   * School with fewer countable students than the profile's minimum, unless its bentuk is exempt.
   *
   * @since 0.1
   */
  MIN_STUDENTS(
      "ARKAS-MIN-STUDENTS",
      Severity.WARNING,
      SubjectKind.SEKOLAH,
      "Permendikbud 6/2021 (syarat jumlah peserta didik minimal)"),
  /**
   * School without an active kepala sekolah: the ARKAS Kertas Kerja cannot be activated.
   *
   * @since 0.1
   */
  KEPSEK_MISSING(
      "ARKAS-KEPSEK-MISSING",
      Severity.BLOCKER,
      SubjectKind.SEKOLAH,
      "ARKAS 4 (kepala sekolah ditarik dari Dapodik)"),
  /**
   * School without an active Bendahara BOS duty (evaluated only when duties are known).
   *
   * @since 0.1
   */
  BENDAHARA_MISSING(
      "ARKAS-BENDAHARA-MISSING",
      Severity.WARNING,
      SubjectKind.SEKOLAH,
      "ARKAS 4 (bendahara BOS ditarik dari Dapodik, SK tahunan)"),
  /**
   * Kepala sekolah or Bendahara BOS who is PNS at a negeri school with a NIP that is not 18 digits.
   *
   * @since 0.1
   */
  NIP_FORMAT(
      "ARKAS-NIP-FORMAT",
      Severity.BLOCKER,
      SubjectKind.PTK,
      "Perka BKN 22/2007 (NIP 18 digit); validasi formulir ARKAS 4"),
  /**
   * School whose NPSN is not a valid 8-digit NPSN.
   *
   * @since 0.1
   */
  NPSN_FORMAT(
      "ARKAS-NPSN-FORMAT",
      Severity.BLOCKER,
      SubjectKind.SEKOLAH,
      "Validasi formulir ARKAS 4 (NPSN harus terdiri dari 8 angka)"),
  /**
   * The student count declared for ARKAS (supplement) differs from the countable count.
   *
   * @since 0.1
   */
  COUNT_MISMATCH(
      "ARKAS-COUNT-MISMATCH",
      Severity.BLOCKER,
      SubjectKind.SEKOLAH,
      "Permendikbud 6/2021 (alokasi BOSP dari data Dapodik)"),
  /**
   * Student NIK of valid format whose date or sex segment disagrees with {@code tanggal_lahir} /
   * {@code jenis_kelamin}: Dukcapil matching in Verval PD is likely to fail.
   *
   * @since 0.2
   */
  PD_NIK_MISMATCH(
      "ARKAS-PD-NIK-MISMATCH",
      Severity.WARNING,
      SubjectKind.PD,
      "Verval PD: pemadanan NIK dengan Dukcapil"),
  /**
   * Student whose age is more than the profile's tolerance off the usual age of their tingkat, or a
   * new entrant outside an entry tingkat.
   *
   * @since 0.2
   */
  PD_TINGKAT_IMPLAUSIBLE(
      "ARKAS-PD-TINGKAT-IMPLAUSIBLE",
      Severity.WARNING,
      SubjectKind.PD,
      "Permendikbud 1/2021 (usia masuk SD); tingkat masuk Dapodik"),
  /**
   * Kepala sekolah or Bendahara BOS without a user account in {@code getPengguna}.
   *
   * @since 0.2
   */
  PEJABAT_NO_ACCOUNT(
      "ARKAS-PEJABAT-NO-ACCOUNT",
      Severity.WARNING,
      SubjectKind.PTK,
      "ARKAS 4 dan SIPLah (akun kepala sekolah dan bendahara dari Dapodik)"),
  /**
   * The BOSP estimate: countable students × the unit cost for the school's region and jenjang (only
   * when a unit cost is configured).
   *
   * @since 0.1
   */
  BOSP_ESTIMATE(
      "ARKAS-BOSP-ESTIMATE",
      Severity.INFO,
      SubjectKind.SEKOLAH,
      "Keputusan Menteri tentang satuan biaya BOSP (tahunan)");

  private final String code;
  private final Severity severity;
  private final SubjectKind subjectKind;
  private final String reference;

  ArkasCode(String code, Severity severity, SubjectKind subjectKind, String reference) {
    this.code = code;
    this.severity = severity;
    this.subjectKind = subjectKind;
    this.reference = reference;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Application application() {
    return Application.ARKAS;
  }

  /**
   * @return how we know the application behaves so, from the module's {@code basis.tsv}
   */
  @Override
  public Basis basis() {
    return Bases.TABLE.get(code());
  }

  /** Loaded on first use, so a missing row fails the completeness test, not class loading. */
  private static final class Bases {
    static final BasisTable TABLE = BasisTable.load(Bases.class, "/id/sinkron/arkas/basis.tsv");
  }

  @Override
  public String reference() {
    return reference;
  }

  /**
   * @return the severity RULES.md gives this code
   */
  public Severity severity() {
    return severity;
  }

  /**
   * @return what a finding of this code points at
   */
  public SubjectKind subjectKind() {
    return subjectKind;
  }
}
