package id.sinkron.identifier;

import java.util.List;
import java.util.Optional;

/**
 * A valid NRG (Nomor Registrasi Guru), issued after certification.
 *
 * <p>The length is <strong>uncertain</strong>: NRGs are said to be 12 digits (DOMAIN.md §3.7, press
 * source only) and no structure is known, so this type checks only: 12 digits, not a {@linkplain
 * IdentifierProblem#PLACEHOLDER placeholder}. Treat its verdict as a strong hint, and expect the
 * length to change if an authoritative source says otherwise.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} shows the value masked only.
 *
 * @since 0.1
 */
public final class Nrg extends Identifier {
  /** Length of an NRG. */
  public static final int LENGTH = 12;

  private static final Spec<Nrg> SPEC = new Spec<>(IdentifierKind.NRG, Nrg::problems, Nrg::new);

  private Nrg(String value) {
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
   * Lists why {@code raw} is not a valid NRG. Never throws.
   *
   * @param raw the value as given; null or blank gives {@link IdentifierProblem#EMPTY}
   * @return the problems in {@link IdentifierProblem} order; a shared empty list when valid
   */
  public static List<IdentifierProblem> check(String raw) {
    return SPEC.check(raw);
  }

  /**
   * Whether {@code raw} is a valid NRG; same as {@code check(raw).isEmpty()}.
   *
   * @param raw the value as given; may be null
   * @return true when valid
   */
  public static boolean isValid(String raw) {
    return SPEC.isValid(raw);
  }

  /**
   * Parses an NRG, or returns empty when it is not valid.
   *
   * @param raw the value as given; may be null
   * @return the NRG, or empty
   */
  public static Optional<Nrg> tryParse(String raw) {
    return SPEC.tryParse(raw);
  }

  /**
   * Parses an NRG.
   *
   * @param raw the value as given
   * @return the NRG
   * @throws IdentifierFormatException when {@code raw} is null or not a valid NRG; its message
   *     shows the value masked
   */
  public static Nrg parse(String raw) {
    return SPEC.parse(raw);
  }

  private static int problems(String n) {
    return Digits.structure(n, LENGTH, LENGTH);
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.NRG;
  }
}
