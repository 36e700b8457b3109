package id.sinkron.identifier;

import java.util.List;
import java.util.Optional;

/**
 * A valid NISM (Nomor Induk Siswa Madrasah), 18 digits (Kepdirjen Pendis 363/2017, as quoted in
 * {@code docs/evidence/emis-madrasah.md}): the madrasah's 12-digit {@link Nsm}, two digits of the
 * entry year, and a 4-digit number that restarts at {@code 0001} each year.
 *
 * <p>Rules ({@link #check}), applied to the {@linkplain #normalize normalised} value: 18 digits;
 * not a {@linkplain IdentifierProblem#PLACEHOLDER placeholder}, nor one in its NSM part; the NSM
 * part's type and status codes as for {@link Nsm} ({@link IdentifierProblem#UNKNOWN_TYPE}, {@link
 * IdentifierProblem#UNKNOWN_STATUS}); the number not {@code 0000} ({@link
 * IdentifierProblem#ZERO_SERIAL}). The entry year can be any two digits. A NISM is personal data:
 * it prints masked only.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} shows the value masked only.
 *
 * @since 0.2
 */
public final class Nism extends Identifier {
  /** Length of a NISM. */
  public static final int LENGTH = 18;

  private static final Spec<Nism> SPEC = new Spec<>(IdentifierKind.NISM, Nism::problems, Nism::new);

  private Nism(String value) {
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
   * Lists why {@code raw} is not a valid NISM. Never throws.
   *
   * @param raw the value as given; null or blank gives {@link IdentifierProblem#EMPTY}
   * @return the problems in {@link IdentifierProblem} order; a shared empty list when valid
   */
  public static List<IdentifierProblem> check(String raw) {
    return SPEC.check(raw);
  }

  /**
   * Whether {@code raw} is a valid NISM; same as {@code check(raw).isEmpty()}.
   *
   * @param raw the value as given; may be null
   * @return true when valid
   */
  public static boolean isValid(String raw) {
    return SPEC.isValid(raw);
  }

  /**
   * Parses a NISM, or returns empty when it is not valid.
   *
   * @param raw the value as given; may be null
   * @return the NISM, or empty
   */
  public static Optional<Nism> tryParse(String raw) {
    return SPEC.tryParse(raw);
  }

  /**
   * Parses a NISM.
   *
   * @param raw the value as given
   * @return the NISM
   * @throws IdentifierFormatException when {@code raw} is null or not a valid NISM; its message
   *     shows the value masked
   */
  public static Nism parse(String raw) {
    return SPEC.parse(raw);
  }

  private static int problems(String n) {
    int mask = Digits.structure(n, LENGTH, LENGTH);
    if (mask != 0) {
      return mask;
    }
    if (Digits.isPlaceholder(n, Nsm.LENGTH)) {
      return Digits.PLACEHOLDER;
    }
    mask = Nsm.segments(n);
    if (Digits.number(n, 14, 4) == 0) {
      mask |= Digits.ZERO_SERIAL;
    }
    return mask;
  }

  /**
   * The madrasah's NSM (digits 1–12).
   *
   * @return the NSM
   */
  public Nsm nsm() {
    return Nsm.parse(value.substring(0, Nsm.LENGTH));
  }

  /**
   * The two-digit entry year (digits 13–14); the century is not encoded.
   *
   * @return 0–99
   */
  public int entryYearTwoDigits() {
    return Digits.number(value, 12, 2);
  }

  /**
   * The number within the entry year (digits 15–18).
   *
   * @return 1–9999
   */
  public int number() {
    return Digits.number(value, 14, 4);
  }

  /**
   * Whether this NISM was issued by the madrasah of {@code nsm}.
   *
   * @param nsm the madrasah's NSM
   * @return true when the first 12 digits are {@code nsm}
   */
  public boolean belongsTo(Nsm nsm) {
    return value.startsWith(nsm.value());
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.NISM;
  }
}
