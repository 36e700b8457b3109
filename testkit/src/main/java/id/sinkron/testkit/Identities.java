package id.sinkron.testkit;

import id.sinkron.identifier.Nik;
import id.sinkron.identifier.Nip;
import id.sinkron.identifier.Nisn;
import id.sinkron.identifier.Npsn;
import id.sinkron.identifier.Nrg;
import id.sinkron.identifier.Nuptk;
import id.sinkron.model.JenisKelamin;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Invented names and consistent identifiers, all drawn from one seeded {@link Random}; every number
 * is checked with core's own parser and is unique within the generator.
 */
final class Identities {
  private static final String[] START = {
    "A", "BA", "DA", "DE", "GA", "HA", "I", "JA", "KA", "LA", "MA", "NA", "PA", "RA", "SA", "SU",
    "TA", "WA", "YA", "RE", "SE", "TI", "MU", "NU", "WI", "LU", "BU", "DI"
  };
  private static final String[] MIDDLE = {
    "", "", "DI", "RA", "SAN", "TRI", "WAN", "LI", "MA", "NDA", "RI", "SEP", "GUS", "HAR", "YU",
    "DAR", "KUR", "NING"
  };
  private static final String[] MALE_END = {
    "NO", "TO", "DI", "MAN", "WAN", "YANTO", "JO", "DIN", "SO", "RAN", "GUN"
  };
  private static final String[] FEMALE_END = {
    "NI", "TI", "WATI", "YANI", "SIH", "RINI", "NAH", "LIA", "YU", "SARI", "RAH"
  };
  private static final String[] PLACES = {
    "SUKAMAJU",
    "KARANGSARI",
    "WATUREJO",
    "TANJUNGLAYA",
    "BUKITASRI",
    "SIDOMUKTI",
    "PASIRWANGI",
    "LEMBAHHIJAU",
    "KALIMANTEP",
    "GUNUNGSARI"
  };

  private final Random rnd;
  private final Set<String> used = new HashSet<>();

  Identities(Random rnd) {
    this.rnd = rnd;
  }

  Random random() {
    return rnd;
  }

  int between(int lo, int hiInclusive) {
    return lo + rnd.nextInt(hiInclusive - lo + 1);
  }

  boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  /** A random (version 4 form) UUID drawn from the seed. */
  String uuid() {
    long msb = (rnd.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lsb = (rnd.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }

  private String word(boolean female) {
    String end =
        female
            ? FEMALE_END[rnd.nextInt(FEMALE_END.length)]
            : MALE_END[rnd.nextInt(MALE_END.length)];
    return START[rnd.nextInt(START.length)] + MIDDLE[rnd.nextInt(MIDDLE.length)] + end;
  }

  /** An invented full name: two or three words of letters only, single spaces, upper case. */
  String name(JenisKelamin sex) {
    boolean f = sex == JenisKelamin.P;
    String n = word(f) + " " + word(rnd.nextBoolean() ? f : false);
    return rnd.nextInt(4) == 0 ? n + " " + word(f) : n;
  }

  String place() {
    return PLACES[rnd.nextInt(PLACES.length)];
  }

  JenisKelamin sex() {
    return rnd.nextBoolean() ? JenisKelamin.L : JenisKelamin.P;
  }

  /**
   * A date of birth such that the age in completed years on {@code on} is exactly {@code years}.
   */
  LocalDate birthDateForAge(LocalDate on, int years) {
    LocalDate latest = on.minusYears(years);
    LocalDate earliest = on.minusYears(years + 1L).plusDays(1);
    long span = latest.toEpochDay() - earliest.toEpochDay();
    return LocalDate.ofEpochDay(earliest.toEpochDay() + (long) (rnd.nextDouble() * (span + 1)));
  }

  private String unique(
      java.util.function.Supplier<String> make, java.util.function.Predicate<String> valid) {
    for (int i = 0; i < 10_000; i++) {
      String s = make.get();
      if (valid.test(s) && used.add(s)) {
        return s;
      }
    }
    throw new IllegalStateException("cannot draw a unique identifier");
  }

  private String digits(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + rnd.nextInt(10)));
    }
    return b.toString();
  }

  /**
   * A NIK whose date segment matches {@code birth} and {@code sex} (day + 40 for women) and whose
   * province is {@code province} (Kemendagri code), regency {@code regency}.
   */
  String nik(String province, String regency, LocalDate birth, JenisKelamin sex) {
    int day = birth.getDayOfMonth() + (sex == JenisKelamin.P ? 40 : 0);
    String date = String.format("%02d%02d%02d", day, birth.getMonthValue(), birth.getYear() % 100);
    return unique(
        () ->
            province
                + regency
                + String.format("%02d", between(1, 40))
                + date
                + String.format("%04d", between(1, 9999)),
        Nik::isValid);
  }

  /** A NISN: the last three digits of the birth year, then seven digits. */
  String nisn(int birthYear) {
    String prefix = String.format("%03d", birthYear % 1000);
    return unique(() -> prefix + digits(7), Nisn::isValid);
  }

  /** A PNS NIP (Perka BKN 22/2007): birth date, TMT CPNS year and month, sex digit, serial. */
  String nipPns(LocalDate birth, JenisKelamin sex, int tmtYear, int tmtMonth) {
    String head =
        String.format(
            "%04d%02d%02d%04d%02d%c",
            birth.getYear(),
            birth.getMonthValue(),
            birth.getDayOfMonth(),
            tmtYear,
            tmtMonth,
            sex == JenisKelamin.P ? '2' : '1');
    return unique(() -> head + String.format("%03d", between(1, 999)), Nip::isValidPns);
  }

  /** A PPPK NIP: birth date, TMT year, 2 (PPPK), intake 1–9, sex digit, serial. */
  String nipPppk(LocalDate birth, JenisKelamin sex, int tmtYear) {
    return unique(
        () ->
            String.format(
                "%04d%02d%02d%04d2%d%c%03d",
                birth.getYear(),
                birth.getMonthValue(),
                birth.getDayOfMonth(),
                tmtYear,
                between(1, 3),
                sex == JenisKelamin.P ? '2' : '1',
                between(1, 999)),
        Nip::isValid);
  }

  /** A 16-digit NUPTK that does not look like an old temporary number. */
  String nuptk() {
    return unique(
        () -> between(1, 8) + digits(15), s -> Nuptk.isValid(s) && !Nuptk.parse(s).isTemporary());
  }

  String nrg() {
    return unique(() -> between(1, 8) + digits(11), Nrg::isValid);
  }

  /** A certificate number in the style of a participant number: year, province, field, serial. */
  String certificateNumber(int year, String province, String field) {
    return unique(
        () ->
            String.format(
                "%02d%s%02d%s1%04d", year % 100, province, between(1, 40), field, between(1, 9999)),
        s -> true);
  }

  String npsn() {
    return unique(() -> "20" + digits(6), Npsn::isValid);
  }

  /** A school number (NIPD) unique in the school. */
  String nipd(int entryYear) {
    return unique(() -> entryYear + digits(4), s -> true);
  }

  /** Draws a new value that is different from {@code current} and unique (for defects). */
  String reserve(String value) {
    used.add(value);
    return value;
  }
}
