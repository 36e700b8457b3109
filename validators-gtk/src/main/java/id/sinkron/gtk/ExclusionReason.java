package id.sinkron.gtk;

/**
 * Why hours of a pembelajaran do not count toward the recognised load (RULES.md "Teaching load").
 * Checked in this order; the first that applies is recorded.
 *
 * @since 0.1
 */
public enum ExclusionReason {
  /**
   * The rombel is ekstrakurikuler ({@code jenis_rombel} 51): its pembelajaran is the Web Service's
   * carry-over from the previous rombel and never counts.
   */
  EKSTRAKURIKULER,
  /** The rombel belongs to another semester than the active one. */
  INACTIVE_SEMESTER,
  /** The rombel is not a class rombel ({@code jenis_rombel} outside {1, 8–14}, e.g. 2 Teori, 16 elective). */
  NOT_CLASS_ROMBEL,
  /** The class rombel has no members: Info GTK shows "siswa 0" and does not count the hours. */
  EMPTY_ROMBEL
}
