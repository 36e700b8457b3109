package id.sinkron.arkas;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The ARKAS per-application option: count BOSP students at this cut-off instead of the profile's
 * cut-off in the snapshot's tahun ajaran. Set it as an extra of the check's options.
 *
 * <pre>{@code
 * CheckOptions o = CheckOptions.builder()
 *     .referenceDate(LocalDate.of(2025, 8, 1))
 *     .putExtras(BospCutOff.class, new BospCutOff(LocalDate.of(2025, 9, 30)))
 *     .build();
 * BospCount c = Arkas.count(school, o);
 * }</pre>
 *
 * @param date the cut-off date
 * @since 0.2
 */
public record BospCutOff(LocalDate date) {
  /**
   * @throws NullPointerException if date is null
   */
  public BospCutOff {
    Objects.requireNonNull(date, "date");
  }
}
