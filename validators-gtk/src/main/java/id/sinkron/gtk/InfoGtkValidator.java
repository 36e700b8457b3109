package id.sinkron.gtk;

import id.sinkron.check.Application;
import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.gtk.rules.GtkRules;
import id.sinkron.model.Endpoint;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Info GTK {@link ApplicationValidator}, found by the facade through {@code
 * META-INF/services/id.sinkron.check.ApplicationValidator}. It runs every {@code GTK-*} rule and
 * returns the {@link GtkAssessment} as the report's {@code details.INFO_GTK}.
 *
 * <p>Required responses: {@code getSekolah} (negeri/swasta, jenjang, the school as a subject),
 * {@code getGtk} and {@code getRombonganBelajar} (pembelajaran, wali kelas and members). {@code
 * getPesertaDidik} is not required: a rombel's member count comes from its {@code anggota_rombel},
 * which is what "rombel with zero members" means here.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class InfoGtkValidator implements ApplicationValidator {
  private final LinearityTable linearity;
  private final List<Rule> rules;

  /** A validator with the bundled linearity table (the ServiceLoader constructor). */
  public InfoGtkValidator() {
    this(LinearityTable.bundled());
  }

  /**
   * @param linearity the linearity table to use
   * @throws NullPointerException if linearity is null
   */
  public InfoGtkValidator(LinearityTable linearity) {
    this.linearity = Objects.requireNonNull(linearity, "linearity");
    this.rules = GtkRules.all(linearity);
  }

  @Override
  public Application application() {
    return Application.INFO_GTK;
  }

  @Override
  public Set<Endpoint> requiredEndpoints() {
    return EnumSet.of(Endpoint.SEKOLAH, Endpoint.GTK, Endpoint.ROMBONGAN_BELAJAR);
  }

  @Override
  public List<GtkCode> codes() {
    return List.of(GtkCode.values());
  }

  @Override
  public String messageBundle() {
    return InfoGtk.MESSAGES;
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }

  /**
   * @return the per-teacher assessment, built from the loads the rules shared and their findings
   */
  @Override
  public Optional<GtkAssessment> details(RuleContext ctx, FindingSink results) {
    LinearityTable table = ctx.options().extra(LinearityTable.class).orElse(linearity);
    return Optional.of(
        AssessmentBuilder.build(
            ctx, table, BebanKerja.forSchool(ctx), results.findings(), results.notEvaluated()));
  }

  /**
   * @return each teacher's change in recognised load, status and codes, with the hours and duties
   *     behind it
   */
  @Override
  public Optional<GtkChanges> compare(
      RuleContext before, Object detailsBefore, RuleContext after, Object detailsAfter) {
    return Optional.of(
        GtkChanges.between((GtkAssessment) detailsBefore, (GtkAssessment) detailsAfter));
  }
}
