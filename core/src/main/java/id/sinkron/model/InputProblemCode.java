package id.sinkron.model;

/**
 * Stable codes of input problems (RULES.md "Input problems"). Codes are public API: never renamed
 * or reused.
 *
 * @since 0.1
 */
public enum InputProblemCode {
  /**
   * A Web Service response needed by an application is absent; that application is not evaluated.
   */
  ENDPOINT_MISSING("INPUT-ENDPOINT-MISSING"),
  /**
   * A row could not be mapped (wrong type, bad date); reported with its index and field, never
   * dropped.
   */
  ROW_UNREADABLE("INPUT-ROW-UNREADABLE"),
  /** The Web Service answered with an error body (auth, NPSN, no semester, empty list …). */
  WS_ERROR("INPUT-WS-ERROR"),
  /** Responses come from different semesters. */
  SEMESTER_MIXED("INPUT-SEMESTER-MIXED"),
  /**
   * A list response holds fewer rows than its envelope's {@code results} says (a saved page, a
   * cut-off download): the response is partial, its rows are not used, and the applications that
   * need it are not evaluated.
   *
   * @since 0.2
   */
  PAGE_INCOMPLETE("INPUT-PAGE-INCOMPLETE"),
  /**
   * A list response is empty ({@code rows} empty or null, or a "Data … tidak ditemukan" error)
   * while another response shows it cannot be: the applications that need it are not evaluated.
   *
   * @since 0.2
   */
  EMPTY_CONTRADICTED("INPUT-EMPTY-CONTRADICTED"),
  /**
   * The file is not a Web Service response at all (an HTML page, a bare list, an object without the
   * envelope); the applications that need it are not evaluated.
   *
   * @since 0.2
   */
  NOT_WEB_SERVICE("INPUT-NOT-WEB-SERVICE");

  private final String code;

  InputProblemCode(String code) {
    this.code = code;
  }

  /**
   * @return the stable code, e.g. {@code INPUT-ROW-UNREADABLE}
   */
  public String code() {
    return code;
  }

  /**
   * @return the message key in core's {@code id.sinkron.check.messages} bundle
   */
  public String messageKey() {
    return "input." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
  }
}
