package id.sinkron.bosmadrasah;

/**
 * Why an active student of an EMIS export is not counted for BOS Madrasah, in the order a student
 * is tested (a student is excluded for the first reason that applies).
 *
 * @since 0.2
 */
public enum Exclusion {
  /**
   * Not placed in a rombel: {@code Aktif Tanpa Rombel}, or {@code Tingkat - Rombel} without a
   * rombel part (BOSM-PD-NO-ROMBEL). Countable means aktif in an active rombel (Ditjen Pendis
   * B-370/Dt.I.I/PP/09/2025).
   */
  NO_ROMBEL,
  /** The second or later student with a NISN or NIK already counted (BOSM-PD-DUPLICATE). */
  DUPLICATE
}
