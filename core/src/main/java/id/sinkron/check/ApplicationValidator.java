package id.sinkron.check;

import id.sinkron.model.Endpoint;
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
  /** @return the application this validator predicts */
  Application application();

  /**
   * @return the responses the application needs; when one is missing the facade does not call
   *     {@link #validate} and reports the application NOT_EVALUATED
   */
  Set<Endpoint> requiredEndpoints();

  /** @return every code the module can report (for completeness tests and documentation) */
  List<? extends FindingCode> codes();

  /** @return the base name of the module's message bundle, e.g. {@code id.sinkron.gtk.messages} */
  String messageBundle();

  /**
   * Runs every rule on the school.
   *
   * @param ctx the school and options
   * @param out where findings go
   * @return the application's typed details for the report ({@code details.<APPLICATION>}), if any;
   *     it must be serialisable by Jackson
   */
  Optional<?> validate(RuleContext ctx, FindingSink out);
}
