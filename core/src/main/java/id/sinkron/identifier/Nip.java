package id.sinkron.identifier;

import id.sinkron.model.JenisKelamin;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A valid NIP (Nomor Induk Pegawai) of an ASN, 18 digits in one of two {@linkplain NipForm forms}:
 *
 * <ul>
 *   <li>{@link NipForm#PNS} (Perka BKN 22/2007): birth date {@code YYYYMMDD}, TMT CPNS {@code
 *       YYYYMM}, sex {@code 1} male / {@code 2} female, serial {@code 001}–{@code 999};
 *   <li>{@link NipForm#PPPK}: birth date {@code YYYYMMDD}, TMT year {@code YYYY}, {@code 2} (PPPK
 *       marker), intake frequency {@code 1}–{@code 9}, sex digit, serial. This layout is
 *       <strong>uncertain</strong> (a third-party library, not a BKN text; DOMAIN.md §3.6).
 * </ul>
 *
 * <p>Digits 13–14 tell the forms apart: a month {@code 01}–{@code 12} is PNS, {@code 21}–{@code 29}
 * PPPK, anything else is {@link IdentifierProblem#BAD_TMT}.
 *
 * <p>Rules ({@link #check}), applied to the {@linkplain #normalize normalised} value: 18 digits;
 * not a placeholder; birth date a real date in 1900–2099 ({@link IdentifierProblem#BAD_DATE}); TMT
 * year in 1900–2099, PNS TMT month 01–12, not before the birth month ({@link
 * IdentifierProblem#BAD_TMT}); sex digit 1 or 2 ({@link IdentifierProblem#BAD_SEX_DIGIT}); serial
 * not {@code 000} ({@link IdentifierProblem#ZERO_SERIAL}). {@link #checkPns} also rejects the PPPK
 * form ({@link IdentifierProblem#WRONG_FORM}). A TMT under ~18 years after birth is suspicious but
 * valid here: that warning belongs to the rules.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} shows the value masked only.
 *
 * @since 0.1
 */
public final class Nip extends Identifier {
  /** Length of a NIP. */
  public static final int LENGTH = 18;

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2099;

  private static final Spec<Nip> SPEC =
      new Spec<>(IdentifierKind.NIP, n -> problems(n, false), Nip::new);
  private static final Spec<Nip> PNS_SPEC =
      new Spec<>(IdentifierKind.NIP, n -> problems(n, true), Nip::new);

  private Nip(String value) {
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
   * Lists why {@code raw} is not a valid NIP of either form. Never throws.
   *
   * @param raw the value as given; null or blank gives {@link IdentifierProblem#EMPTY}
   * @return the problems in {@link IdentifierProblem} order; a shared empty list when valid
   */
  public static List<IdentifierProblem> check(String raw) {
    return SPEC.check(raw);
  }

  /**
   * Lists why {@code raw} is not a valid <em>PNS</em> NIP: the problems of {@link #check}, plus
   * {@link IdentifierProblem#WRONG_FORM} for a NIP in the PPPK form. Never throws.
   *
   * @param raw the value as given; null or blank gives {@link IdentifierProblem#EMPTY}
   * @return the problems in {@link IdentifierProblem} order; a shared empty list when valid
   */
  public static List<IdentifierProblem> checkPns(String raw) {
    return PNS_SPEC.check(raw);
  }

  /**
   * Whether {@code raw} is a valid NIP of either form; same as {@code check(raw).isEmpty()}.
   *
   * @param raw the value as given; may be null
   * @return true when valid
   */
  public static boolean isValid(String raw) {
    return SPEC.isValid(raw);
  }

  /**
   * Whether {@code raw} is a valid PNS NIP; same as {@code checkPns(raw).isEmpty()}.
   *
   * @param raw the value as given; may be null
   * @return true when valid and in the PNS form
   */
  public static boolean isValidPns(String raw) {
    return PNS_SPEC.isValid(raw);
  }

  /**
   * Parses a NIP of either form, or returns empty when it is not valid.
   *
   * @param raw the value as given; may be null
   * @return the NIP, or empty
   */
  public static Optional<Nip> tryParse(String raw) {
    return SPEC.tryParse(raw);
  }

  /**
   * Parses a NIP of either form.
   *
   * @param raw the value as given
   * @return the NIP
   * @throws IdentifierFormatException when {@code raw} is null or not a valid NIP; its message
   *     shows the value masked
   */
  public static Nip parse(String raw) {
    return SPEC.parse(raw);
  }

  private static int problems(String n, boolean pnsOnly) {
    int mask = Digits.structure(n, LENGTH, LENGTH);
    if (mask != 0) {
      return mask;
    }
    int birthYear = Digits.number(n, 0, 4);
    int birthMonth = Digits.number(n, 4, 2);
    boolean birthOk =
        birthYear >= MIN_YEAR
            && birthYear <= MAX_YEAR
            && Digits.isDate(birthYear, birthMonth, Digits.number(n, 6, 2));
    if (!birthOk) {
      mask |= Digits.BAD_DATE;
    }
    int tmtYear = Digits.number(n, 8, 4);
    int segment = Digits.number(n, 12, 2);
    boolean pns = segment >= 1 && segment <= 12;
    boolean pppk = segment >= 21 && segment <= 29;
    if (!(pns || pppk) || tmtYear < MIN_YEAR || tmtYear > MAX_YEAR) {
      mask |= Digits.BAD_TMT;
    } else if (birthOk
        && (pns ? tmtYear * 12 + segment < birthYear * 12 + birthMonth : tmtYear < birthYear)) {
      mask |= Digits.BAD_TMT;
    }
    char sex = n.charAt(14);
    if (sex != '1' && sex != '2') {
      mask |= Digits.BAD_SEX_DIGIT;
    }
    if (Digits.number(n, 15, 3) == 0) {
      mask |= Digits.ZERO_SERIAL;
    }
    if (pnsOnly && pppk) {
      mask |= Digits.WRONG_FORM;
    }
    return mask;
  }

  /**
   * The layout of this NIP.
   *
   * @return PNS when digits 13–14 are a month, PPPK when they are 21–29
   */
  public NipForm form() {
    return Digits.number(value, 12, 2) <= 12 ? NipForm.PNS : NipForm.PPPK;
  }

  /**
   * The birth date (digits 1–8).
   *
   * @return the date
   */
  public LocalDate birthDate() {
    return LocalDate.of(
        Digits.number(value, 0, 4), Digits.number(value, 4, 2), Digits.number(value, 6, 2));
  }

  /**
   * The sex (digit 15: {@code 1} male, {@code 2} female).
   *
   * @return the sex
   */
  public JenisKelamin sex() {
    return value.charAt(14) == '1' ? JenisKelamin.L : JenisKelamin.P;
  }

  /**
   * TMT CPNS, the start of the candidate civil-servant appointment (digits 9–14).
   *
   * @return the month; empty for a PPPK NIP, which encodes the year only
   */
  public Optional<YearMonth> tmtCpns() {
    return form() == NipForm.PNS
        ? Optional.of(YearMonth.of(tmtYear(), Digits.number(value, 12, 2)))
        : Optional.empty();
  }

  /**
   * The year of the TMT (TMT CPNS for PNS, appointment year for PPPK; digits 9–12).
   *
   * @return 1900–2099
   */
  public int tmtYear() {
    return Digits.number(value, 8, 4);
  }

  /**
   * Compares the NIP with a person's record. A mismatch is a warning, not a validity problem.
   *
   * @param birthDate the record's {@code tanggal_lahir}; null means unknown, not compared
   * @param sex the record's {@code jenis_kelamin}; null means unknown, not compared
   * @return the mismatches, empty when none
   */
  public List<NipMismatch> crossCheck(LocalDate birthDate, JenisKelamin sex) {
    boolean dateDiffers = birthDate != null && !birthDate.equals(birthDate());
    boolean sexDiffers = sex != null && sex != sex();
    if (dateDiffers && sexDiffers) {
      return List.of(NipMismatch.BIRTH_DATE, NipMismatch.SEX);
    }
    if (dateDiffers) {
      return List.of(NipMismatch.BIRTH_DATE);
    }
    return sexDiffers ? List.of(NipMismatch.SEX) : List.of();
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.NIP;
  }
}
