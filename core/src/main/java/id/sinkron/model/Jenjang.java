package id.sinkron.model;

/**
 * School level groups used by the rules (DOMAIN.md §4). {@link #OTHER} for bentuk pendidikan
 * outside SD–SMK/SLB (PAUD, non-formal, unknown ids).
 *
 * @since 0.1
 */
public enum Jenjang {
  SD(1, 6),
  SMP(7, 9),
  SMA(10, 12),
  SMK(10, 13),
  SLB(1, 12),
  OTHER(1, 13);

  private final int minTingkat;
  private final int maxTingkat;

  Jenjang(int minTingkat, int maxTingkat) {
    this.minTingkat = minTingkat;
    this.maxTingkat = maxTingkat;
  }

  /**
   * @return whether {@code tingkat_pendidikan_id} is valid for this jenjang (SD 1–6, SMP 7–9, SMA
   *     10–12, SMK 10–13)
   */
  public boolean allowsTingkat(int tingkat) {
    return tingkat >= minTingkat && tingkat <= maxTingkat;
  }

  public int minTingkat() {
    return minTingkat;
  }

  public int maxTingkat() {
    return maxTingkat;
  }
}
