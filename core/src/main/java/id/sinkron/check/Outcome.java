package id.sinkron.check;

/**
 * The one answer of a report for a gate ({@link Report#outcome()}), in the order a gate should test
 * it. The {@code sinkron} command line exits with the code given here.
 *
 * @since 0.2
 */
public enum Outcome {
  /** Every requested application was evaluated and is READY. Exit code 0. */
  READY(0),
  /**
   * At least one requested application is NOT_READY (blockers, or rows it needs are unreadable).
   * Exit code 1.
   */
  NOT_READY(1),
  /**
   * No application is NOT_READY, but the report is not complete ({@link Report#isComplete()}): a
   * requested application could not be evaluated (its input is missing, refused, partial or
   * contradictory, or no validator for it is on the classpath), or nothing was requested at all.
   * Exit code 3.
   */
  INCOMPLETE(3),
  /**
   * The input holds no readable Web Service response at all (every response missing, an error body
   * or not a response), so nothing could be evaluated. Exit code 2, like a usage error.
   */
  UNREADABLE(2);

  private final int exitCode;

  Outcome(int exitCode) {
    this.exitCode = exitCode;
  }

  /**
   * @return the exit code of the {@code sinkron} command line for this outcome
   */
  public int exitCode() {
    return exitCode;
  }
}
