package id.sinkron.identifier;

/**
 * A disagreement between what a NIK encodes and the person's record ({@link Nik#crossCheck}). A
 * mismatch is a warning, not a validity problem: exceptions exist (DOMAIN.md §3.1).
 *
 * @since 0.1
 */
public enum NikMismatch {
  /** The NIK's day, month and two-digit year differ from the record's {@code tanggal_lahir}. */
  BIRTH_DATE,
  /** The NIK's sex (day + 40 for women) differs from the record's {@code jenis_kelamin}. */
  SEX
}
