package id.sinkron.gtk;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import id.sinkron.check.Finding;
import id.sinkron.check.NotEvaluated;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Info GTK's predicted verdict for a school: one {@link TeacherAssessment} per teacher (PTK whose
 * {@code jenis_ptk_id} is a teacher type), in the snapshot's PTK order, plus every finding and
 * every rule not evaluated. This is the report's {@code details.INFO_GTK}; its JSON is {@code
 * {"teachers": [...]}} (the other accessors are not serialised).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGtkAssessment.class)
public interface GtkAssessment {
  /**
   * @return the teachers' assessments, in the snapshot's PTK order
   */
  List<TeacherAssessment> teachers();

  /**
   * @return the reference date of the assessment
   */
  @JsonIgnore
  LocalDate referenceDate();

  /**
   * @return the regulation profile's name
   */
  @JsonIgnore
  String profile();

  /**
   * @return whether certification and duty data were known (the supplement was given)
   */
  @JsonIgnore
  boolean ptkSupplementKnown();

  /**
   * @return every Info GTK finding of the school (teachers, staff, pembelajaran, school)
   */
  @JsonIgnore
  List<Finding> findings();

  /**
   * @return the rules (or rule × teacher) that could not be evaluated, with the reason
   */
  @JsonIgnore
  List<NotEvaluated> notEvaluated();

  /**
   * @return the assessment of the teacher with {@code ptkId}
   */
  default Optional<TeacherAssessment> teacher(String ptkId) {
    for (TeacherAssessment t : teachers()) {
      if (t.ptkId().equals(ptkId)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * @return the teachers predicted NOT_VALID
   */
  @JsonIgnore
  default List<TeacherAssessment> notValid() {
    return teachers().stream().filter(t -> t.status() == GtkStatus.NOT_VALID).toList();
  }
}
