package id.sinkron.gtk;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Messages;
import id.sinkron.check.RuleContext;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.RegulationProfile;
import id.sinkron.profile.RegulationProfiles;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Predicts Info GTK's verdict for every teacher of a school.
 *
 * <pre>{@code
 * GtkAssessment gtk = InfoGtk.assess(school, InfoGtkOptions.builder().referenceDate(date).build());
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
   * @throws NullPointerException if school is null
   */
  public static GtkAssessment assess(SchoolSnapshot school) {
    return assess(school, InfoGtkOptions.defaults());
  }

  /**
   * Assesses {@code school}. Missing responses are not checked here (the facade does that): an absent
   * list is read as empty.
   *
   * @param school the school
   * @param options reference date, profile, locale, linearity table
   * @return the per-teacher assessment with every finding
   * @throws NullPointerException if an argument is null
   */
  public static GtkAssessment assess(SchoolSnapshot school, InfoGtkOptions options) {
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(options, "options");
    LocalDate date = options.referenceDate().orElseGet(LocalDate::now);
    RegulationProfile profile = options.profile().orElseGet(() -> school.semesterId()
        .map(s -> RegulationProfiles.forTahunAjaran(s.tahunAjaranStart()))
        .orElseGet(() -> RegulationProfiles.forDate(date)));
    RuleContext ctx = new RuleContext(school, date, profile, options.locale());
    FindingSink out = new FindingSink(Messages.load(MESSAGES, options.locale(), InfoGtk.class.getClassLoader()));
    return new InfoGtkValidator(options.linearityTable()).assess(ctx, out);
  }
}
