package id.sinkron.identifier;

import java.util.List;
import java.util.Optional;

/**
 * A valid NISN (Nomor Induk Siswa Nasional), the 10-digit national student number. There is no
 * check digit and no known structure beyond a habit: the first three digits usually equal the last
 * three of the birth year ({@code 009…} for 2009), see {@link #birthYearHint()}.
 *
 * <p>Rules ({@link #check}), applied to the {@linkplain #normalize normalised} value: 10 digits,
 * not a {@linkplain IdentifierProblem#PLACEHOLDER placeholder} (one digit repeated, {@code
 * 0123456789}, {@code 1234567890}, or any other ascending run). Whether a NISN is missing or
 * duplicated is for the rules to decide, not this type.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} shows the value masked only.
 *
 * @since 0.1
 */
public final class Nisn extends Identifier {
  /** Length of a NISN. */
  public static final int LENGTH = 10;

  private static final Spec<Nisn> SPEC = new Spec<>(IdentifierKind.NISN, Nisn::problems, Nisn::new);

  private Nisn(String value) {
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
   * Lists why {@code raw} is not a valid NISN. Never throws.
   *
   * @param raw the value as given; null or blank gives {@link IdentifierProblem#EMPTY}
   * @return the problems in {@link IdentifierProblem} order; a shared empty list when valid
   */
  public static List<IdentifierProblem> check(String raw) {
    return SPEC.check(raw);
  }

  /**
   * Whether {@code raw} is a valid NISN; same as {@code check(raw).isEmpty()}.
   *
   * @param raw the value as given; may be null
   * @return true when valid
   */
  public static boolean isValid(String raw) {
    return SPEC.isValid(raw);
  }

  /**
   * Parses a NISN, or returns empty when it is not valid.
   *
   * @param raw the value as given; may be null
   * @return the NISN, or empty
   */
  public static Optional<Nisn> tryParse(String raw) {
    return SPEC.tryParse(raw);
  }

  /**
   * Parses a NISN.
   *
   * @param raw the value as given
   * @return the NISN
   * @throws IdentifierFormatException when {@code raw} is null or not a valid NISN; its message
   *     shows the value masked
   */
  public static Nisn parse(String raw) {
    return SPEC.parse(raw);
  }

  private static int problems(String n) {
    return Digits.structure(n, LENGTH, LENGTH);
  }

  /**
   * The first three digits, which usually equal the last three digits of the birth year. A
   * heuristic only: mismatches are valid NISNs (DOMAIN.md §3.2), so use it for a warning at most.
   *
   * @return 0–999, e.g. {@code 9} for {@code 009…}
   */
  public int birthYearHint() {
    return Digits.number(value, 0, 3);
  }

  /**
   * Whether the {@linkplain #birthYearHint() hint} agrees with a birth year (warn-only heuristic,
   * not a validity rule).
   *
   * @param year a four-digit birth year, e.g. 2009
   * @return true when {@code year % 1000 == birthYearHint()}
   */
  public boolean matchesBirthYear(int year) {
    return Math.floorMod(year, 1000) == birthYearHint();
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.NISN;
  }
}
