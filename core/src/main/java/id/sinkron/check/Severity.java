package id.sinkron.check;

/**
 * How bad a finding is (RULES.md).
 *
 * @since 0.1
 */
public enum Severity {
  /** The application will reject, drop or miscount something. */
  BLOCKER,
  /** A likely problem or a risk. */
  WARNING,
  /** A computed fact the operator should see. */
  INFO
}
