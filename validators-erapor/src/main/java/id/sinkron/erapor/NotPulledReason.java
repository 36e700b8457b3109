package id.sinkron.erapor;

/**
 * Why the predicted E-Rapor variant does not pull a rombel (RULES.md, E-Rapor: "What E-Rapor SMK
 * pulls"). A rombel has at most one reason: the first that applies, in the order of the constants.
 *
 * @since 0.2
 */
public enum NotPulledReason {
  /**
   * The rombel is not of the active semester (ERAPOR-SEMESTER-MISMATCH for class and elective
   * rombel).
   */
  OTHER_SEMESTER,
  /** Not a rombel E-Rapor manages (jenis teori, praktik, unknown ids). */
  NOT_MANAGED,
  /**
   * SMK: a class rombel of jenis 10–14, which E-Rapor SMK never pulls (ERAPOR-ROMBEL-NOT-PULLED).
   */
  JENIS_NOT_PULLED,
  /** A class rombel without wali (ERAPOR-ROMBEL-NO-WALI). */
  NO_WALI,
  /** SMK: a class rombel without kurikulum, on which the pull fails (ERAPOR-KURIKULUM-MISSING). */
  KURIKULUM_MISSING,
  /**
   * SMK: the wali is not an active PTK, so saving the rombel fails (ERAPOR-ROMBEL-WALI-UNKNOWN).
   */
  WALI_UNKNOWN,
  /** An ekskul rombel without pembina (ERAPOR-EKSKUL-NO-PEMBINA). */
  EKSKUL_NO_PEMBINA,
  /** SMK: the ekskul pembina is not an active PTK (ERAPOR-EKSKUL-PEMBINA-UNKNOWN). */
  EKSKUL_PEMBINA_UNKNOWN,
  /** SMK: an ekskul rombel without room, on which the pull fails (ERAPOR-EKSKUL-NO-RUANG). */
  EKSKUL_NO_RUANG
}
