package id.sinkron.gtk;

/**
 * How one duty (wali kelas or a tugas tambahan) fared in the load calculation.
 *
 * @since 0.1
 */
public enum DutyOutcome {
  /** Counted in full. */
  COUNTED,
  /** An "other" duty cut (partly or wholly) by the profile's cap on other duties (GTK-DUTY-CAP). */
  CAPPED,
  /** A main duty beyond the profile's maximum number of main duties: not counted. */
  MAIN_DUTY_LIMIT,
  /** A second wali kelas rombel or a second kepala sekolah duty: counted once only. */
  ALREADY_COUNTED,
  /** Recognised, but worth no JTM (PLT kepala sekolah, bendahara BOS, not-counted duties). */
  NO_EQUIVALENT,
  /**
   * Wali kelas of a class rombel without members: not counted, like the rombel's hours [inferred].
   */
  EMPTY_ROMBEL,
  /** The PTK is non-induk here: duties count only at the induk school. */
  NOT_AT_INDUK,
  /** No {@code nomor_sk} or no {@code tmt_tambahan} (GTK-DUTY-INCOMPLETE). */
  INCOMPLETE,
  /** {@code tmt_tambahan} after the reference date (GTK-DUTY-INCOMPLETE). */
  NOT_YET_ACTIVE,
  /** {@code tst_tambahan} on or before the reference date (GTK-DUTY-INCOMPLETE). */
  ENDED,
  /** The {@code jabatan_ptk_id} is not in the profile's duty table: not counted. */
  UNKNOWN_JABATAN;

  /**
   * @return whether this outcome is a GTK-DUTY-INCOMPLETE problem
   */
  public boolean isIncomplete() {
    return this == INCOMPLETE || this == NOT_YET_ACTIVE || this == ENDED;
  }
}
