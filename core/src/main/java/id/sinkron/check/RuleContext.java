package id.sinkron.check;

import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.RegulationProfile;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a rule sees: the school, the reference date, the regulation profile, the locale and the
 * indexes built once per school. Immutable; shared by every validator checking the school.
 *
 * @since 0.1
 */
public final class RuleContext {
  private final SchoolSnapshot snapshot;
  private final LocalDate referenceDate;
  private final RegulationProfile profile;
  private final Locale locale;
  private final SchoolIndex index;

  /**
   * @throws NullPointerException if any argument is null
   */
  public RuleContext(SchoolSnapshot snapshot, LocalDate referenceDate, RegulationProfile profile, Locale locale) {
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.index = new SchoolIndex(snapshot);
  }

  public SchoolSnapshot snapshot() {
    return snapshot;
  }

  /** @return the date the check is "as of": ages, active duties and days to the cut-off use it */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  public RegulationProfile profile() {
    return profile;
  }

  public Locale locale() {
    return locale;
  }

  public SchoolIndex index() {
    return index;
  }
}
