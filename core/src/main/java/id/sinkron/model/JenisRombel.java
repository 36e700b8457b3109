package id.sinkron.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Dapodik {@code jenis_rombel}. Raw id kept; unknown ids kept.
 *
 * <p>A "class" rombel (where Dapodik counts a student as being in a class) is {1, 8, 9, 10, 11, 12,
 * 13, 14}; 51 is ekstrakurikuler; 16 is an elective-subject rombel (E-Rapor SMK) — neither is a
 * class.
 *
 * @param id the raw Dapodik id, trimmed, never blank
 * @since 0.1
 */
public record JenisRombel(String id) {
  public static final JenisRombel KELAS = new JenisRombel("1");
  public static final JenisRombel TEORI = new JenisRombel("2");
  public static final JenisRombel MAPEL_PILIHAN = new JenisRombel("16");
  public static final JenisRombel EKSTRAKURIKULER = new JenisRombel("51");

  public JenisRombel {
    id = CodeSupport.requireId(id, "jenis_rombel");
  }

  @JsonCreator
  public static JenisRombel of(String id) {
    return new JenisRombel(id);
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  /**
   * @return true for class rombel: {1, 8–14}
   */
  public boolean isClass() {
    int n = CodeSupport.asInt(id);
    return n == 1 || (n >= 8 && n <= 14);
  }

  /**
   * @return true for ekstrakurikuler (51)
   */
  public boolean isEkstrakurikuler() {
    return CodeSupport.asInt(id) == 51;
  }

  /**
   * @return true for elective-subject rombel (16)
   */
  public boolean isElective() {
    return CodeSupport.asInt(id) == 16;
  }

  @Override
  public String toString() {
    return id;
  }
}
