package id.sinkron.identifier;

/**
 * A disagreement between what a NIP encodes and the person's record ({@link Nip#crossCheck}); a
 * warning, not a validity problem.
 *
 * @since 0.1
 */
public enum NipMismatch {
  /** The NIP's birth date (digits 1–8) differs from the record's {@code tanggal_lahir}. */
  BIRTH_DATE,
  /** The NIP's sex digit differs from the record's {@code jenis_kelamin}. */
  SEX
}
