package id.sinkron.dapodik;

import java.util.Objects;

/**
 * A dump folder, a saved Web Service response or the supplement file cannot be read at all: the
 * folder is missing, or a file is empty, not JSON, cut off, or JSON of the wrong structure. Sinkron
 * cannot tell which rows it holds, so it refuses to guess. {@link #reason()} says which (a closed
 * set, like {@link DapodikWebServiceException.Reason}).
 *
 * <p>Unchecked on purpose: reading dump folders usually happens inside streams or batch jobs over
 * many schools, where a checked exception gets in the way; the caller decides where to catch it.
 * Files that are readable but are not a whole school are <em>not</em> exceptions: rows that cannot
 * be mapped are {@code INPUT-ROW-UNREADABLE}, error bodies {@code INPUT-WS-ERROR}, partial pages
 * {@code INPUT-PAGE-INCOMPLETE}, HTML pages and JSON without the envelope {@code
 * INPUT-NOT-WEB-SERVICE} input problems of the snapshot.
 *
 * <p>The message names the file and the position; it never quotes the offending text unmasked (it
 * could be personal data). No cause is attached for syntax errors (Jackson's messages quote the
 * input); a missing folder carries the {@link java.nio.file.NoSuchFileException} (it names only the
 * path).
 *
 * @since 0.1
 */
public final class DapodikFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Why the input cannot be read.
   *
   * @since 0.2
   */
  public enum Reason {
    /** The dump folder does not exist. */
    FOLDER_MISSING,
    /** The path exists but is not a folder. */
    NOT_A_FOLDER,
    /** The file (or response body) is empty. */
    EMPTY,
    /** Text that is neither JSON nor a known Web Service error text. */
    NOT_JSON,
    /** JSON with a syntax error. */
    INVALID_JSON,
    /** JSON that ends before it is complete (a cut-off download or copy). */
    CUT_OFF,
    /**
     * JSON of the wrong structure where Sinkron cannot skip it (e.g. a supplement section of the
     * wrong type).
     */
    WRONG_STRUCTURE
  }

  private final Reason reason;
  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * @param reason why the input cannot be read
   * @param file the file name (e.g. {@code getGtk.json}), URL path or folder
   * @param line 1-based line of the problem, or 0 when unknown
   * @param column 1-based column of the problem, or 0 when unknown
   * @param problem what is wrong, in English, with no personal data
   * @throws NullPointerException if reason, file or problem is null
   * @since 0.2
   */
  public DapodikFormatException(Reason reason, String file, int line, int column, String problem) {
    this(reason, file, line, column, problem, null);
  }

  /**
   * @param reason why the input cannot be read
   * @param file the file name, URL path or folder
   * @param line 1-based line of the problem, or 0 when unknown
   * @param column 1-based column of the problem, or 0 when unknown
   * @param problem what is wrong, in English, with no personal data
   * @param cause the underlying I/O exception (never a parser exception: those quote the input)
   * @since 0.2
   */
  public DapodikFormatException(
      Reason reason, String file, int line, int column, String problem, Throwable cause) {
    super(format(file, line, column, problem), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  private static String format(String file, int line, int column, String problem) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
    StringBuilder b = new StringBuilder(file).append(": ").append(problem);
    if (line > 0) {
      b.append(" (line ").append(line);
      if (column > 0) {
        b.append(", column ").append(column);
      }
      b.append(')');
    }
    return b.toString();
  }

  /**
   * @return why the input cannot be read
   * @since 0.2
   */
  public Reason reason() {
    return reason;
  }

  /**
   * @return the file name (dump), URL path (live) or folder that could not be read
   */
  public String file() {
    return file;
  }

  /**
   * @return the 1-based line of the problem, 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * @return the 1-based column of the problem, 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * @return what is wrong, without file and position
   */
  public String problem() {
    return problem;
  }
}
