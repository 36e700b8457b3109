package id.sinkron.model;

/**
 * Stable codes of input problems (RULES.md "Input problems"). Codes are public API: never renamed or
 * reused.
 *
 * @since 0.1
 */
public enum InputProblemCode {
  /** A Web Service response needed by an application is absent; that application is not evaluated. */
  ENDPOINT_MISSING("INPUT-ENDPOINT-MISSING"),
  /** A row could not be mapped (wrong type, bad date); reported with its index and field, never dropped. */
  ROW_UNREADABLE("INPUT-ROW-UNREADABLE"),
  /** The Web Service answered with an error body (auth, NPSN, no semester, empty list …). */
  WS_ERROR("INPUT-WS-ERROR"),
  /** Responses come from different semesters. */
  SEMESTER_MIXED("INPUT-SEMESTER-MIXED");

  private final String code;

  InputProblemCode(String code) {
    this.code = code;
  }

  /** @return the stable code, e.g. {@code INPUT-ROW-UNREADABLE} */
  public String code() {
    return code;
  }

  /** @return the message key in core's {@code id.sinkron.check.messages} bundle */
  public String messageKey() {
    return "input." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
  }
}
