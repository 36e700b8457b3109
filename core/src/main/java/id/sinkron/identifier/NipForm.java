package id.sinkron.identifier;

/**
 * The two layouts of an 18-digit NIP, told apart by digits 13–14: a month {@code 01}–{@code 12} for
 * PNS, {@code 21}–{@code 29} for PPPK.
 *
 * @since 0.1
 */
public enum NipForm {
  /**
   * Civil servant (Perka BKN 22/2007): birth date {@code YYYYMMDD}, TMT CPNS {@code YYYYMM}, sex
   * digit, 3-digit serial.
   */
  PNS,
  /**
   * Government employee with a work agreement: birth date {@code YYYYMMDD}, TMT year {@code YYYY},
   * {@code 2}, intake frequency 1–9, sex digit, 3-digit serial. The layout comes from a third-party
   * library, not a BKN text (DOMAIN.md §3.6, uncertain).
   */
  PPPK
}
