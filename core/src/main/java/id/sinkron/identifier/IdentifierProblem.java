package id.sinkron.identifier;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Why a raw value is not a valid identifier: the closed list shared by every identifier type of
 * this package ({@link Nik#check}, {@link Nisn#check}, {@link Npsn#check}, {@link Nuptk#check},
 * {@link Nip#check}, {@link Nrg#check}, {@link Npwp#check}, {@link Nsm#check}, {@link Nism#check}).
 *
 * <p>All rules apply to the normalised value (spaces, dots and dashes removed, see {@link
 * Nik#normalize}). A {@code check} lists its problems in the declaration order of this enum, so the
 * first one is the most basic. When the value is {@link #EMPTY}, not digits, of the wrong length or
 * a {@link #PLACEHOLDER}, that is all that is reported: the segments of such a value are not
 * decoded.
 *
 * <p>Constants are never renamed or reused; new ones are added only at the end.
 *
 * <p>{@link #describe(Locale)} gives the operator text of a problem (Indonesian by default,
 * English), from one core bundle ({@code id/sinkron/identifier/problems*.properties}) that every
 * validator shares (since 0.2).
 *
 * @since 0.1
 */
public enum IdentifierProblem {
  /** Null, blank, or nothing left after removing separators (e.g. {@code "-"}). */
  EMPTY,
  /** Contains a character other than a digit after removing spaces, dots and dashes. */
  NOT_DIGITS,
  /**
   * Not the length of the identifier (NIK 16, NISN 10, NPSN 8, NUPTK 16, NIP 18, NRG 12, NPWP 15 or
   * 16, NSM 12, NISM 18).
   */
  WRONG_LENGTH,
  /**
   * A filler value, not a real number: the text {@code NULL}, one digit repeated ({@code
   * 0000000000000000}), or an ascending run of digits wrapping after 9 ({@code 0123456789}, {@code
   * 1234567890123456}).
   */
  PLACEHOLDER,
  /**
   * NIK (or NIK-based NPWP): the first two digits are not a Kemendagri province code ({@link
   * Provinsi}).
   */
  UNKNOWN_PROVINCE,
  /**
   * Impossible date: NIK day not 01–31/41–71, month not 01–12, or day and month not a real date in
   * either 19YY or 20YY; NIP birth date not a real date in 1900–2099.
   */
  BAD_DATE,
  /**
   * NIP: the TMT segment is impossible: PNS TMT CPNS month not 01–12 or year not 1900–2099, PPPK
   * intake digit not 1–9, or a TMT before the birth month.
   */
  BAD_TMT,
  /** NIP: the sex digit is not {@code 1} (male) or {@code 2} (female). */
  BAD_SEX_DIGIT,
  /** NIK or NISM serial {@code 0000}, or NIP serial {@code 000}: serials start at 1. */
  ZERO_SERIAL,
  /** NIK containing {@code 0000000}, which a real NIK cannot contain (Dapodik strips such runs). */
  SEVEN_ZEROS,
  /** NPWP: the Luhn check digit (9th digit of the 15-digit form) does not match. */
  BAD_CHECKSUM,
  /** NIP: a well-formed PPPK NIP where only a PNS NIP is accepted ({@link Nip#checkPns}). */
  WRONG_FORM,
  /**
   * NSM (and the NSM part of a NISM): digits 1–3 are not a madrasah type code (101 RA, 111 MI, 121
   * MTs, 131 MA; {@link JenisMadrasah}).
   *
   * @since 0.2
   */
  UNKNOWN_TYPE,
  /**
   * NSM (and the NSM part of a NISM): digit 4 is not a status code ({@code 1} negeri, {@code 2}
   * swasta).
   *
   * @since 0.2
   */
  UNKNOWN_STATUS;

  private static final String BUNDLE = "id.sinkron.identifier.problems";

  /*
   * Read by hand rather than with ResourceBundle.getBundle(…, Control), which a named module (an automatic
   * module on the module path is one) may not call; UTF-8, as PropertyResourceBundle reads them.
   */
  private static final class Texts {
    static final java.util.Properties ID = load("");
    static final java.util.Properties EN = load("_en");

    private static java.util.Properties load(String suffix) {
      String resource = "/" + BUNDLE.replace('.', '/') + suffix + ".properties";
      java.util.Properties p = new java.util.Properties();
      try (java.io.InputStream in = IdentifierProblem.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " missing");
        }
        p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return p;
    }
  }

  /**
   * A short operator text for this problem, e.g. {@code "jumlah digit salah"} / {@code "wrong
   * number of digits"}. The text names no value, so it is safe in any message.
   *
   * @param locale English for English; any other locale gives Indonesian (the default), never the
   *     JVM's default locale
   * @return the text, lower case, without final punctuation
   * @since 0.2
   */
  public String describe(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    java.util.Properties texts = "en".equals(locale.getLanguage()) ? Texts.EN : Texts.ID;
    String t = texts.getProperty(name());
    if (t == null) {
      throw new IllegalStateException("no text for identifier problem " + name());
    }
    return t;
  }

  /**
   * The texts of several problems ({@link #describe(Locale)}), joined with {@code ", "} in the
   * order given.
   *
   * @param problems the problems, e.g. a {@code check} result
   * @param locale the locale, as for {@link #describe(Locale)}
   * @return the joined texts; {@code ""} for an empty list
   * @since 0.2
   */
  public static String describe(List<IdentifierProblem> problems, Locale locale) {
    StringJoiner j = new StringJoiner(", ");
    for (IdentifierProblem p : problems) {
      j.add(p.describe(locale));
    }
    return j.toString();
  }
}
