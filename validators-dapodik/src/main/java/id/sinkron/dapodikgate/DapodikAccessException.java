package id.sinkron.dapodikgate;

import java.util.Objects;

/**
 * The local Dapodik installation could not be read at all: wrong credentials, nothing listening,
 * not a Dapodik database, or an answer Sinkron does not understand. (A part that is missing, such
 * as a table another Dapodik version lacks, is not an exception: it is listed as unavailable in the
 * export and its rules are not evaluated.)
 *
 * <p>The message names the host, port, database or URL and user, never a password; no cause is
 * attached (a driver's message could quote what it was given).
 *
 * @since 0.2
 */
public final class DapodikAccessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** The database refused the user or password. */
    AUTHENTICATION_FAILED,
    /**
     * Nothing answered at the address (Dapodik not running, wrong host or port), or it timed out.
     */
    UNREACHABLE,
    /** The database or application answered but is not a Dapodik installation Sinkron can read. */
    NOT_DAPODIK,
    /** The application does not know the user name ({@code #PenggunaTidakTerdaftar}). */
    UNKNOWN_USER,
    /** The application refused the password ({@code #PasswordSalah}). */
    WRONG_PASSWORD,
    /** Reading failed after the connection was made. */
    READ_FAILED
  }

  private final Kind kind;

  /**
   * @param kind what went wrong
   * @param message English text without any credential
   */
  public DapodikAccessException(Kind kind, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * @return what went wrong
   */
  public Kind kind() {
    return kind;
  }
}
