package id.sinkron.dapodik;

import java.util.Objects;

/**
 * A saved Web Service response (or the supplement file) is not JSON at all, is cut off, or is JSON that
 * is not a Web Service response: Sinkron cannot tell which rows it holds, so it refuses to guess.
 *
 * <p>Unchecked on purpose: reading dump folders usually happens inside streams or batch jobs over many
 * schools, where a checked exception gets in the way; the caller decides where to catch it. Rows that
 * are JSON but cannot be mapped are <em>not</em> exceptions: they become {@code INPUT-ROW-UNREADABLE}
 * input problems of the snapshot.
 *
 * <p>The message names the file and the position; it never quotes the offending text unmasked (it could
 * be personal data). No cause is attached, for the same reason (Jackson's messages quote the input).
 *
 * @since 0.1
 */
public final class DapodikFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * @param file the file name (e.g. {@code getGtk.json}) or URL path the text came from
   * @param line 1-based line of the problem, or 0 when unknown
   * @param column 1-based column of the problem, or 0 when unknown
   * @param problem what is wrong, in English, with no personal data
   * @throws NullPointerException if file or problem is null
   */
  public DapodikFormatException(String file, int line, int column, String problem) {
    super(format(file, line, column, problem));
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

  /** @return the file name (dump) or URL path (live) that could not be read */
  public String file() {
    return file;
  }

  /** @return the 1-based line of the problem, 0 when unknown */
  public int line() {
    return line;
  }

  /** @return the 1-based column of the problem, 0 when unknown */
  public int column() {
    return column;
  }

  /** @return what is wrong, without file and position */
  public String problem() {
    return problem;
  }
}
