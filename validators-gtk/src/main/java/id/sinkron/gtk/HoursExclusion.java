package id.sinkron.gtk;

/**
 * Why hours of a pembelajaran do not count toward the recognised load (RULES.md "Teaching load").
 * Checked in this order; the first that applies is recorded.
 *
 * <p>Named {@code ExclusionReason} until 0.2; renamed so it no longer clashes with ARKAS's public
 * {@code id.sinkron.arkas.ExclusionReason} (why a student is not counted) when both are imported.
 *
 * @since 0.1
 */
public enum HoursExclusion {
  /**
   * The rombel is ekstrakurikuler ({@code jenis_rombel} 51): its pembelajaran is the Web Service's
   * carry-over from the previous rombel and never counts.
   */
  EKSTRAKURIKULER,
  /** The rombel belongs to another semester than the active one. */
  INACTIVE_SEMESTER,
  /**
   * The rombel is neither a class rombel ({@code jenis_rombel} 1, 8–14) nor an elective rombel
   * (16), e.g. 2 Teori. (Until 0.2 elective rombel were excluded too; Info GTK counts their hours
   * when they have members.)
   */
  NOT_CLASS_ROMBEL,
  /**
   * The class or elective rombel has no members: Info GTK shows "siswa 0" and does not count the
   * hours (GTK-HOURS-EMPTY-ROMBEL, GTK-HOURS-ELECTIVE-EMPTY).
   */
  EMPTY_ROMBEL
}
