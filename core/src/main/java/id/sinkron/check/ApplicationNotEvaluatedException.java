package id.sinkron.check;

import java.util.Objects;

/**
 * Thrown by a per-application entry ({@code InfoGtk.assess}, {@code Arkas.count}) when the
 * application could not be evaluated for the school: a response it needs is missing, its validator
 * is not on the classpath, or it does not apply to this kind of school. The message is the report's
 * reason, in the check's locale, without personal data.
 *
 * @since 0.2
 */
public final class ApplicationNotEvaluatedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The application that was not evaluated. */
  private final Application application;

  /** Its verdict. */
  private final Verdict verdict;

  /**
   * @param application the application
   * @param verdict its verdict ({@link Verdict#NOT_EVALUATED} or {@link Verdict#NOT_APPLICABLE})
   * @param reason the report's reason
   */
  public ApplicationNotEvaluatedException(Application application, Verdict verdict, String reason) {
    super(application + " " + verdict + ": " + reason);
    this.application = Objects.requireNonNull(application, "application");
    this.verdict = Objects.requireNonNull(verdict, "verdict");
  }

  /**
   * @return the application that was not evaluated
   */
  public Application application() {
    return application;
  }

  /**
   * @return why: {@link Verdict#NOT_EVALUATED} or {@link Verdict#NOT_APPLICABLE}
   */
  public Verdict verdict() {
    return verdict;
  }
}
