package id.sinkron.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.Period;
import org.immutables.value.Value;

/**
 * An age band: at least {@link #minMonths()} whole months old and at most {@link #maxYears()}
 * completed years. "SD 5.5–16" is {@code minMonths} 66, {@code maxYears} 16: a child of 5 years 6
 * months is inside, one of 5 years 5 months is not; one of 16 years 11 months is inside, one who
 * turned 17 is not.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgeBand.class)
@JsonDeserialize(as = ImmutableAgeBand.class)
public interface AgeBand {
  /**
   * @return the youngest age allowed, in whole months (inclusive)
   */
  int minMonths();

  /**
   * @return the oldest age allowed, in completed years (inclusive)
   */
  int maxYears();

  /**
   * @return whether someone born on {@code birthDate} is inside the band on {@code date}
   */
  default boolean contains(LocalDate birthDate, LocalDate date) {
    Period p = Period.between(birthDate, date);
    return p.toTotalMonths() >= minMonths() && p.getYears() <= maxYears();
  }

  /**
   * @return the band in years for messages, e.g. {@code 5,5–16}
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default String describeYears() {
    int m = minMonths();
    String min = m % 12 == 0 ? Integer.toString(m / 12) : (m / 12) + "," + (m % 12 * 10 / 12);
    return min + "–" + maxYears();
  }
}
