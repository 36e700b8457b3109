package id.sinkron.check;

import id.sinkron.model.Endpoint;
import id.sinkron.model.SchoolSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SPI: the rules of one application. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/id.sinkron.check.ApplicationValidator}); they must be stateless and
 * thread-safe and have a public no-argument constructor.
 *
 * @since 0.1
 */
public interface ApplicationValidator {
  /**
   * @return the application this validator predicts
   */
  Application application();

  /**
   * @return the responses the application needs; when one is missing the facade does not run its
   *     {@link #rules()} and reports the application NOT_EVALUATED
   */
  Set<Endpoint> requiredEndpoints();

  /**
   * @return every code the module can report (for completeness tests and documentation)
   */
  List<? extends FindingCode> codes();

  /**
   * @return the base name of the module's message bundle, e.g. {@code id.sinkron.gtk.messages}
   */
  String messageBundle();

  /**
   * @return the module's rules, in catalogue order; the facade runs each on the school (after
   *     checking the required responses) and collects their findings. Rules read shared analyses
   *     through {@link RuleContext#derived}; a module never runs its rules itself.
   * @since 0.2
   */
  List<Rule> rules();

  /**
   * Whether the application serves this kind of school at all (a Dapodik school for Info GTK, an
   * EMIS madrasah export for BOS Madrasah). When false, the application is reported {@link
   * Verdict#NOT_APPLICABLE} and no rule runs. Default: the snapshots read from Dapodik ({@link
   * id.sinkron.model.Provenance#system()} {@link id.sinkron.model.SourceSystem#DAPODIK}), which
   * every snapshot was before 0.2; a validator of another system's data (BOS Madrasah on EMIS)
   * overrides it.
   *
   * @param school the school
   * @return whether the application applies
   * @since 0.2
   */
  default boolean appliesTo(SchoolSnapshot school) {
    return school.provenance().system() == id.sinkron.model.SourceSystem.DAPODIK;
  }

  /**
   * The application's typed details for the report ({@code details.<APPLICATION>}), computed after
   * every rule ran; usually built from the analyses the rules shared through {@link
   * RuleContext#derived}.
   *
   * @param ctx the school and options
   * @param results the findings and rules not evaluated of this application
   * @return the details, serialisable by Jackson; empty for none (the default)
   * @since 0.2
   */
  default Optional<?> details(RuleContext ctx, FindingSink results) {
    return Optional.empty();
  }

  /**
   * Why the application cannot be judged for this school although the responses it needs were read
   * (an input beyond the Web Service is present but unreadable or incomplete, e.g. the Dapodik
   * gate's local export). Called after every rule ran; when present and no finding is a blocker,
   * the application is reported {@link Verdict#NOT_EVALUATED} with this reason (its findings are
   * still listed). Default: none.
   *
   * @param ctx the school and options
   * @param results the findings and rules not evaluated of this application
   * @return the reason, rendered in the check's locale
   * @since 0.2
   */
  default Optional<String> notEvaluatedReason(RuleContext ctx, FindingSink results) {
    return Optional.empty();
  }

  /**
   * The application's own deltas between two checks of the same school (e.g. each teacher's
   * recognised load and predicted status before and after, the students who enter or leave the BOSP
   * count), for {@code Sinkron.checker().compare(before, after)}. Called only when the application
   * was evaluated in both checks; the contexts still hold the analyses the rules shared.
   *
   * @param before the first check's context
   * @param detailsBefore the first check's details ({@link #details})
   * @param after the second check's context
   * @param detailsAfter the second check's details
   * @return the deltas, serialisable by Jackson; empty for none (the default)
   * @since 0.2
   */
  default Optional<?> compare(
      RuleContext before, Object detailsBefore, RuleContext after, Object detailsAfter) {
    return Optional.empty();
  }
}
