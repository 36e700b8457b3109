package id.sinkron.gtk;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.ApplicationNotEvaluatedException;
import id.sinkron.check.CheckOptions;
import id.sinkron.model.SchoolSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * Predicts Info GTK's verdict for every teacher of a school.
 *
 * <pre>{@code
 * GtkAssessment gtk = InfoGtk.assess(school, CheckOptions.builder().referenceDate(date).build());
 * for (TeacherAssessment t : gtk.notValid()) {
 *   System.out.println(t.maskedName() + " " + t.codes() + " " + t.recognisedJtm().orElse(null));
 * }
 * }</pre>
 *
 * <p>The same assessment is in a facade report as {@code report.details(Application.INFO_GTK,
 * GtkAssessment.class)}. Pure function of (snapshot, options); thread-safe.
 *
 * @since 0.1
 */
public final class InfoGtk {
  /** Base name of the module's message bundle. */
  public static final String MESSAGES = "id.sinkron.gtk.messages";

  private InfoGtk() {}

  /**
   * Assesses {@code school} as of today with default options.
   *
   * @param school the school
   * @return the per-teacher assessment
   * @throws ApplicationNotEvaluatedException if a response Info GTK needs is missing
   * @throws NullPointerException if school is null
   */
  public static GtkAssessment assess(SchoolSnapshot school) {
    return assess(school, CheckOptions.defaults());
  }

  /**
   * Assesses {@code school} through the facade ({@code
   * Sinkron.checker().options(options).assess(school, INFO_GTK, GtkAssessment.class)}): the profile
   * choice and the missing-input handling are the facade's.
   *
   * @param school the school
   * @param options reference date, profile, locale and the {@link LinearityTable} extra (default
   *     the bundled table)
   * @return the per-teacher assessment with every finding
   * @throws ApplicationNotEvaluatedException if a response Info GTK needs is missing
   * @throws NullPointerException if an argument is null
   */
  public static GtkAssessment assess(SchoolSnapshot school, CheckOptions options) {
    Objects.requireNonNull(school, "school");
    return Sinkron.checker()
        .validators(List.of(new InfoGtkValidator()))
        .options(Objects.requireNonNull(options, "options"))
        .assess(school, Application.INFO_GTK, GtkAssessment.class);
  }
}
