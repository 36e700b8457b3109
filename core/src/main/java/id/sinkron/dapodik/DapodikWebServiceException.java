package id.sinkron.dapodik;

import id.sinkron.model.Endpoint;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call to the live Dapodik Web Service failed, so {@link DapodikWebService#fetch()} returns
 * nothing: a partial snapshot is never returned as if it were whole.
 *
 * <p>{@link #reason()} is a closed set of causes; {@link #endpoint()} names the call that failed;
 * {@link #serverMessage()} is the server's own text for error bodies. The message never contains
 * the token (nor any other header), nor personal data. Unchecked, like {@link
 * DapodikFormatException}.
 *
 * @since 0.1
 */
public final class DapodikWebServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Why a call failed. The JSON error bodies are recognised by the server's message text (DOMAIN.md
   * §2.1–2.2); the HTTP status of an error body is not relied on.
   *
   * @since 0.1
   */
  public enum Reason {
    /**
     * The plain-text body {@code Access denied - You are not authorized …}: token missing or
     * unparseable.
     */
    UNAUTHORIZED,
    /** {@code Parameter NPSN harap diisi}: the request had no NPSN. */
    NPSN_MISSING,
    /** {@code Sekolah tidak ditemukan}: the NPSN is unknown to this Dapodik installation. */
    SCHOOL_NOT_FOUND,
    /**
     * getSekolah returned a school whose NPSN is not the one requested (the server answers for the
     * school bound to the token and only checks that the requested NPSN exists), or no NPSN at all.
     */
    NPSN_MISMATCH,
    /** {@code Semester tidak ditemukan}: Dapodik has no active semester. */
    NO_ACTIVE_SEMESTER,
    /**
     * {@code Aplikasi tidak terdaftar pada Web Service Dapodik}: the token is not an active
     * registered app.
     */
    APP_NOT_REGISTERED,
    /**
     * {@code IP Address yang didaftarkan … berbeda}: the caller's IP is not the one registered with
     * the token.
     */
    IP_MISMATCH,
    /**
     * An answer that cannot be true was empty: getSekolah without a school. (An empty-list error of
     * getGtk, getPesertaDidik, getRombonganBelajar or getPengguna is not a failure: it is read as
     * zero rows and noted as an {@code INPUT-WS-ERROR} input problem of the snapshot.)
     */
    EMPTY,
    /** The body is not JSON, is cut off, is an HTML page, or is JSON without {@code rows}. */
    MALFORMED,
    /**
     * A list response held fewer rows than its {@code results} announces, and following {@code
     * start} did not bring the rest (a page failed, brought no row, or the server ignores {@code
     * start}).
     *
     * @since 0.2
     */
    INCOMPLETE,
    /** A JSON error body ({@code "success": false}) with a message Sinkron does not know. */
    UNKNOWN_ERROR,
    /**
     * An HTTP status other than 2xx without a recognised error body (after retries for 5xx); see
     * {@link #httpStatus()}.
     */
    HTTP,
    /** Connecting or the whole request took longer than the configured timeout. */
    TIMEOUT,
    /** The connection could not be made or broke (after the configured retries). */
    CONNECTION,
    /** The calling thread was interrupted while waiting; the interrupt flag is set again. */
    INTERRUPTED
  }

  private final Reason reason;
  private final String endpoint;
  private final int httpStatus;
  private final String serverMessage;

  /**
   * @param reason why the call failed
   * @param endpoint the Web Service name, e.g. {@code getGtk}
   * @param httpStatus the HTTP status, or 0 when there was no response
   * @param serverMessage the server's error text, or null
   * @param detail extra detail for the message (no token, no personal data), or null
   * @throws NullPointerException if reason or endpoint is null
   */
  public DapodikWebServiceException(
      Reason reason, String endpoint, int httpStatus, String serverMessage, String detail) {
    super(message(reason, endpoint, httpStatus, serverMessage, detail));
    this.reason = reason;
    this.endpoint = endpoint;
    this.httpStatus = httpStatus;
    this.serverMessage = serverMessage;
  }

  private static String message(
      Reason reason, String endpoint, int status, String server, String detail) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(endpoint, "endpoint");
    StringBuilder b = new StringBuilder(endpoint).append(": ").append(reason);
    if (status > 0) {
      b.append(" (HTTP ").append(status).append(')');
    }
    if (server != null) {
      b.append(": server said '").append(server).append('\'');
    }
    if (detail != null) {
      b.append(server != null ? "; " : ": ").append(detail);
    }
    return b.toString();
  }

  /**
   * @return why the call failed
   */
  public Reason reason() {
    return reason;
  }

  /**
   * @return the Web Service name of the failed call, e.g. {@code getGtk}
   */
  public String endpoint() {
    return endpoint;
  }

  /**
   * @return the endpoint as the model knows it
   */
  public Optional<Endpoint> endpointType() {
    return Endpoint.fromName(endpoint);
  }

  /**
   * @return the HTTP status of the response, empty when there was none
   */
  public OptionalInt httpStatus() {
    return httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty();
  }

  /**
   * @return the server's own error text ({@code message} of a JSON error body, or the plain-text
   *     body)
   */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(serverMessage);
  }
}
