package id.sinkron.erapor;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.CheckOptions;
import id.sinkron.check.Report;
import id.sinkron.model.SchoolSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * The E-Rapor entry point: predicts what E-Rapor will pull from a school's Dapodik data — which
 * students land in which class, which rombel have a wali, members and pembelajaran — and what it
 * will drop.
 *
 * <pre>{@code
 * ERaporAssessment a = ERapor.assess(school, CheckOptions.builder().referenceDate(LocalDate.of(2025, 9, 15)).build());
 * a.rombel();                 // per-rombel readiness
 * a.placementSummary();       // students placed / without class / in two classes
 * a.findings();               // ERAPOR-* findings
 * }</pre>
 *
 * <p>The same result is in {@code Sinkron.check(school).details(Application.E_RAPOR,
 * ERaporAssessment.class)}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ERapor {
  private ERapor() {}

  /**
   * Assesses a school with default options (as of today).
   *
   * @param school the school
   * @return the assessment
   * @throws NullPointerException if school is null
   */
  public static ERaporAssessment assess(SchoolSnapshot school) {
    return assess(school, CheckOptions.defaults());
  }

  /**
   * Assesses a school through the facade.
   *
   * @param school the school
   * @param options reference date, locale, profile, the E-Rapor variant ({@code
   *     putVariants(Application.E_RAPOR, "SMK")}; default from the school's bentuk pendidikan,
   *     {@link ERaporVariant}) and the {@link DapodikVersionTable} extra (default the bundled
   *     table)
   * @return the assessment; {@link ERaporAssessment#evaluated()} is false (with the reason) when a
   *     required Web Service response is missing
   * @throws NullPointerException if an argument is null
   */
  public static ERaporAssessment assess(SchoolSnapshot school, CheckOptions options) {
    Report report = check(school, options);
    return report
        .details(Application.E_RAPOR, ERaporAssessment.class)
        .orElseGet(
            () ->
                ImmutableERaporAssessment.builder()
                    .evaluated(false)
                    .variant(ERaporVariant.resolve(school, options))
                    .variantFromOptions(ERaporVariant.setByOptions(options))
                    .eraporVersion(school.supplement().flatMap(s -> s.eraporVersion()))
                    .notEvaluatedReason(report.summary(Application.E_RAPOR).reason())
                    .dapodikVersion(school.provenance().dapodikVersion())
                    .build());
  }

  /**
   * Checks a school for E-Rapor only and returns the full report (findings, not evaluated, input
   * problems, {@code details.E_RAPOR}).
   *
   * @param school the school
   * @param options the check's options
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public static Report check(SchoolSnapshot school, CheckOptions options) {
    Objects.requireNonNull(school, "school");
    return Sinkron.checker()
        .validators(List.of(new ERaporValidator()))
        .options(Objects.requireNonNull(options, "options"))
        .only(Application.E_RAPOR)
        .check(school);
  }
}
