package id.sinkron.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dapodik {@code semester_id}: {@code YYYY} + {@code 1} (ganjil, July–December) or {@code 2}
 * (genap, January–June); {@code "20251"} is tahun ajaran 2025/2026, semester ganjil.
 *
 * @param value the five-character id
 * @since 0.1
 */
public record SemesterId(String value) implements Comparable<SemesterId> {

  /**
   * @throws NullPointerException if value is null
   * @throws IllegalArgumentException if value is not {@code YYYY1} or {@code YYYY2}
   */
  public SemesterId {
    value = value.strip();
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("semester_id must be YYYY1 or YYYY2, was '" + value + "'");
    }
  }

  @JsonCreator
  public static SemesterId of(String value) {
    return new SemesterId(value);
  }

  /**
   * @return the semester id, or empty when the text is not a well-formed semester id
   */
  public static Optional<SemesterId> tryParse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String t = value.strip();
    return isWellFormed(t) ? Optional.of(new SemesterId(t)) : Optional.empty();
  }

  /**
   * @return the ganjil semester of the tahun ajaran running on {@code date} (July starts a year)
   */
  public static SemesterId ofDate(LocalDate date) {
    int year = date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1;
    int sem = date.getMonthValue() >= 7 ? 1 : 2;
    return new SemesterId(year + "" + sem);
  }

  private static boolean isWellFormed(String v) {
    if (v.length() != 5) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return v.charAt(4) == '1' || v.charAt(4) == '2';
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /**
   * @return the year the tahun ajaran starts ({@code 2025} for 2025/2026)
   */
  public int tahunAjaranStart() {
    return Integer.parseInt(value.substring(0, 4));
  }

  /**
   * @return the tahun ajaran as {@code "2025/2026"}
   */
  public String tahunAjaran() {
    int y = tahunAjaranStart();
    return y + "/" + (y + 1);
  }

  /**
   * @return true for semester ganjil (July–December)
   */
  public boolean isGanjil() {
    return value.charAt(4) == '1';
  }

  @Override
  public int compareTo(SemesterId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
