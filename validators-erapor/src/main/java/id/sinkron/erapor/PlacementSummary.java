package id.sinkron.erapor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Counts of active students by {@link PlacementStatus}.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlacementSummary.class)
@JsonDeserialize(as = ImmutablePlacementSummary.class)
public interface PlacementSummary {
  /**
   * @return students in getPesertaDidik who have not left by the reference date
   */
  int activeStudents();

  int placed();

  int noRombel();

  int multiRombel();

  /**
   * @return students whose only class rombel the variant does not pull
   * @since 0.2
   */
  @Value.Default
  default int rombelNotPulled() {
    return 0;
  }

  /**
   * @return all counts zero
   */
  static PlacementSummary empty() {
    return ImmutablePlacementSummary.builder()
        .activeStudents(0)
        .placed(0)
        .noRombel(0)
        .multiRombel(0)
        .build();
  }
}
