package id.sinkron.gtk;

/**
 * Sinkron's prediction for one {@link VerificationBlock} of the Info GTK page.
 *
 * @since 0.2
 */
public enum BlockStatus {
  /** No finding decides against the block and everything it needs was evaluated. */
  VALID,
  /** A blocker (or a predicted Info GTK code 01, 02, 04 or 06) decides against the block. */
  NOT_VALID,
  /** A rule of the block could not be evaluated for the teacher and nothing decides against it. */
  NOT_EVALUATED
}
