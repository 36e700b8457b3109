package id.sinkron.gtk;

/**
 * The predicted Info GTK status of a teacher.
 *
 * @since 0.1
 */
public enum GtkStatus {
  /** No blocker and no predicted Info GTK problem code: Info GTK should show the teacher valid. */
  VALID,
  /** At least one blocker for the teacher, or a predicted problem code (01, 02, 04, 06). */
  NOT_VALID
}
