package id.sinkron.identifier;

import id.sinkron.model.JenisKelamin;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid NIK (Nomor Induk Kependudukan), the 16-digit Indonesian population number: {@code PP KK
 * CC DD MM YY SSSS} = Kemendagri province, regency and district of first registration (a NIK never
 * changes), day of birth (+40 for women), month, two-digit year, serial from 0001. There is no
 * check digit.
 *
 * <p>Rules ({@link #check}), applied to the {@linkplain #normalize normalised} value: 16 digits;
 * not a {@linkplain IdentifierProblem#PLACEHOLDER placeholder}; province one of the 38 of {@link
 * Provinsi} (91–96 all accepted); day 01–31 or 41–71; month 01–12; day and month a real date in
 * 19YY or 20YY (29 February only when one of the two is a leap year); serial not {@code 0000}; no
 * run of seven zeros. The regency and district codes are not checked against a table.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} shows the value masked only.
 *
 * @since 0.1
 */
public final class Nik extends Identifier {
  /** Length of a NIK. */
  public static final int LENGTH = 16;

  private static final Spec<Nik> SPEC = new Spec<>(IdentifierKind.NIK, Nik::problems, Nik::new);

  private Nik(String value) {
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
   * Lists why {@code raw} is not a valid NIK. Never throws.
   *
   * @param raw the value as given; null or blank gives {@link IdentifierProblem#EMPTY}
   * @return the problems in {@link IdentifierProblem} order; a shared empty list when valid
   */
  public static List<IdentifierProblem> check(String raw) {
    return SPEC.check(raw);
  }

  /**
   * Whether {@code raw} is a valid NIK; same as {@code check(raw).isEmpty()}.
   *
   * @param raw the value as given; may be null
   * @return true when valid
   */
  public static boolean isValid(String raw) {
    return SPEC.isValid(raw);
  }

  /**
   * Parses a NIK, or returns empty when it is not valid.
   *
   * @param raw the value as given; may be null
   * @return the NIK, or empty
   */
  public static Optional<Nik> tryParse(String raw) {
    return SPEC.tryParse(raw);
  }

  /**
   * Parses a NIK.
   *
   * @param raw the value as given
   * @return the NIK
   * @throws IdentifierFormatException when {@code raw} is null or not a valid NIK; its message
   *     shows the value masked
   */
  public static Nik parse(String raw) {
    return SPEC.parse(raw);
  }

  /**
   * The problems of a normalised value as a bit mask; 0 when valid. Also used by {@link Npwp}. One
   * pass over the 16 characters checks digits, placeholders and zero runs together (hot path).
   */
  static int problems(String n) {
    if (n.length() != LENGTH) {
      return Digits.structure(n, LENGTH, LENGTH);
    }
    char first = n.charAt(0);
    if (first < '0' || first > '9') {
      return Digits.structure(n, LENGTH, LENGTH);
    }
    char prev = first;
    boolean same = true;
    boolean ascending = true;
    int zeros = first == '0' ? 1 : 0;
    int longestZeros = zeros;
    for (int i = 1; i < LENGTH; i++) {
      char c = n.charAt(i);
      if (c < '0' || c > '9') {
        return Digits.structure(n, LENGTH, LENGTH);
      }
      same &= c == first;
      ascending &= c == (prev == '9' ? '0' : (char) (prev + 1));
      zeros = c == '0' ? zeros + 1 : 0;
      longestZeros = Math.max(longestZeros, zeros);
      prev = c;
    }
    if (same || ascending) {
      return Digits.PLACEHOLDER;
    }
    int mask = 0;
    if (!Provinsi.isCode(Digits.number(n, 0, 2))) {
      mask |= Digits.UNKNOWN_PROVINCE;
    }
    if (!plausibleDate(Digits.number(n, 6, 2), Digits.number(n, 8, 2), Digits.number(n, 10, 2))) {
      mask |= Digits.BAD_DATE;
    }
    if (Digits.number(n, 12, 4) == 0) {
      mask |= Digits.ZERO_SERIAL;
    }
    if (longestZeros >= 7) {
      mask |= Digits.SEVEN_ZEROS;
    }
    return mask;
  }

  private static boolean plausibleDate(int dayCode, int month, int yy) {
    int day = dayCode > 40 ? dayCode - 40 : dayCode;
    if (dayCode < 1 || dayCode > 71 || (dayCode > 31 && dayCode < 41) || month < 1 || month > 12) {
      return false;
    }
    boolean leap = Year.isLeap(1900 + yy) || Year.isLeap(2000 + yy);
    return day <= Digits.daysInMonth(month, leap);
  }

  /**
   * The Kemendagri province code (digits 1–2) of first registration.
   *
   * @return e.g. {@code "32"}
   */
  public String provinceCode() {
    return value.substring(0, 2);
  }

  /**
   * The province of first registration.
   *
   * @return the province, never null
   */
  public Provinsi province() {
    return Provinsi.ofCode(Digits.number(value, 0, 2));
  }

  /**
   * The name of the province of first registration.
   *
   * @return e.g. {@code "Jawa Barat"}
   */
  public String provinceName() {
    return province().nama();
  }

  /**
   * The regency/city code (digits 1–4, {@code PPKK}); not checked against a table.
   *
   * @return e.g. {@code "3273"}
   */
  public String regencyCode() {
    return value.substring(0, 4);
  }

  /**
   * The district (kecamatan) code (digits 1–6); not checked against a table.
   *
   * @return e.g. {@code "327301"}
   */
  public String districtCode() {
    return value.substring(0, 6);
  }

  /**
   * The sex encoded in the day of birth: {@code P} when the day is 41–71, else {@code L}.
   *
   * @return the sex
   */
  public JenisKelamin sex() {
    return Digits.number(value, 6, 2) > 40 ? JenisKelamin.P : JenisKelamin.L;
  }

  /**
   * Day of birth with the +40 for women removed.
   *
   * @return 1–31
   */
  public int birthDay() {
    int d = Digits.number(value, 6, 2);
    return d > 40 ? d - 40 : d;
  }

  /**
   * Month of birth.
   *
   * @return 1–12
   */
  public int birthMonth() {
    return Digits.number(value, 8, 2);
  }

  /**
   * The two-digit year of birth; the century is not encoded.
   *
   * @return 0–99
   */
  public int birthYearTwoDigits() {
    return Digits.number(value, 10, 2);
  }

  /**
   * The birth dates this NIK can encode: day and month in 19YY and in 20YY, where they are real
   * dates.
   *
   * @return one or two dates, oldest first
   */
  public List<LocalDate> birthDateCandidates() {
    List<LocalDate> out = new ArrayList<>(2);
    for (int century = 1900; century <= 2000; century += 100) {
      int year = century + birthYearTwoDigits();
      if (Digits.isDate(year, birthMonth(), birthDay())) {
        out.add(LocalDate.of(year, birthMonth(), birthDay()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Resolves the century by the project's default: the <em>latest</em> century (20YY before 19YY)
   * that does not put the date after {@code notAfter}, typically the reference date of a check.
   * When the person's {@code tanggal_lahir} is known, compare with {@link #crossCheck} instead,
   * which needs no century.
   *
   * @param notAfter the latest acceptable birth date
   * @return the birth date; empty when every candidate is after {@code notAfter}
   * @throws NullPointerException when {@code notAfter} is null
   */
  public Optional<LocalDate> birthDate(LocalDate notAfter) {
    Objects.requireNonNull(notAfter, "notAfter");
    List<LocalDate> candidates = birthDateCandidates();
    for (int i = candidates.size() - 1; i >= 0; i--) {
      if (!candidates.get(i).isAfter(notAfter)) {
        return Optional.of(candidates.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Compares the NIK with a person's record. The birth date matches when day, month and two-digit
   * year are equal (whatever the century); the sex comes from the +40 rule. A mismatch is a
   * warning: exceptions exist.
   *
   * @param birthDate the record's {@code tanggal_lahir}; null means unknown, not compared
   * @param sex the record's {@code jenis_kelamin}; null means unknown, not compared
   * @return the mismatches, empty when none
   */
  public List<NikMismatch> crossCheck(LocalDate birthDate, JenisKelamin sex) {
    boolean dateDiffers =
        birthDate != null
            && (birthDate.getDayOfMonth() != birthDay()
                || birthDate.getMonthValue() != birthMonth()
                || birthDate.getYear() % 100 != birthYearTwoDigits());
    boolean sexDiffers = sex != null && sex != sex();
    if (dateDiffers && sexDiffers) {
      return List.of(NikMismatch.BIRTH_DATE, NikMismatch.SEX);
    }
    if (dateDiffers) {
      return List.of(NikMismatch.BIRTH_DATE);
    }
    return sexDiffers ? List.of(NikMismatch.SEX) : List.of();
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.NIK;
  }
}
