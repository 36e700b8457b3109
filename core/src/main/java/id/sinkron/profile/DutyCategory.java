package id.sinkron.profile;

/**
 * How a tugas tambahan (by {@code jabatan_ptk_id}) counts toward the teaching load.
 *
 * @since 0.1
 */
public enum DutyCategory {
  /** Kepala sekolah: counts as the full minimum load. */
  KEPALA_SEKOLAH,
  /** Acting principal (PLT): counts nothing; a PLT must still teach. */
  PLT_KEPALA_SEKOLAH,
  /** Main duty (wakasek, head of library/lab/workshop/programme): counts its JTM, at most one. */
  MAIN,
  /** Other duty (piket, pembina OSIS/ekskul, coordinators …): counts its JTM, capped in total. */
  OTHER,
  /** Bendahara BOS: needed by ARKAS, counts nothing toward the load. */
  BENDAHARA_BOS,
  /** Recognised duty that counts nothing toward the load. */
  NOT_COUNTED
}
