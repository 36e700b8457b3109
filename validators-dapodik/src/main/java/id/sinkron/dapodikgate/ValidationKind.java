package id.sinkron.dapodikgate;

/**
 * What a Dapodik validation result means for the sync.
 *
 * @since 0.2
 */
public enum ValidationKind {
  /** Red: the sync is refused while the row stays invalid. */
  INVALID,
  /** Yellow: the sync goes through. */
  WARNING,
  /**
   * The mapping does not know the result's kind: shown with Dapodik's text, never called harmless.
   */
  UNCLASSIFIED
}
