package id.sinkron.bosmadrasah;

import id.sinkron.check.Application;
import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.model.Endpoint;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.SourceSystem;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The BOS Madrasah {@link ApplicationValidator}, registered in {@code
 * META-INF/services/id.sinkron.check.ApplicationValidator}: the {@code BOSM-*} rules on a madrasah
 * snapshot read from an EMIS 4.0 export ({@code id.sinkron.emis.EmisExport}), and the {@link
 * BosMadrasahCount} as the report's {@code details.BOS_MADRASAH}. Applies only to EMIS snapshots: a
 * Dapodik school is reported not applicable.
 *
 * <p>Thresholds come from the {@link id.sinkron.profile.KemenagProfile} extra of the options
 * ({@code CheckOptions.builder().putExtras(KemenagProfile.class, profile)}), else the bundled
 * profile. Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class BosMadrasahValidator implements ApplicationValidator {
  private static final Set<Endpoint> REQUIRED =
      Set.of(Endpoint.SEKOLAH, Endpoint.PESERTA_DIDIK, Endpoint.ROMBONGAN_BELAJAR);

  /** The validator (used by {@link java.util.ServiceLoader}). */
  public BosMadrasahValidator() {}

  @Override
  public Application application() {
    return Application.BOS_MADRASAH;
  }

  @Override
  public Set<Endpoint> requiredEndpoints() {
    return REQUIRED;
  }

  @Override
  public List<BosMadrasahCode> codes() {
    return List.of(BosMadrasahCode.values());
  }

  @Override
  public String messageBundle() {
    return "id.sinkron.bosmadrasah.messages";
  }

  @Override
  public List<Rule> rules() {
    return BosmRules.all();
  }

  /**
   * @return true only for a snapshot read from EMIS
   */
  @Override
  public boolean appliesTo(SchoolSnapshot school) {
    return school.provenance().system() == SourceSystem.EMIS;
  }

  /**
   * @return the {@link BosMadrasahCount} the rules read
   */
  @Override
  public Optional<BosMadrasahCount> details(RuleContext ctx, FindingSink results) {
    return Optional.of(BosmRules.analysis(ctx).count());
  }
}
