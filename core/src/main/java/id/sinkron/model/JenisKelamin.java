package id.sinkron.model;

import java.util.Optional;

/**
 * Sex as Dapodik records it ({@code jenis_kelamin}): {@code L} laki-laki, {@code P} perempuan.
 *
 * @since 0.1
 */
public enum JenisKelamin {
  /** Laki-laki (male). */
  L,
  /** Perempuan (female). */
  P;

  /**
   * Reads Dapodik's code.
   *
   * @param code {@code "L"} or {@code "P"} (case and surrounding spaces ignored); may be null
   * @return the sex, or empty when the code is empty or unknown
   */
  public static Optional<JenisKelamin> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim();
    if (c.equalsIgnoreCase("L")) {
      return Optional.of(L);
    }
    if (c.equalsIgnoreCase("P")) {
      return Optional.of(P);
    }
    return Optional.empty();
  }
}
