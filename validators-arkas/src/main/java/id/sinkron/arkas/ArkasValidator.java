package id.sinkron.arkas;

import id.sinkron.arkas.rules.ArkasRules;
import id.sinkron.check.Application;
import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.FindingSink;
import id.sinkron.check.RuleContext;
import id.sinkron.model.Endpoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ARKAS/BOSP {@link ApplicationValidator}, registered in
 * {@code META-INF/services/id.sinkron.check.ApplicationValidator}: runs every {@code ARKAS-*} rule and
 * returns the {@link BospCount} as the report's {@code details.ARKAS}. Needs {@code getSekolah},
 * {@code getGtk}, {@code getPesertaDidik} and {@code getRombonganBelajar}.
 *
 * <p>The reference date, profile and locale come from the checker; the cut-off defaults to the profile's
 * cut-off in the snapshot's tahun ajaran. To count at another cut-off, pass
 * {@code Sinkron.checker().validators(List.of(ArkasValidator.withCutOff(date)))}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ArkasValidator implements ApplicationValidator {
  private static final Set<Endpoint> REQUIRED =
      Set.of(Endpoint.SEKOLAH, Endpoint.GTK, Endpoint.PESERTA_DIDIK, Endpoint.ROMBONGAN_BELAJAR);

  private final Optional<LocalDate> cutOff;

  /** The validator with the default cut-off (used by {@link java.util.ServiceLoader}). */
  public ArkasValidator() {
    this.cutOff = Optional.empty();
  }

  private ArkasValidator(LocalDate cutOff) {
    this.cutOff = Optional.of(cutOff);
  }

  /**
   * @param cutOff the cut-off date to count at
   * @return a validator counting at {@code cutOff}
   * @throws NullPointerException if cutOff is null
   */
  public static ArkasValidator withCutOff(LocalDate cutOff) {
    return new ArkasValidator(Objects.requireNonNull(cutOff, "cutOff"));
  }

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

  /** @return the {@link BospCount} of the school */
  @Override
  public Optional<BospCount> validate(RuleContext ctx, FindingSink out) {
    return Optional.of(ArkasRules.run(ctx, cutOff, out));
  }
}
