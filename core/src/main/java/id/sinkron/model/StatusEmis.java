package id.sinkron.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Status} column of an EMIS 4.0 student export ({@code docs/evidence/emis-madrasah.md}).
 * EMIS 4.0 training material (2021) defines the first three: an active student has a rombel,
 * tingkat and tahun ajaran; an active student without a rombel cannot be promoted or graduated; an
 * inactive student cannot be placed. The last three come from importers' template notes.
 *
 * @since 0.2
 */
public enum StatusEmis {
  /** {@code Aktif}. */
  AKTIF("Aktif"),
  /** {@code Aktif Tanpa Rombel}. */
  AKTIF_TANPA_ROMBEL("Aktif Tanpa Rombel"),
  /** {@code Tidak Aktif}. */
  TIDAK_AKTIF("Tidak Aktif"),
  /** {@code Lulus}. */
  LULUS("Lulus"),
  /** {@code Pindah}. */
  PINDAH("Pindah"),
  /** {@code Keluar}. */
  KELUAR("Keluar");

  private final String label;

  StatusEmis(String label) {
    this.label = label;
  }

  /**
   * The text EMIS writes.
   *
   * @return e.g. {@code "Aktif Tanpa Rombel"}
   */
  public String label() {
    return label;
  }

  /**
   * Whether the student is active ({@link #AKTIF} or {@link #AKTIF_TANPA_ROMBEL}).
   *
   * @return true when active
   */
  public boolean isActive() {
    return this == AKTIF || this == AKTIF_TANPA_ROMBEL;
  }

  /**
   * The status of a cell text, ignoring case, surrounding spaces, repeated spaces and {@code
   * -}/{@code _} between words ({@code "aktif tanpa rombel"}, {@code "TIDAK_AKTIF"}, {@code "Non
   * Aktif"} for {@link #TIDAK_AKTIF}).
   *
   * @param text the cell text; null gives empty
   * @return the status, or empty when the text is not one
   */
  public static Optional<StatusEmis> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    if (t.equals("non aktif") || t.equals("nonaktif")) {
      return Optional.of(TIDAK_AKTIF);
    }
    for (StatusEmis s : values()) {
      if (s.label.toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
