package id.sinkron.gtk;

/**
 * Whether Sinkron can predict a teacher's recognised load, and if not, why.
 *
 * @since 0.1
 */
public enum LoadEvaluation {
  /** Evaluated: the load rules ran for this teacher. */
  EVALUATED,
  /**
   * Not evaluated: the PTK is non-induk here ({@code ptk_induk} = 0); the hours at the induk school
   * are not in the data. The hours at this school are still listed.
   */
  NOT_INDUK,
  /** Not evaluated: guru BK (jenis 5) load is counted in rombel served, not JTM (not in v1). */
  GURU_BK,
  /**
   * Not evaluated: a kepala sekolah (by jenis PTK) whose duties are unknown (no supplement); the
   * kepala sekolah duty alone would count as the full minimum.
   */
  KEPALA_SEKOLAH_DUTIES_UNKNOWN
}
