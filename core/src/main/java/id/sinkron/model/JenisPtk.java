package id.sinkron.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Dapodik {@code jenis_ptk_id}: what kind of PTK a person is. The raw id is kept; unknown ids are
 * kept too (they answer {@code false} to every group question).
 *
 * <p>Groups (DOMAIN.md §4): teachers are guru kelas (3), guru mapel (4), guru BK (5), guru
 * pendamping khusus (6), guru pendamping/magang (12, 13), guru TIK (14), guru pengganti (15), guru
 * pembimbing khusus (16), instruktur kejuruan (17), kepala sekolah (20) and the SPK principal (57).
 *
 * @param id the raw Dapodik id, trimmed, never blank
 * @since 0.1
 */
public record JenisPtk(String id) implements Comparable<JenisPtk> {
  public static final JenisPtk GURU_KELAS = new JenisPtk("3");
  public static final JenisPtk GURU_MAPEL = new JenisPtk("4");
  public static final JenisPtk GURU_BK = new JenisPtk("5");
  public static final JenisPtk GURU_TIK = new JenisPtk("14");
  public static final JenisPtk TENAGA_ADMINISTRASI = new JenisPtk("11");
  public static final JenisPtk KEPALA_SEKOLAH = new JenisPtk("20");

  public JenisPtk {
    id = CodeSupport.requireId(id, "jenis_ptk_id");
  }

  /**
   * @return the id for a raw Dapodik value (number or string)
   */
  @JsonCreator
  public static JenisPtk of(String id) {
    return new JenisPtk(id);
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  private int n() {
    return CodeSupport.asInt(id);
  }

  /**
   * @return true for every teacher type, kepala sekolah included (RULES.md scope of teacher rules)
   */
  public boolean isTeacher() {
    switch (n()) {
      case 3:
      case 4:
      case 5:
      case 6:
      case 12:
      case 13:
      case 14:
      case 15:
      case 16:
      case 17:
      case 20:
      case 57:
        return true;
      default:
        return false;
    }
  }

  /**
   * @return true for kepala sekolah (20) and the SPK principal (57)
   */
  public boolean isKepalaSekolah() {
    int n = n();
    return n == 20 || n == 57;
  }

  /**
   * @return true for guru BK (5), whose load is counted in rombel served, not JTM
   */
  public boolean isGuruBk() {
    return n() == 5;
  }

  /**
   * @return true for guru TIK (14)
   */
  public boolean isGuruTik() {
    return n() == 14;
  }

  /**
   * @return true for Dapodik's "teacher without pembelajaran" set {3, 4, 6, 12, 13, 57}
   */
  public boolean mustHavePembelajaran() {
    switch (n()) {
      case 3:
      case 4:
      case 6:
      case 12:
      case 13:
      case 57:
        return true;
      default:
        return false;
    }
  }

  @Override
  public int compareTo(JenisPtk o) {
    return id.compareTo(o.id);
  }

  @Override
  public String toString() {
    return id;
  }
}
