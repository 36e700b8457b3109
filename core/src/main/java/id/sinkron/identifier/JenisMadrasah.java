package id.sinkron.identifier;

import java.util.Optional;

/**
 * The madrasah type encoded in digits 1–3 of an {@link Nsm} (SK Dirjen Pendis DJ.I/456A/2008, as
 * quoted in {@code docs/evidence/emis-madrasah.md}), with the tingkat range of its level.
 *
 * @since 0.2
 */
public enum JenisMadrasah {
  /** Raudhatul Athfal (101), pre-school: no tingkat 1–12. */
  RA(101, 0, 0),
  /** Madrasah Ibtidaiyah (111), tingkat 1–6. */
  MI(111, 1, 6),
  /** Madrasah Tsanawiyah (121), tingkat 7–9. */
  MTS(121, 7, 9),
  /** Madrasah Aliyah (131), tingkat 10–12. MAK is not told apart by the NSM type code. */
  MA(131, 10, 12);

  private final int code;
  private final int minTingkat;
  private final int maxTingkat;

  JenisMadrasah(int code, int minTingkat, int maxTingkat) {
    this.code = code;
    this.minTingkat = minTingkat;
    this.maxTingkat = maxTingkat;
  }

  /**
   * The NSM type code.
   *
   * @return 101, 111, 121 or 131
   */
  public int code() {
    return code;
  }

  /**
   * Whether a tingkat (grade 1–12) belongs to this level: MI 1–6, MTs 7–9, MA 10–12; none for RA.
   *
   * @param tingkat the grade
   * @return true when it belongs to the level
   */
  public boolean allowsTingkat(int tingkat) {
    return tingkat >= minTingkat && tingkat <= maxTingkat && tingkat > 0;
  }

  /**
   * The lowest tingkat of the level.
   *
   * @return 1, 7 or 10; 0 for RA
   */
  public int minTingkat() {
    return minTingkat;
  }

  /**
   * The highest tingkat of the level.
   *
   * @return 6, 9 or 12; 0 for RA
   */
  public int maxTingkat() {
    return maxTingkat;
  }

  /**
   * The type of an NSM type code.
   *
   * @param code digits 1–3 of an NSM as a number
   * @return the type, or empty for an unknown code
   */
  public static Optional<JenisMadrasah> ofCode(int code) {
    for (JenisMadrasah j : values()) {
      if (j.code == code) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }
}
