package id.sinkron.erapor;

import id.sinkron.Checker;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Report;
import id.sinkron.model.SchoolSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * The E-Rapor entry point: predicts what E-Rapor will pull from a school's Dapodik data — which
 * students land in which class, which rombel have a wali, members and pembelajaran — and what it will
 * drop.
 *
 * <pre>{@code
 * ERaporAssessment a = ERapor.assess(school, ERaporOptions.defaults().asOf(LocalDate.of(2025, 9, 15)));
 * a.rombel();                 // per-rombel readiness
 * a.placementSummary();       // students placed / without class / in two classes
 * a.findings();               // ERAPOR-* findings
 * }</pre>
 *
 * <p>The same result is in {@code Sinkron.check(school).details(Application.E_RAPOR, ERaporAssessment.class)}.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ERapor {
  private ERapor() {}

  /**
   * Assesses a school with default options (as of today).
   *
   * @throws NullPointerException if school is null
   */
  public static ERaporAssessment assess(SchoolSnapshot school) {
    return assess(school, ERaporOptions.defaults());
  }

  /**
   * Assesses a school.
   *
   * @param school the school
   * @param options reference date, locale, profile, Dapodik version table
   * @return the assessment; {@link ERaporAssessment#evaluated()} is false (with the reason) when a
   *     required Web Service response is missing
   * @throws NullPointerException if an argument is null
   */
  public static ERaporAssessment assess(SchoolSnapshot school, ERaporOptions options) {
    Report report = check(school, options);
    return report.details(Application.E_RAPOR, ERaporAssessment.class)
        .orElseGet(() -> ImmutableERaporAssessment.builder().evaluated(false)
            .notEvaluatedReason(report.summary(Application.E_RAPOR).reason())
            .dapodikVersion(school.provenance().dapodikVersion())
            .build());
  }

  /**
   * Checks a school for E-Rapor only and returns the full report (findings, not evaluated, input
   * problems, {@code details.E_RAPOR}).
   *
   * @throws NullPointerException if an argument is null
   */
  public static Report check(SchoolSnapshot school, ERaporOptions options) {
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(options, "options");
    Checker c = Sinkron.checker().validators(List.of(validator(options))).only(Application.E_RAPOR);
    if (options.asOf().isPresent()) {
      c = c.asOf(options.asOf().get());
    }
    if (options.locale().isPresent()) {
      c = c.locale(options.locale().get());
    }
    if (options.profile().isPresent()) {
      c = c.profile(options.profile().get());
    }
    return c.check(school);
  }

  /**
   * @param options the options (their version table is used)
   * @return a validator to pass to {@code Sinkron.checker().validators(...)}
   */
  public static ERaporValidator validator(ERaporOptions options) {
    return new ERaporValidator(options.dapodikVersions());
  }
}
