package id.sinkron.erapor;

import id.sinkron.profile.RegulationProfile;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of {@link ERapor#assess(id.sinkron.model.SchoolSnapshot, ERaporOptions)}. Immutable: each
 * method returns a new options object; thread-safe.
 *
 * <pre>{@code
 * ERaporOptions o = ERaporOptions.defaults().asOf(LocalDate.of(2025, 9, 15))
 *     .dapodikVersions(DapodikVersionTable.fromTsv(in));
 * }</pre>
 *
 * @since 0.1
 */
public final class ERaporOptions {
  private static final ERaporOptions DEFAULTS = new ERaporOptions(null, null, null, null);

  private final LocalDate asOf;
  private final Locale locale;
  private final RegulationProfile profile;
  private final DapodikVersionTable versions;

  private ERaporOptions(LocalDate asOf, Locale locale, RegulationProfile profile, DapodikVersionTable versions) {
    this.asOf = asOf;
    this.locale = locale;
    this.profile = profile;
    this.versions = versions;
  }

  /** @return reference date today, Indonesian messages, the profile of the school's tahun ajaran, the bundled version table */
  public static ERaporOptions defaults() {
    return DEFAULTS;
  }

  /**
   * @param date the reference date (exit dates are compared with it)
   * @throws NullPointerException if date is null
   */
  public ERaporOptions asOf(LocalDate date) {
    return new ERaporOptions(Objects.requireNonNull(date, "date"), locale, profile, versions);
  }

  /**
   * @param l the language of messages: Indonesian (default) or English
   * @throws NullPointerException if l is null
   */
  public ERaporOptions locale(Locale l) {
    return new ERaporOptions(asOf, Objects.requireNonNull(l, "locale"), profile, versions);
  }

  /**
   * @param p the regulation profile (no E-Rapor rule reads it today; kept for parity with the facade)
   * @throws NullPointerException if p is null
   */
  public ERaporOptions profile(RegulationProfile p) {
    return new ERaporOptions(asOf, locale, Objects.requireNonNull(p, "profile"), versions);
  }

  /**
   * @param table the minimum-version table replacing the bundled one
   * @throws NullPointerException if table is null
   */
  public ERaporOptions dapodikVersions(DapodikVersionTable table) {
    return new ERaporOptions(asOf, locale, profile, Objects.requireNonNull(table, "table"));
  }

  /** @return the reference date, when set */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** @return the locale, when set */
  public Optional<Locale> locale() {
    return Optional.ofNullable(locale);
  }

  /** @return the regulation profile, when set */
  public Optional<RegulationProfile> profile() {
    return Optional.ofNullable(profile);
  }

  /** @return the version table: the caller's, or the bundled one */
  public DapodikVersionTable dapodikVersions() {
    return versions != null ? versions : DapodikVersionTable.bundled();
  }
}
