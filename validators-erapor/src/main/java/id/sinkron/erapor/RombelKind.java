package id.sinkron.erapor;

import id.sinkron.model.JenisRombel;

/**
 * What a rombel is for E-Rapor, from its {@code jenis_rombel} (RULES.md, DOMAIN.md §4).
 *
 * @since 0.1
 */
public enum RombelKind {
  /**
   * A class: {@code jenis_rombel} 1 or 8–14 ({@link JenisRombel#isClass()}); a student belongs to
   * one.
   */
  CLASS,
  /** An elective-subject rombel ({@code jenis_rombel} 16, E-Rapor SMK); not a class. */
  ELECTIVE,
  /** Ekstrakurikuler ({@code jenis_rombel} 51); not a class, its pembelajaran is ignored. */
  EKSTRAKURIKULER,
  /** Anything else (teori, praktik, unknown ids); not a class, not managed by E-Rapor. */
  OTHER;

  /**
   * @param jenis the rombel's {@code jenis_rombel}
   * @return its kind
   */
  public static RombelKind of(JenisRombel jenis) {
    if (jenis.isClass()) {
      return CLASS;
    }
    if (jenis.isElective()) {
      return ELECTIVE;
    }
    if (jenis.isEkstrakurikuler()) {
      return EKSTRAKURIKULER;
    }
    return OTHER;
  }
}
