package id.sinkron.arkas;

/**
 * Why an active student does not count for BOSP at the cut-off. A student may have several reasons;
 * {@link BospCount#excluded()} lists the student once under each. Declaration order is the order of
 * the report.
 *
 * @since 0.1
 */
public enum ExclusionReason {
  /** Entered the school after the cut-off ({@link ArkasCode#PD_AFTER_CUTOFF}). */
  AFTER_CUTOFF(ArkasCode.PD_AFTER_CUTOFF),
  /** No valid NISN ({@link ArkasCode#PD_NO_NISN}). */
  NO_NISN(ArkasCode.PD_NO_NISN),
  /**
   * Shares its NISN with the student of its duplicate group who counts ({@link
   * ArkasCode#PD_NISN_DUPLICATE}).
   */
  NISN_DUPLICATE(ArkasCode.PD_NISN_DUPLICATE),
  /**
   * Same NIK or same identity as the student of its duplicate group who counts ({@link
   * ArkasCode#PD_DUPLICATE}).
   */
  DUPLICATE(ArkasCode.PD_DUPLICATE),
  /** In no class rombel of the active semester ({@link ArkasCode#PD_NO_ROMBEL}). */
  NO_ROMBEL(ArkasCode.PD_NO_ROMBEL),
  /** Age on the cut-off date outside the band for the jenjang ({@link ArkasCode#PD_AGE_BAND}). */
  AGE_BAND(ArkasCode.PD_AGE_BAND);

  private final ArkasCode code;

  ExclusionReason(ArkasCode code) {
    this.code = code;
  }

  /**
   * @return the finding code every student excluded for this reason receives
   */
  public ArkasCode code() {
    return code;
  }
}
