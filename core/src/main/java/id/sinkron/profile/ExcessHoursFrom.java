package id.sinkron.profile;

/**
 * Which pembelajaran row loses the hours of a (rombel, mata pelajaran) above the curriculum
 * allocation when several rows (teachers) share the subject in one rombel. Rows are taken in
 * Dapodik's order (the order of the rombel's {@code pembelajaran} in {@code getRombonganBelajar}).
 *
 * @since 0.2
 */
public enum ExcessHoursFrom {
  /** The excess is removed from the last row first, then the one before it, and so on. */
  LAST_ROW,
  /** The excess is removed from the first row first, then the next one, and so on. */
  FIRST_ROW
}
