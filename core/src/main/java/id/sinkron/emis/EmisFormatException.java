package id.sinkron.emis;

/**
 * The file is not an EMIS 4.0 student export at all: not an Excel workbook, or a workbook none of
 * whose sheets has a header row with {@code NISN} and a name column in its first rows. The message
 * names the file and what it looks like; it holds no personal data. Rows and cells that cannot be
 * read in a real export are not exceptions but input problems of the snapshot.
 *
 * @since 0.2
 */
public final class EmisFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  EmisFormatException(String message) {
    super(message);
  }

  EmisFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
