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
  /** Not checked: no validator on the classpath, not requested, or a required response is missing. */
  NOT_EVALUATED
}
