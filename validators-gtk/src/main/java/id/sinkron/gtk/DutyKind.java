package id.sinkron.gtk;

/**
 * Where a duty equivalent comes from.
 *
 * @since 0.1
 */
public enum DutyKind {
  /** Wali kelas of a class rombel of the active semester, derived from the rombel's {@code ptk_id}. */
  WALI_KELAS,
  /** A tugas tambahan from the supplement, by {@code jabatan_ptk_id}. */
  TUGAS_TAMBAHAN
}
