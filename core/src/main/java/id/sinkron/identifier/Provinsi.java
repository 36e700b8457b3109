package id.sinkron.identifier;

import java.util.Optional;

/**
 * The 38 provinces of Indonesia with their Kemendagri codes (Kepmendagri 300.2.2-2138/2025), the
 * codes that open a NIK, and the mapping from Dapodik's own province numbering.
 *
 * <p>Kemendagri codes are not BPS codes (BPS numbers Papua 94 and Papua Barat 91). NIKs issued
 * before the 2022 Papua split keep 91/92, so every code 91–96 is accepted in a NIK.
 *
 * <p>Dapodik numbers provinces its own way in the first two characters of {@code kode_wilayah}
 * ({@code 01} DKI Jakarta … {@code 34} Kalimantan Utara, source: E-Rapor SMK's {@code
 * mst_wilayah_1.json}); {@code 35} (abroad) and {@code 36} (Hong Kong, expired) have no province,
 * and the Dapodik codes of the four new Papua provinces are not known, so {@link
 * #fromDapodikKodeWilayah} returns empty for them.
 *
 * <p>Thread-safe; lookups allocate nothing but the {@code Optional}.
 *
 * @since 0.1
 */
public enum Provinsi {
  /** 11 Aceh. */
  ACEH(11, "Aceh", 6),
  /** 12 Sumatera Utara. */
  SUMATERA_UTARA(12, "Sumatera Utara", 7),
  /** 13 Sumatera Barat. */
  SUMATERA_BARAT(13, "Sumatera Barat", 8),
  /** 14 Riau. */
  RIAU(14, "Riau", 9),
  /** 15 Jambi. */
  JAMBI(15, "Jambi", 10),
  /** 16 Sumatera Selatan. */
  SUMATERA_SELATAN(16, "Sumatera Selatan", 11),
  /** 17 Bengkulu. */
  BENGKULU(17, "Bengkulu", 26),
  /** 18 Lampung. */
  LAMPUNG(18, "Lampung", 12),
  /** 19 Kepulauan Bangka Belitung. */
  KEPULAUAN_BANGKA_BELITUNG(19, "Kepulauan Bangka Belitung", 29),
  /** 21 Kepulauan Riau. */
  KEPULAUAN_RIAU(21, "Kepulauan Riau", 31),
  /** 31 DKI Jakarta. */
  DKI_JAKARTA(31, "DKI Jakarta", 1),
  /** 32 Jawa Barat. */
  JAWA_BARAT(32, "Jawa Barat", 2),
  /** 33 Jawa Tengah. */
  JAWA_TENGAH(33, "Jawa Tengah", 3),
  /** 34 Daerah Istimewa Yogyakarta. */
  DI_YOGYAKARTA(34, "DI Yogyakarta", 4),
  /** 35 Jawa Timur. */
  JAWA_TIMUR(35, "Jawa Timur", 5),
  /** 36 Banten. */
  BANTEN(36, "Banten", 28),
  /** 51 Bali. */
  BALI(51, "Bali", 22),
  /** 52 Nusa Tenggara Barat. */
  NUSA_TENGGARA_BARAT(52, "Nusa Tenggara Barat", 23),
  /** 53 Nusa Tenggara Timur. */
  NUSA_TENGGARA_TIMUR(53, "Nusa Tenggara Timur", 24),
  /** 61 Kalimantan Barat. */
  KALIMANTAN_BARAT(61, "Kalimantan Barat", 13),
  /** 62 Kalimantan Tengah. */
  KALIMANTAN_TENGAH(62, "Kalimantan Tengah", 14),
  /** 63 Kalimantan Selatan. */
  KALIMANTAN_SELATAN(63, "Kalimantan Selatan", 15),
  /** 64 Kalimantan Timur. */
  KALIMANTAN_TIMUR(64, "Kalimantan Timur", 16),
  /** 65 Kalimantan Utara. */
  KALIMANTAN_UTARA(65, "Kalimantan Utara", 34),
  /** 71 Sulawesi Utara. */
  SULAWESI_UTARA(71, "Sulawesi Utara", 17),
  /** 72 Sulawesi Tengah. */
  SULAWESI_TENGAH(72, "Sulawesi Tengah", 18),
  /** 73 Sulawesi Selatan. */
  SULAWESI_SELATAN(73, "Sulawesi Selatan", 19),
  /** 74 Sulawesi Tenggara. */
  SULAWESI_TENGGARA(74, "Sulawesi Tenggara", 20),
  /** 75 Gorontalo. */
  GORONTALO(75, "Gorontalo", 30),
  /** 76 Sulawesi Barat. */
  SULAWESI_BARAT(76, "Sulawesi Barat", 33),
  /** 81 Maluku. */
  MALUKU(81, "Maluku", 21),
  /** 82 Maluku Utara. */
  MALUKU_UTARA(82, "Maluku Utara", 27),
  /** 91 Papua. */
  PAPUA(91, "Papua", 25),
  /** 92 Papua Barat. */
  PAPUA_BARAT(92, "Papua Barat", 32),
  /** 93 Papua Selatan (2022; Dapodik code unknown). */
  PAPUA_SELATAN(93, "Papua Selatan", -1),
  /** 94 Papua Tengah (2022; Dapodik code unknown). */
  PAPUA_TENGAH(94, "Papua Tengah", -1),
  /** 95 Papua Pegunungan (2022; Dapodik code unknown). */
  PAPUA_PEGUNUNGAN(95, "Papua Pegunungan", -1),
  /** 96 Papua Barat Daya (2022; Dapodik code unknown). */
  PAPUA_BARAT_DAYA(96, "Papua Barat Daya", -1);

  private static final Provinsi[] BY_CODE = new Provinsi[100];
  private static final Provinsi[] BY_DAPODIK = new Provinsi[100];

  static {
    for (Provinsi p : values()) {
      BY_CODE[p.number] = p;
      if (p.dapodik >= 0) {
        BY_DAPODIK[p.dapodik] = p;
      }
    }
  }

  private final int number;
  private final String code;
  private final String nama;
  private final int dapodik;

  Provinsi(int number, String nama, int dapodik) {
    this.number = number;
    this.code = Integer.toString(number);
    this.nama = nama;
    this.dapodik = dapodik;
  }

  /**
   * The two-digit Kemendagri code, as at the start of a NIK.
   *
   * @return e.g. {@code "32"}
   */
  public String code() {
    return code;
  }

  /**
   * The province's name.
   *
   * @return e.g. {@code "Jawa Barat"}
   */
  public String nama() {
    return nama;
  }

  /**
   * Dapodik's two-digit province code, the first two characters of a {@code kode_wilayah}.
   *
   * @return e.g. {@code "02"} for Jawa Barat; empty for the four Papua provinces of 2022, whose
   *     Dapodik codes are not known
   */
  public Optional<String> dapodikCode() {
    if (dapodik < 0) {
      return Optional.empty();
    }
    return Optional.of(dapodik < 10 ? "0" + dapodik : Integer.toString(dapodik));
  }

  /**
   * Looks up a Kemendagri province code.
   *
   * @param code two digits, e.g. {@code "32"}; null or anything else gives empty
   * @return the province, or empty when the code is not one of the 38
   */
  public static Optional<Provinsi> fromCode(String code) {
    if (code == null || code.length() != 2) {
      return Optional.empty();
    }
    int n = twoDigits(code);
    return n < 0 ? Optional.empty() : Optional.ofNullable(BY_CODE[n]);
  }

  /**
   * Whether a two-digit number is a Kemendagri province code.
   *
   * @param code 0–99
   * @return true for the 38 codes
   */
  static boolean isCode(int code) {
    return code >= 0 && code < 100 && BY_CODE[code] != null;
  }

  /** The province of a number known to be a code. */
  static Provinsi ofCode(int code) {
    return BY_CODE[code];
  }

  /**
   * Maps a Dapodik {@code kode_wilayah} (or just its first two characters) to the province.
   *
   * @param kodeWilayah a Dapodik region code such as {@code "026001 "}; surrounding spaces ignored;
   *     null gives empty
   * @return the province; empty when the first two characters are not a Dapodik province code, for
   *     {@code 35} (abroad) and {@code 36} (Hong Kong), and for codes whose mapping is unknown
   */
  public static Optional<Provinsi> fromDapodikKodeWilayah(String kodeWilayah) {
    if (kodeWilayah == null) {
      return Optional.empty();
    }
    String s = kodeWilayah.strip();
    if (s.length() < 2) {
      return Optional.empty();
    }
    int n = twoDigits(s);
    return n < 0 ? Optional.empty() : Optional.ofNullable(BY_DAPODIK[n]);
  }

  private static int twoDigits(String s) {
    char a = s.charAt(0);
    char b = s.charAt(1);
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      return -1;
    }
    return (a - '0') * 10 + (b - '0');
  }
}
