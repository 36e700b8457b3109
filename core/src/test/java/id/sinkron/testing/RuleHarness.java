package id.sinkron.testing;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Messages;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.RegulationProfile;
import id.sinkron.profile.RegulationProfiles;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Runs one rule on one school and returns the sink, for rule unit tests in every module.
 *
 * <pre>{@code
 * FindingSink out = RuleHarness.of("id.sinkron.gtk.messages").asOf(date).run(new NikFormatRule(), school);
 * assertThat(out.findings()).extracting(Finding::code).containsExactly("GTK-NIK-FORMAT");
 * }</pre>
 */
public final class RuleHarness {
  private final String bundle;
  private final LocalDate asOf;
  private final RegulationProfile profile;
  private final Locale locale;

  private RuleHarness(String bundle, LocalDate asOf, RegulationProfile profile, Locale locale) {
    this.bundle = bundle;
    this.asOf = asOf;
    this.profile = profile;
    this.locale = locale;
  }

  /**
   * A harness rendering with {@code bundle}, as of 2025-09-15, profile Permendikdasmen 11/2025,
   * Indonesian.
   */
  public static RuleHarness of(String bundle) {
    return new RuleHarness(
        bundle,
        LocalDate.of(2025, 9, 15),
        RegulationProfiles.permendikdasmen11of2025(),
        Locale.forLanguageTag("id"));
  }

  public RuleHarness asOf(LocalDate date) {
    return new RuleHarness(bundle, date, profile, locale);
  }

  public RuleHarness profile(RegulationProfile p) {
    return new RuleHarness(bundle, asOf, p, locale);
  }

  public RuleHarness locale(Locale l) {
    return new RuleHarness(bundle, asOf, profile, l);
  }

  /**
   * @return the context a rule would see
   */
  public RuleContext context(SchoolSnapshot school) {
    return new RuleContext(school, asOf, profile, locale);
  }

  /**
   * @return a fresh sink for this harness's bundle and locale
   */
  public FindingSink sink() {
    return new FindingSink(
        Messages.load(bundle, locale, Thread.currentThread().getContextClassLoader()));
  }

  /** Runs {@code rule} on {@code school}. */
  public FindingSink run(Rule rule, SchoolSnapshot school) {
    FindingSink out = sink();
    rule.check(context(school), out);
    return out;
  }
}
