package id.sinkron.check;

import java.util.Locale;
import java.util.Optional;

/**
 * The applications that consume Dapodik data and whose behaviour Sinkron predicts.
 *
 * @since 0.1
 */
public enum Application {
  /**
   * The Dapodik sync gate: whether Dapodik itself will accept and send the data (its own
   * validation, the sync log, changes not yet sent). Listed first: nothing reaches the other
   * applications without it.
   *
   * @since 0.2
   */
  DAPODIK("dapodik"),
  /** Info GTK: the certified-teacher allowance (TPG). */
  INFO_GTK("gtk"),
  /** E-Rapor: report cards. */
  E_RAPOR("erapor"),
  /** ARKAS: the school budget planned from BOSP funds. */
  ARKAS("arkas"),
  /**
   * BOS Madrasah: the madrasah operational fund counted from EMIS (Kemenag), for madrasah
   * snapshots.
   *
   * @since 0.2
   */
  BOS_MADRASAH("bosm");

  private final String shortName;

  Application(String shortName) {
    this.shortName = shortName;
  }

  /**
   * @return the short name used on the command line ({@code gtk}, {@code erapor}, {@code arkas})
   */
  public String shortName() {
    return shortName;
  }

  /**
   * @param name a short name ({@code gtk}) or enum name ({@code INFO_GTK}), case-insensitive
   * @return the application for that name, if any
   */
  public static Optional<Application> fromName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (Application a : values()) {
      if (a.shortName.equals(n) || a.name().toLowerCase(Locale.ROOT).equals(n)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
