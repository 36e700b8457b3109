package id.sinkron.gtk;

/**
 * Where a duty equivalent comes from.
 *
 * @since 0.1
 */
public enum DutyKind {
  /**
   * Wali kelas of a class rombel of the active semester, derived from the rombel's {@code ptk_id}.
   */
  WALI_KELAS,
  /** A tugas tambahan from the supplement, by {@code jabatan_ptk_id}. */
  TUGAS_TAMBAHAN,
  /**
   * The kepala sekolah position from {@code getGtk}'s {@code jabatan_ptk_id}, used only when the
   * supplement is absent (it has no SK or TMT, so it counts when the PTK is induk).
   *
   * @since 0.2
   */
  JABATAN_PTK
}
