package id.sinkron.check;

/**
 * Per-application outcome of a check.
 *
 * @since 0.1
 */
public enum Verdict {
  /** Checked; no blocker and no unreadable input. */
  READY,
  /** Checked; at least one blocker, or input the application needs could not be read whole. */
  NOT_READY,
  /**
   * Not checked: no validator on the classpath, not requested, or a required response is missing.
   */
  NOT_EVALUATED,
  /**
   * The application does not serve this kind of school (e.g. BOS Madrasah for a Dapodik school,
   * Info GTK for an EMIS madrasah export): neither ready nor a failure, and no effect on exit
   * codes.
   *
   * @since 0.2
   */
  NOT_APPLICABLE
}
