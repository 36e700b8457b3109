package id.sinkron.arkas;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * ARKAS's deltas between two checks of a school ({@code comparison.details(ARKAS,
 * BospChanges.class)}): the countable students before and after, and each student who entered or
 * left the count, with where they stood on each side and why. Students appear by {@code
 * peserta_didik_id} and masked name only.
 *
 * @param countableBefore students BOSP funds in the first snapshot
 * @param countableAfter students BOSP funds in the second snapshot
 * @param entered students counted after but not before, in the second snapshot's order
 * @param left students counted before but not after, in the first snapshot's order
 * @since 0.2
 */
public record BospChanges(
    int countableBefore,
    int countableAfter,
    List<StudentChange> entered,
    List<StudentChange> left) {
  /** Copies the lists. */
  public BospChanges {
    entered = List.copyOf(entered);
    left = List.copyOf(left);
  }

  /**
   * @return countable after minus before
   */
  public int delta() {
    return countableAfter - countableBefore;
  }

  /** Where a student stands in one count. */
  public enum Standing {
    /** Counted. */
    COUNTED,
    /** Active at the cut-off but excluded (see the reasons). */
    EXCLUDED,
    /** In the snapshot but not active at the cut-off (left before it). */
    NOT_ACTIVE,
    /** Not in the snapshot at all (deleted, moved to another school, or not yet entered). */
    ABSENT
  }

  /**
   * One student entering or leaving the count.
   *
   * @param pesertaDidikId the student's id
   * @param maskedName the student's masked name
   * @param before where the student stood in the first count
   * @param reasonsBefore why excluded in the first count (empty unless {@link Standing#EXCLUDED})
   * @param after where the student stands in the second count
   * @param reasonsAfter why excluded in the second count (empty unless {@link Standing#EXCLUDED})
   */
  public record StudentChange(
      String pesertaDidikId,
      String maskedName,
      Standing before,
      Set<ExclusionReason> reasonsBefore,
      Standing after,
      Set<ExclusionReason> reasonsAfter) {
    /** Copies the sets. */
    public StudentChange {
      Objects.requireNonNull(pesertaDidikId, "pesertaDidikId");
      Objects.requireNonNull(maskedName, "maskedName");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      reasonsBefore = Set.copyOf(reasonsBefore);
      reasonsAfter = Set.copyOf(reasonsAfter);
    }
  }
}
