package id.sinkron.erapor;

/**
 * Where an active student lands in E-Rapor's class lists.
 *
 * @since 0.1
 */
public enum PlacementStatus {
  /** Member of exactly one class rombel of the active semester. */
  PLACED,
  /** Member of no class rombel of the active semester: the wali kelas will not find them. */
  NO_ROMBEL,
  /** Member of two or more class rombel of the active semester. */
  MULTI_ROMBEL
}
