package id.sinkron.erapor;

/**
 * Where an active student lands in E-Rapor's class lists.
 *
 * @since 0.1
 */
public enum PlacementStatus {
  /** Member of exactly one class rombel of the active semester that the variant pulls. */
  PLACED,
  /** Member of no class rombel of the active semester: the wali kelas will not find them. */
  NO_ROMBEL,
  /** Member of two or more class rombel of the active semester that the variant pulls. */
  MULTI_ROMBEL,
  /**
   * Member only of class rombel the variant does not pull (no wali, jenis 10–14 on SMK …): counted
   * in those rombel's findings, not as ERAPOR-PD-NO-ROMBEL.
   *
   * @since 0.2
   */
  ROMBEL_NOT_PULLED
}
