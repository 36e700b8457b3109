package id.sinkron.identifier;

import java.util.List;
import java.util.Optional;

/**
 * A valid NPSN (Nomor Pokok Sekolah Nasional), the 8-digit school number. It has no known
 * structure.
 *
 * <p>Rules ({@link #check}), applied to the {@linkplain #normalize normalised} value: 8 digits, not
 * a {@linkplain IdentifierProblem#PLACEHOLDER placeholder}. A letter is {@link
 * IdentifierProblem#NOT_DIGITS}, also for a madrasah: the letter forms are non-formal units ({@code
 * P} + 7 digits for PKBM/SKB, {@code K} + 7 digits for LKP, per the format constraint of Wikidata
 * property P4128 and its note), while schools and madrasah (TK/RA to SMA/MA) have 8 digits. The one
 * madrasah importer that accepts {@code [A-Z0-9]{8}} (docs/evidence/emis-madrasah.md) was not
 * backed by any lettered madrasah NPSN; ARKAS rejects letters too. Revisit if a real one turns up.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} shows the value masked.
 *
 * @since 0.1
 */
public final class Npsn extends Identifier {
  /** Length of an NPSN. */
  public static final int LENGTH = 8;

  private static final Spec<Npsn> SPEC = new Spec<>(IdentifierKind.NPSN, Npsn::problems, Npsn::new);

  private Npsn(String value) {
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
   * Lists why {@code raw} is not a valid NPSN. Never throws.
   *
   * @param raw the value as given; null or blank gives {@link IdentifierProblem#EMPTY}
   * @return the problems in {@link IdentifierProblem} order; a shared empty list when valid
   */
  public static List<IdentifierProblem> check(String raw) {
    return SPEC.check(raw);
  }

  /**
   * Whether {@code raw} is a valid NPSN; same as {@code check(raw).isEmpty()}.
   *
   * @param raw the value as given; may be null
   * @return true when valid
   */
  public static boolean isValid(String raw) {
    return SPEC.isValid(raw);
  }

  /**
   * Parses an NPSN, or returns empty when it is not valid.
   *
   * @param raw the value as given; may be null
   * @return the NPSN, or empty
   */
  public static Optional<Npsn> tryParse(String raw) {
    return SPEC.tryParse(raw);
  }

  /**
   * Parses an NPSN.
   *
   * @param raw the value as given
   * @return the NPSN
   * @throws IdentifierFormatException when {@code raw} is null or not a valid NPSN; its message
   *     shows the value masked
   */
  public static Npsn parse(String raw) {
    return SPEC.parse(raw);
  }

  private static int problems(String n) {
    return Digits.structure(n, LENGTH, LENGTH);
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.NPSN;
  }
}
