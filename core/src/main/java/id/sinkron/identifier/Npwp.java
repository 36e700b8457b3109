package id.sinkron.identifier;

import java.util.List;
import java.util.Optional;

/**
 * A valid NPWP (Nomor Pokok Wajib Pajak), the Indonesian taxpayer number, in one of its forms:
 *
 * <ul>
 *   <li>legacy, 15 digits {@code XX.XXX.XXX.X-XXX.XXX}: taxpayer type 2, taxpayer 6, a Luhn check
 *       digit over the first 9 (the 9th digit is the check digit), tax office 3, branch 3;
 *   <li>since 2024, 16 digits: a citizen's NIK (validated as a {@link Nik}, its problems reported
 *       as such), or {@code 0} followed by the legacy 15 (Luhn over the first 10).
 * </ul>
 *
 * <p>The algorithm follows python-stdnum's {@code stdnum/id/npwp.py}. Rules ({@link #check}),
 * applied to the {@linkplain #normalize normalised} value: 15 or 16 digits, not a {@linkplain
 * IdentifierProblem#PLACEHOLDER placeholder} (the common "no NPWP" filler {@code
 * 00.000.000.0-000.000} passes Luhn but is rejected as a placeholder), then the check digit or the
 * NIK rules. Dapodik's PTK column and ARKAS take 15 digits: see {@link #legacyValue()}.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} shows the value masked only.
 *
 * @since 0.1
 */
public final class Npwp extends Identifier {
  /** Length of a legacy NPWP. */
  public static final int LEGACY_LENGTH = 15;

  /** Length of an NPWP since 2024. */
  public static final int LENGTH = 16;

  private static final Spec<Npwp> SPEC = new Spec<>(IdentifierKind.NPWP, Npwp::problems, Npwp::new);

  private Npwp(String value) {
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
   * Lists why {@code raw} is not a valid NPWP. Never throws.
   *
   * @param raw the value as given; null or blank gives {@link IdentifierProblem#EMPTY}
   * @return the problems in {@link IdentifierProblem} order; a shared empty list when valid
   */
  public static List<IdentifierProblem> check(String raw) {
    return SPEC.check(raw);
  }

  /**
   * Whether {@code raw} is a valid NPWP; same as {@code check(raw).isEmpty()}.
   *
   * @param raw the value as given; may be null
   * @return true when valid
   */
  public static boolean isValid(String raw) {
    return SPEC.isValid(raw);
  }

  /**
   * Parses an NPWP, or returns empty when it is not valid.
   *
   * @param raw the value as given; may be null
   * @return the NPWP, or empty
   */
  public static Optional<Npwp> tryParse(String raw) {
    return SPEC.tryParse(raw);
  }

  /**
   * Parses an NPWP.
   *
   * @param raw the value as given
   * @return the NPWP
   * @throws IdentifierFormatException when {@code raw} is null or not a valid NPWP; its message
   *     shows the value masked
   */
  public static Npwp parse(String raw) {
    return SPEC.parse(raw);
  }

  private static int problems(String n) {
    int mask = Digits.structure(n, LEGACY_LENGTH, LENGTH);
    if (mask != 0) {
      return mask;
    }
    if (n.length() == LENGTH && n.charAt(0) != '0') {
      return Nik.problems(n);
    }
    return Digits.luhn(n, n.length() == LENGTH ? 10 : 9) ? 0 : Digits.BAD_CHECKSUM;
  }

  /**
   * Whether this is a 16-digit NPWP that is a citizen's NIK.
   *
   * @return true for the NIK form
   */
  public boolean isNikBased() {
    return value.length() == LENGTH && value.charAt(0) != '0';
  }

  /**
   * The legacy 15-digit form, as Dapodik's PTK column (CHAR(15)) and ARKAS expect it.
   *
   * @return the value itself for a legacy NPWP, without the leading {@code 0} for a 16-digit one;
   *     empty for a NIK-based NPWP, which has no 15-digit form
   */
  public Optional<String> legacyValue() {
    if (value.length() == LEGACY_LENGTH) {
      return Optional.of(value);
    }
    return isNikBased() ? Optional.empty() : Optional.of(value.substring(1));
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.NPWP;
  }
}
