package id.sinkron.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Dapodik {@code status_kepegawaian_id}: employment status. Raw id kept; unknown ids kept.
 *
 * <p>Groups (DOMAIN.md §4, reference/status_kepegawaian.tsv): PNS/CPNS = {1, 2, 3, 10}; PPPK = 11
 * (as the 2025 mirror of the reference table lists it); GTY/PTY = 4; ASN = PNS/CPNS or PPPK.
 *
 * @param id the raw Dapodik id, trimmed, never blank
 * @since 0.1
 */
public record StatusKepegawaian(String id) {
  public static final StatusKepegawaian PNS = new StatusKepegawaian("1");
  public static final StatusKepegawaian GTY_PTY = new StatusKepegawaian("4");
  public static final StatusKepegawaian GURU_HONOR_SEKOLAH = new StatusKepegawaian("8");
  public static final StatusKepegawaian CPNS = new StatusKepegawaian("10");
  public static final StatusKepegawaian PPPK = new StatusKepegawaian("11");

  public StatusKepegawaian {
    id = CodeSupport.requireId(id, "status_kepegawaian_id");
  }

  @JsonCreator
  public static StatusKepegawaian of(String id) {
    return new StatusKepegawaian(id);
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  /**
   * @return true for PNS and CPNS: {1, 2, 3, 10}
   */
  public boolean isPnsOrCpns() {
    int n = CodeSupport.asInt(id);
    return n == 1 || n == 2 || n == 3 || n == 10;
  }

  /**
   * @return true for PPPK (11)
   */
  public boolean isPppk() {
    return CodeSupport.asInt(id) == 11;
  }

  /**
   * @return true for civil servants of either kind (PNS/CPNS or PPPK): the statuses that carry a
   *     NIP
   */
  public boolean isAsn() {
    return isPnsOrCpns() || isPppk();
  }

  /**
   * @return true for GTY/PTY, permanent foundation staff (4)
   */
  public boolean isGtyPty() {
    return CodeSupport.asInt(id) == 4;
  }

  @Override
  public String toString() {
    return id;
  }
}
