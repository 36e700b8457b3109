package id.sinkron.identifier;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by the {@code parse} methods of this package when a value is not a valid identifier.
 *
 * <p>The message names the {@link #kind() kind}, the {@link #reason() reason} and the value
 * <em>masked</em> ({@link Masking#maskIdentifier}); it never contains the identifier's digits, so
 * it is safe to log. Callers who expect invalid data should call {@code check} or {@code tryParse}
 * instead: invalid data is a result, not an exception.
 *
 * @since 0.1
 */
public final class IdentifierFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The identifier type that was parsed. */
  private final IdentifierKind kind;

  /** The problems, non-empty and immutable. */
  private final List<IdentifierProblem> problems;

  IdentifierFormatException(
      IdentifierKind kind, List<IdentifierProblem> problems, String normalized) {
    super(message(kind, problems, normalized));
    this.kind = Objects.requireNonNull(kind, "kind");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problem to report");
    }
    this.problems = List.copyOf(problems);
  }

  private static String message(
      IdentifierKind kind, List<IdentifierProblem> problems, String normalized) {
    String shown =
        normalized == null || normalized.isEmpty()
            ? "empty"
            : "\"" + Masking.maskIdentifier(normalized) + "\"";
    return "Invalid " + kind + " (" + (problems.isEmpty() ? "?" : problems.get(0)) + "): " + shown;
  }

  /**
   * The identifier type that was being parsed.
   *
   * @return the kind, never null
   */
  public IdentifierKind kind() {
    return kind;
  }

  /**
   * The first, most basic problem.
   *
   * @return {@code problems().get(0)}
   */
  public IdentifierProblem reason() {
    return problems.get(0);
  }

  /**
   * All problems found, in {@link IdentifierProblem} order.
   *
   * @return an immutable, non-empty list
   */
  public List<IdentifierProblem> problems() {
    return problems;
  }
}
