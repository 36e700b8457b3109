package id.sinkron.compare;

import id.sinkron.check.Finding;
import id.sinkron.check.SubjectKind;
import java.util.Comparator;
import java.util.Objects;

/**
 * The stable identity of a finding across two checks of the same school: code, subject kind,
 * subject id (the Dapodik UUID) and field. It leaves out everything that a re-check may
 * legitimately change while the problem stays the same (the message text with its numbers, the
 * offending value, the order of rows) and nothing that names another problem. Two findings with the
 * same key in one report (the same rule firing twice on one subject and field) are matched in the
 * order of their messages.
 *
 * <p>Its text form {@code CODE|KIND|subjectId|field} is what the comparison JSON carries.
 *
 * @param code the stable code, e.g. {@code GTK-LOAD-BELOW-MIN}
 * @param subjectKind the subject's kind
 * @param subjectId the subject's Dapodik id
 * @param field the Dapodik field, or the empty string when the finding names none
 * @since 0.2
 */
public record FindingKey(String code, SubjectKind subjectKind, String subjectId, String field)
    implements Comparable<FindingKey> {
  private static final Comparator<FindingKey> ORDER =
      Comparator.comparing(FindingKey::code)
          .thenComparing(FindingKey::subjectKind)
          .thenComparing(FindingKey::subjectId)
          .thenComparing(FindingKey::field);

  /**
   * @throws NullPointerException if an argument is null
   */
  public FindingKey {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(subjectKind, "subjectKind");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(field, "field");
  }

  /**
   * @param f a finding
   * @return its key
   */
  public static FindingKey of(Finding f) {
    return new FindingKey(f.code(), f.subject().kind(), f.subject().id(), f.field().orElse(""));
  }

  @Override
  public int compareTo(FindingKey o) {
    return ORDER.compare(this, o);
  }

  /**
   * @return {@code CODE|KIND|subjectId|field}
   */
  @Override
  public String toString() {
    return code + "|" + subjectKind + "|" + subjectId + "|" + field;
  }
}
