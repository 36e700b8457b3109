package id.sinkron.gtk;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One pembelajaran of a teacher with its weekly hours and whether they count (and if not, why).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTeachingHours.class)
public interface TeachingHours {
  String pembelajaranId();

  String rombonganBelajarId();

  /**
   * @return the rombel's name ("VII A")
   */
  String rombelNama();

  Optional<String> mataPelajaranId();

  Optional<String> namaMataPelajaran();

  /**
   * @return {@code jam_mengajar_per_minggu}; 0 when missing
   */
  int jtm();

  /**
   * @return whether the row is a sub-subject ({@code induk_pembelajaran_id} set)
   */
  boolean subMapel();

  /**
   * @return why the hours do not count; empty when they count
   */
  Optional<HoursExclusion> excluded();

  /**
   * @return whether the hours count toward the recognised load
   */
  @Value.Derived
  default boolean counted() {
    return excluded().isEmpty();
  }

  /**
   * @return the curriculum allocation of this row's (rombel, mapel), summed over every teacher;
   *     empty when the hours do not count or the allocation table cannot judge them
   * @since 0.2
   */
  Optional<Integer> curriculumMaxJtm();

  /**
   * @return hours of this row not recognised because the (rombel, mapel) exceeds the curriculum
   *     allocation (GTK-HOURS-ABOVE-CURRICULUM); 0 when none
   * @since 0.2
   */
  @Value.Default
  default int aboveCurriculumJtm() {
    return 0;
  }

  /**
   * @return the hours Info GTK recognises of this row: its hours less those above the curriculum
   *     allocation when it counts, 0 when it does not
   * @since 0.2
   */
  @Value.Derived
  default int recognisedJtm() {
    return counted() ? Math.max(0, jtm() - aboveCurriculumJtm()) : 0;
  }
}
