package id.sinkron.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Dapodik {@code bentuk_pendidikan_id}. Raw id kept; unknown ids map to {@link Jenjang#OTHER}.
 *
 * <p>Groups (DOMAIN.md §4): SD-like {5 SD, 7 SDLB, 38, 53}; SMP-like {6 SMP, 8 SMPLB, 36, 54};
 * SMA-like {13 SMA, 14 SMALB, 37, 44, 55}; SMK {15}; SLB {29}.
 *
 * @param id the raw Dapodik id, trimmed, never blank
 * @since 0.1
 */
public record BentukPendidikan(String id) {
  public static final BentukPendidikan SD = new BentukPendidikan("5");
  public static final BentukPendidikan SMP = new BentukPendidikan("6");
  public static final BentukPendidikan SMA = new BentukPendidikan("13");
  public static final BentukPendidikan SMK = new BentukPendidikan("15");
  public static final BentukPendidikan SLB = new BentukPendidikan("29");

  public BentukPendidikan {
    id = CodeSupport.requireId(id, "bentuk_pendidikan_id");
  }

  @JsonCreator
  public static BentukPendidikan of(String id) {
    return new BentukPendidikan(id);
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  /**
   * @return the level group of this bentuk pendidikan
   */
  public Jenjang jenjang() {
    switch (CodeSupport.asInt(id)) {
      case 5:
      case 7:
      case 38:
      case 53:
        return Jenjang.SD;
      case 6:
      case 8:
      case 36:
      case 54:
        return Jenjang.SMP;
      case 13:
      case 14:
      case 37:
      case 44:
      case 55:
        return Jenjang.SMA;
      case 15:
        return Jenjang.SMK;
      case 29:
        return Jenjang.SLB;
      default:
        return Jenjang.OTHER;
    }
  }

  /**
   * @return true for special-needs forms (SDLB 7, SMPLB 8, SMALB 14, SLB 29)
   */
  public boolean isLuarBiasa() {
    int n = CodeSupport.asInt(id);
    return n == 7 || n == 8 || n == 14 || n == 29;
  }

  @Override
  public String toString() {
    return id;
  }
}
