package id.sinkron.bosmadrasah;

import id.sinkron.check.Application;
import id.sinkron.check.Basis;
import id.sinkron.check.BasisTable;
import id.sinkron.check.FindingCode;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;

/**
 * The codes of BOS Madrasah ({@code BOSM-*}, RULES.md "BOS Madrasah"). Codes are public API: never
 * renamed or reused. The basis of each is in the module's {@code basis.tsv}.
 *
 * @since 0.2
 */
public enum BosMadrasahCode implements FindingCode {
  /** An active student without a rombel: not counted, cannot be promoted or graduated. */
  PD_NO_ROMBEL(
      "BOSM-PD-NO-ROMBEL",
      Severity.BLOCKER,
      SubjectKind.PD,
      "Surat Ditjen Pendis B-370/Dt.I.I/PP/09/2025 (siswa aktif di rombel aktif)"),
  /** More active students in a rombel than the level's cap (RA: warning, sources disagree). */
  ROMBEL_OVER_CAP(
      "BOSM-ROMBEL-OVER-CAP",
      Severity.BLOCKER,
      SubjectKind.ROMBEL,
      "Kepdirjen Pendis 1/2022 dan 631/2019 (jumlah siswa per rombel), sebagaimana dikutip"),
  /** NISN empty or not 10 digits after removing the apostrophe and restoring a lost zero. */
  PD_NISN(
      "BOSM-PD-NISN",
      Severity.WARNING,
      SubjectKind.PD,
      "SE B-542/Dt.I.I/PP/11/2025 (NISN), sebagaimana dikutip"),
  /** NIK empty, failing the NIK rules, or disagreeing with birth date and sex. */
  PD_NIK("BOSM-PD-NIK", Severity.WARNING, SubjectKind.PD, "Aturan NIK (Dukcapil)"),
  /** The same NISN or NIK on two active students of the export. */
  PD_DUPLICATE("BOSM-PD-DUPLICATE", Severity.BLOCKER, SubjectKind.PD, "Data ganda"),
  /** A tingkat outside the madrasah's level by its NSM type. */
  TINGKAT_LEVEL(
      "BOSM-TINGKAT-LEVEL",
      Severity.WARNING,
      SubjectKind.ROMBEL,
      "SK Dirjen Pendis DJ.I/456A/2008 (kode jenis NSM)"),
  /** Countable students now and the days left in the data window and to the BAP deadline. */
  DATA_WINDOW(
      "BOSM-DATA-WINDOW",
      Severity.INFO,
      SubjectKind.SEKOLAH,
      "Surat Ditjen Pendis B-370/Dt.I.I/PP/09/2025 (masa pendataan, BAP BOS)"),
  /** The NSM given is not 12 digits or has an unknown type or status code. */
  NSM_FORMAT(
      "BOSM-NSM-FORMAT",
      Severity.BLOCKER,
      SubjectKind.SEKOLAH,
      "SK Dirjen Pendis DJ.I/456A/2008 (NSM 12 digit)");

  private final String code;
  private final Severity severity;
  private final SubjectKind subjectKind;
  private final String reference;

  BosMadrasahCode(String code, Severity severity, SubjectKind subjectKind, String reference) {
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
    return Application.BOS_MADRASAH;
  }

  /**
   * @return how we know, from the module's {@code basis.tsv}
   */
  @Override
  public Basis basis() {
    return Bases.TABLE.get(code());
  }

  @Override
  public String reference() {
    return reference;
  }

  /**
   * @return the catalogue severity
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

  private static final class Bases {
    static final BasisTable TABLE =
        BasisTable.load(Bases.class, "/id/sinkron/bosmadrasah/basis.tsv");
  }
}
