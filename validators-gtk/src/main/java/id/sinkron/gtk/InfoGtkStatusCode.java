package id.sinkron.gtk;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The Info GTK status codes Sinkron predicts (DOMAIN.md §5.4; press sources, which differ
 * slightly). Serialised as the two-digit code ({@code "02"}).
 *
 * @since 0.1
 */
public enum InfoGtkStatusCode {
  /** 01: load not linear with the certificate (GTK-NOT-LINEAR blocker). */
  NOT_LINEAR("01"),
  /** 02: recognised load below the minimum (GTK-LOAD-BELOW-MIN). */
  LOAD_BELOW_MIN("02"),
  /** 04: not certified, or certification/NRG data incomplete or duplicated (GTK-CERT-*). */
  NOT_CERTIFIED("04"),
  /** 06: inactive or at retirement age (GTK-RETIREMENT-AGE). */
  RETIREMENT_AGE("06");

  private final String code;

  InfoGtkStatusCode(String code) {
    this.code = code;
  }

  /**
   * @return the two-digit Info GTK code
   */
  @JsonValue
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
