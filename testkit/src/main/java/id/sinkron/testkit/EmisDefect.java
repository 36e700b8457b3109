package id.sinkron.testkit;

/**
 * Defects {@link EmisExportGenerator} can put into a generated EMIS 4.0 student export: one or more
 * per {@code BOSM-*} code of the rule catalogue (RULES.md), and cells the reader must report as
 * unreadable. Each defect touches its own students, so defects combine.
 *
 * @since 0.2
 */
public enum EmisDefect {
  /** An active student whose {@code Status} is {@code Aktif Tanpa Rombel} (BOSM-PD-NO-ROMBEL). */
  STATUS_AKTIF_TANPA_ROMBEL,
  /**
   * An {@code Aktif} student whose {@code Tingkat - Rombel} is a bare {@code Kelas <n>}
   * (BOSM-PD-NO-ROMBEL).
   */
  BARE_KELAS,
  /** The first rombel holds one active student more than its level's cap (BOSM-ROMBEL-OVER-CAP). */
  ROMBEL_OVER_CAP,
  /** An active student with an empty NISN (BOSM-PD-NISN). */
  NISN_EMPTY,
  /** An active student whose NISN text has 9 digits (BOSM-PD-NISN). */
  NISN_SHORT,
  /** An active student with an empty NIK (BOSM-PD-NIK). */
  NIK_EMPTY,
  /** An active student whose NIK's date segment disagrees with the birth date (BOSM-PD-NIK). */
  NIK_MISMATCH,
  /** Two active students in different rombel with the same NISN (BOSM-PD-DUPLICATE). */
  DUPLICATE_NISN,
  /** Two active students in different rombel with the same NIK (BOSM-PD-DUPLICATE). */
  DUPLICATE_NIK,
  /** A rombel whose tingkat is outside the madrasah's level (BOSM-TINGKAT-LEVEL). */
  TINGKAT_OUTSIDE_LEVEL,
  /** A {@code Tanggal Lahir} text that is not a date ({@code 31/02/2012}): an input problem. */
  UNREADABLE_DATE,
  /** A {@code Jenis Kelamin} that is neither L nor P: an input problem. */
  UNREADABLE_SEX,
  /** A {@code Status} that is not one of EMIS's: an input problem. */
  UNREADABLE_STATUS
}
