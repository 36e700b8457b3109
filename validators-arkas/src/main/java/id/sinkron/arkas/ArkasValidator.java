package id.sinkron.arkas;

import id.sinkron.arkas.rules.ArkasRules;
import id.sinkron.check.Application;
import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.model.Endpoint;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ARKAS/BOSP {@link ApplicationValidator}, registered in {@code
 * META-INF/services/id.sinkron.check.ApplicationValidator}: runs every {@code ARKAS-*} rule and
 * returns the {@link BospCount} as the report's {@code details.ARKAS}. Needs {@code getSekolah},
 * {@code getGtk}, {@code getPesertaDidik} and {@code getRombonganBelajar}.
 *
 * <p>The reference date, profile and locale come from the checker's options; the cut-off defaults
 * to the profile's cut-off in the snapshot's tahun ajaran. To count at another cut-off, set the
 * {@link BospCutOff} extra: {@code Sinkron.checker().options(CheckOptions.builder().putExtras(
 * BospCutOff.class, new BospCutOff(date)).build())}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ArkasValidator implements ApplicationValidator {
  private static final Set<Endpoint> REQUIRED =
      Set.of(Endpoint.SEKOLAH, Endpoint.GTK, Endpoint.PESERTA_DIDIK, Endpoint.ROMBONGAN_BELAJAR);

  /** The validator (used by {@link java.util.ServiceLoader}). */
  public ArkasValidator() {}

  @Override
  public Application application() {
    return Application.ARKAS;
  }

  @Override
  public Set<Endpoint> requiredEndpoints() {
    return REQUIRED;
  }

  @Override
  public List<ArkasCode> codes() {
    return List.of(ArkasCode.values());
  }

  @Override
  public String messageBundle() {
    return "id.sinkron.arkas.messages";
  }

  @Override
  public List<Rule> rules() {
    return ArkasRules.all();
  }

  /**
   * @return the {@link BospCount} of the school, the one the rules read
   */
  @Override
  public Optional<BospCount> details(RuleContext ctx, FindingSink results) {
    return Optional.of(ArkasRules.count(ctx));
  }

  /**
   * @return the students who entered or left the BOSP count, and why
   */
  @Override
  public Optional<BospChanges> compare(
      RuleContext before, Object detailsBefore, RuleContext after, Object detailsAfter) {
    return Optional.of(ArkasRules.changes(before, after));
  }
}
