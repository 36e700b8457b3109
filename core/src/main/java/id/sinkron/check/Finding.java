package id.sinkron.check;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a school's data, with the fix. Message and fix are rendered in the check's
 * locale; identifiers in them are masked.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public interface Finding {
  /** Stable order: application, severity, subject kind, subject id, code, field, message. */
  Comparator<Finding> ORDER =
      Comparator.comparing(Finding::application)
          .thenComparing(Finding::severity)
          .thenComparing(f -> f.subject().kind())
          .thenComparing(f -> f.subject().id())
          .thenComparing(Finding::code)
          .thenComparing(f -> f.field().orElse(""))
          .thenComparing(Finding::message);

  /**
   * @return the stable code, e.g. {@code GTK-LOAD-BELOW-MIN}
   */
  String code();

  /**
   * @return the application whose prediction this is
   */
  Application application();

  /**
   * @return the severity
   */
  Severity severity();

  /**
   * @return what the finding is about (a teacher, a student, a rombel, the school …)
   */
  Subject subject();

  /**
   * @return the Dapodik field name, e.g. {@code nik}
   */
  Optional<String> field();

  /**
   * @return the offending value, masked where it is personal data
   */
  Optional<String> value();

  /**
   * @return the message's key in the validator's bundle
   */
  String messageKey();

  /**
   * @return the message arguments, already masked
   */
  List<String> arguments();

  /**
   * @return the rendered message
   */
  String message();

  /**
   * @return the rendered fix: what the operator does, and where
   */
  String fix();

  /**
   * @return the regulation or source behind the rule
   */
  Optional<String> reference();

  /**
   * @return how we know the application behaves so: the code's basis, or the more specific one the
   *     rule gave this finding (e.g. for an application variant)
   * @since 0.2
   */
  Basis basis();
}
