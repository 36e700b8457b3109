package id.sinkron.identifier;

import java.util.List;
import java.util.Optional;

/**
 * A valid NSM (Nomor Statistik Madrasah), the 12-digit number of a madrasah registered with Kemenag
 * (SK Dirjen Pendis DJ.I/456A/2008, as quoted in {@code docs/evidence/emis-madrasah.md}): {@code
 * TTT S PP KK NNNN} = madrasah type ({@link JenisMadrasah}: 101 RA, 111 MI, 121 MTs, 131 MA),
 * status ({@code 1} negeri, {@code 2} swasta), province, kabupaten/kota, sequence.
 *
 * <p>Rules ({@link #check}), applied to the {@linkplain #normalize normalised} value: 12 digits;
 * not a {@linkplain IdentifierProblem#PLACEHOLDER placeholder}; a known type code ({@link
 * IdentifierProblem#UNKNOWN_TYPE}); status 1 or 2 ({@link IdentifierProblem#UNKNOWN_STATUS}). The
 * province and kabupaten/kota codes are exposed but not checked against a table: the SK's own code
 * list was not found, and whether it equals the Kemendagri list of {@link Provinsi} (the new Papua
 * provinces of 2022 are younger than the SK) is not confirmed. The sequence is not checked either.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} shows the value masked (an NSM is
 * not personal data, but every identifier of this package prints the same way).
 *
 * @since 0.2
 */
public final class Nsm extends Identifier {
  /** Length of an NSM. */
  public static final int LENGTH = 12;

  private static final Spec<Nsm> SPEC = new Spec<>(IdentifierKind.NSM, Nsm::problems, Nsm::new);

  private Nsm(String value) {
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
   * Lists why {@code raw} is not a valid NSM. Never throws.
   *
   * @param raw the value as given; null or blank gives {@link IdentifierProblem#EMPTY}
   * @return the problems in {@link IdentifierProblem} order; a shared empty list when valid
   */
  public static List<IdentifierProblem> check(String raw) {
    return SPEC.check(raw);
  }

  /**
   * Whether {@code raw} is a valid NSM; same as {@code check(raw).isEmpty()}.
   *
   * @param raw the value as given; may be null
   * @return true when valid
   */
  public static boolean isValid(String raw) {
    return SPEC.isValid(raw);
  }

  /**
   * Parses an NSM, or returns empty when it is not valid.
   *
   * @param raw the value as given; may be null
   * @return the NSM, or empty
   */
  public static Optional<Nsm> tryParse(String raw) {
    return SPEC.tryParse(raw);
  }

  /**
   * Parses an NSM.
   *
   * @param raw the value as given
   * @return the NSM
   * @throws IdentifierFormatException when {@code raw} is null or not a valid NSM; its message
   *     shows the value masked
   */
  public static Nsm parse(String raw) {
    return SPEC.parse(raw);
  }

  /** The problems of a normalised value as a bit mask; 0 when valid. Also used by {@link Nism}. */
  static int problems(String n) {
    int mask = Digits.structure(n, LENGTH, LENGTH);
    if (mask != 0) {
      return mask;
    }
    return segments(n);
  }

  /** Type and status of the first 12 digits of a digit string of at least 12 digits. */
  static int segments(String n) {
    int mask = 0;
    if (JenisMadrasah.ofCode(Digits.number(n, 0, 3)).isEmpty()) {
      mask |= Digits.UNKNOWN_TYPE;
    }
    char status = n.charAt(3);
    if (status != '1' && status != '2') {
      mask |= Digits.UNKNOWN_STATUS;
    }
    return mask;
  }

  /**
   * The madrasah type (digits 1–3).
   *
   * @return the type
   */
  public JenisMadrasah jenis() {
    return JenisMadrasah.ofCode(Digits.number(value, 0, 3)).orElseThrow();
  }

  /**
   * Whether the madrasah is negeri (digit 4 is {@code 1}); swasta otherwise.
   *
   * @return true for negeri
   */
  public boolean isNegeri() {
    return value.charAt(3) == '1';
  }

  /**
   * The status digit as Dapodik's {@code status_sekolah} writes it.
   *
   * @return {@code "1"} negeri or {@code "2"} swasta
   */
  public String statusCode() {
    return value.substring(3, 4);
  }

  /**
   * The province code (digits 5–6); not checked against a table.
   *
   * @return e.g. {@code "32"}
   */
  public String provinceCode() {
    return value.substring(4, 6);
  }

  /**
   * The kabupaten/kota code (digits 5–8, province included); not checked against a table.
   *
   * @return e.g. {@code "3205"}
   */
  public String regencyCode() {
    return value.substring(4, 8);
  }

  /**
   * The sequence number within the kabupaten/kota (digits 9–12).
   *
   * @return e.g. {@code "0041"}
   */
  public String sequence() {
    return value.substring(8, 12);
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.NSM;
  }
}
