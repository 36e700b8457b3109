package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something wrong with the input itself rather than with the school's data: a missing response, an
 * unreadable row, a Web Service error body, mixed semesters. Carried by the snapshot into the
 * report.
 *
 * <p>{@link #value()} is always masked when it is (or may be) an identifier; {@link #detail()}
 * never contains personal data.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInputProblem.class)
@JsonDeserialize(as = ImmutableInputProblem.class)
public interface InputProblem {
  InputProblemCode code();

  Optional<Endpoint> endpoint();

  /**
   * @return the file (dump) or URL path (live) the problem is in
   */
  Optional<String> file();

  /**
   * @return zero-based index of the row in {@code rows}
   */
  Optional<Integer> row();

  /**
   * @return the Dapodik field name, e.g. {@code tanggal_lahir}
   */
  Optional<String> field();

  /**
   * @return the offending value, masked where it could be personal data
   */
  Optional<String> value();

  /**
   * @return a technical detail in English (the server's reason for WS errors)
   */
  String detail();

  /**
   * @return a key of core's message bundle ({@code id.sinkron.check.messages}) whose text,
   *     formatted with {@link #reasonArgs()}, says in the report's language what {@link #detail()}
   *     says in English; empty when only the English detail exists
   * @since 0.2
   */
  Optional<String> reasonKey();

  /**
   * @return the arguments of {@link #reasonKey()} (no personal data)
   * @since 0.2
   */
  java.util.List<String> reasonArgs();

  /**
   * @return a one-line description naming file, row and field
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default String describe() {
    StringBuilder b = new StringBuilder(code().code());
    file().ifPresent(f -> b.append(" in ").append(f));
    row().ifPresent(r -> b.append(" row ").append(r));
    field().ifPresent(f -> b.append(" field ").append(f));
    value().ifPresent(v -> b.append(" value '").append(v).append('\''));
    b.append(": ").append(detail());
    return b.toString();
  }
}
