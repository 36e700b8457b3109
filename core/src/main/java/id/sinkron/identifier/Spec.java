package id.sinkron.identifier;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What one identifier kind needs for the static API every type of this package offers: its kind,
 * its problem check over a normalised value (a bit mask of {@link IdentifierProblem}s, see {@link
 * Digits}) and its constructor. Each public static method of an identifier type is a one-line
 * delegate to its {@code SPEC}, so normalisation, the mask-to-list conversion and the exception
 * live here once.
 *
 * <p>Package-private; immutable and thread-safe. Held in a {@code static final} field, so the JIT
 * sees one exact problem function per call site and inlines it.
 *
 * @param <T> the identifier type
 */
final class Spec<T extends Identifier> {
  private final IdentifierKind kind;
  private final ToIntFunction<String> problems;
  private final Function<String, T> constructor;

  /**
   * @param kind the kind named in {@link IdentifierFormatException}
   * @param problems the problems of a normalised value as a bit mask; 0 when valid
   * @param constructor builds an instance from a valid normalised value
   */
  Spec(IdentifierKind kind, ToIntFunction<String> problems, Function<String, T> constructor) {
    this.kind = kind;
    this.problems = problems;
    this.constructor = constructor;
  }

  /** Removes spaces, dots and dashes ({@link Digits#normalize}). */
  static String normalize(String raw) {
    return Digits.normalize(raw);
  }

  /** The problems of {@code raw} as a list in enum order; never throws. */
  List<IdentifierProblem> check(String raw) {
    return Digits.toList(problems.applyAsInt(Digits.normalize(raw)));
  }

  /** Whether {@code raw} has no problem. */
  boolean isValid(String raw) {
    return problems.applyAsInt(Digits.normalize(raw)) == 0;
  }

  /** The identifier, or empty when {@code raw} has a problem. */
  Optional<T> tryParse(String raw) {
    String n = Digits.normalize(raw);
    return problems.applyAsInt(n) == 0 ? Optional.of(constructor.apply(n)) : Optional.empty();
  }

  /** The identifier; throws {@link IdentifierFormatException} (value masked) when invalid. */
  T parse(String raw) {
    String n = Digits.normalize(raw);
    int mask = problems.applyAsInt(n);
    if (mask != 0) {
      throw new IdentifierFormatException(kind, Digits.toList(mask), n);
    }
    return constructor.apply(n);
  }
}
