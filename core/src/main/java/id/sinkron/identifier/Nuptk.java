package id.sinkron.identifier;

import java.util.List;
import java.util.Optional;

/**
 * A valid NUPTK (Nomor Unik Pendidik dan Tenaga Kependidikan), the permanent, opaque 16-digit
 * number of a teacher or education staff member.
 *
 * <p>Rules ({@link #check}), applied to the {@linkplain #normalize normalised} value: 16 digits,
 * not a {@linkplain IdentifierProblem#PLACEHOLDER placeholder}. Old temporary numbers (prefix
 * {@code 9999}, {@code 9000}, {@code 9898}) are valid here; {@link #isTemporary()} flags them for a
 * warning.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} shows the value masked only.
 *
 * @since 0.1
 */
public final class Nuptk extends Identifier {
  /** Length of an NUPTK. */
  public static final int LENGTH = 16;

  private static final Spec<Nuptk> SPEC =
      new Spec<>(IdentifierKind.NUPTK, Nuptk::problems, Nuptk::new);

  private Nuptk(String value) {
    super(value);
  }

  /**
   * Removes spaces, dots and dashes; every other character is kept (and then reported as {@link
   * IdentifierProblem#NOT_DIGITS}).
   *
   * @param raw the value as given; null gives {@code ""}
   * @return the normalised value
   */
  public static String normalize(String raw) {
    return Spec.normalize(raw);
  }

  /**
   * Lists why {@code raw} is not a valid NUPTK. Never throws.
   *
   * @param raw the value as given; null or blank gives {@link IdentifierProblem#EMPTY}
   * @return the problems in {@link IdentifierProblem} order; a shared empty list when valid
   */
  public static List<IdentifierProblem> check(String raw) {
    return SPEC.check(raw);
  }

  /**
   * Whether {@code raw} is a valid NUPTK; same as {@code check(raw).isEmpty()}.
   *
   * @param raw the value as given; may be null
   * @return true when valid
   */
  public static boolean isValid(String raw) {
    return SPEC.isValid(raw);
  }

  /**
   * Parses a NUPTK, or returns empty when it is not valid.
   *
   * @param raw the value as given; may be null
   * @return the NUPTK, or empty
   */
  public static Optional<Nuptk> tryParse(String raw) {
    return SPEC.tryParse(raw);
  }

  /**
   * Parses a NUPTK.
   *
   * @param raw the value as given
   * @return the NUPTK
   * @throws IdentifierFormatException when {@code raw} is null or not a valid NUPTK; its message
   *     shows the value masked
   */
  public static Nuptk parse(String raw) {
    return SPEC.parse(raw);
  }

  private static int problems(String n) {
    return Digits.structure(n, LENGTH, LENGTH);
  }

  /**
   * Whether this looks like an old temporary number (prefix {@code 9999}, {@code 9000} or {@code
   * 9898}): warn only.
   *
   * @return true for those prefixes
   */
  public boolean isTemporary() {
    return value.startsWith("9999") || value.startsWith("9000") || value.startsWith("9898");
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.NUPTK;
  }
}
