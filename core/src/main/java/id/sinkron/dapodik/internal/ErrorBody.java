package id.sinkron.dapodik.internal;

import id.sinkron.model.Endpoint;
import java.util.Locale;

/**
 * An error body of the Web Service, recognised by its text (DOMAIN.md §2.1–2.2): the plain-text
 * {@code Access denied …} or a JSON {@code {"success": false, "message": …}}.
 *
 * @param kind what the server reported
 * @param message the server's text, trimmed and cut to at most 300 characters
 */
public record ErrorBody(Kind kind, String message) {

  /** What the server reported. */
  public enum Kind {
    ACCESS_DENIED,
    NPSN_MISSING,
    SCHOOL_NOT_FOUND,
    NO_ACTIVE_SEMESTER,
    APP_NOT_REGISTERED,
    IP_MISMATCH,
    /** "Data … tidak ditemukan" naming this endpoint's data: the list is empty. */
    EMPTY_LIST,
    /** An error body whose message Sinkron does not know. */
    UNKNOWN
  }

  static final int MAX_MESSAGE = 300;

  /**
   * @return whether the body means "no rows" for this endpoint rather than "no data"
   */
  public boolean isEmptyList() {
    return kind == Kind.EMPTY_LIST;
  }

  /**
   * Classifies a server message.
   *
   * @param text the plain-text body or the JSON {@code message}; may be null
   * @param endpoint the endpoint that answered
   * @return the error body; {@link Kind#UNKNOWN} when the text is not a known error
   */
  static ErrorBody classify(String text, Endpoint endpoint) {
    String msg = text == null ? "" : text.strip();
    if (msg.length() > MAX_MESSAGE) {
      msg = msg.substring(0, MAX_MESSAGE);
    }
    String m = msg.toLowerCase(Locale.ROOT);
    Kind kind;
    if (m.startsWith("access denied")) {
      kind = Kind.ACCESS_DENIED;
    } else if (m.contains("parameter npsn")) {
      kind = Kind.NPSN_MISSING;
    } else if (m.startsWith("sekolah tidak ditemukan")) {
      kind = Kind.SCHOOL_NOT_FOUND;
    } else if (m.startsWith("semester tidak ditemukan")) {
      kind = Kind.NO_ACTIVE_SEMESTER;
    } else if (m.startsWith("aplikasi tidak terdaftar")) {
      kind = Kind.APP_NOT_REGISTERED;
    } else if (m.startsWith("ip address") && m.contains("berbeda")) {
      kind = Kind.IP_MISMATCH;
    } else if (m.startsWith("data ") && m.endsWith("tidak ditemukan") && namesDataOf(m, endpoint)) {
      kind = Kind.EMPTY_LIST;
    } else {
      kind = Kind.UNKNOWN;
    }
    return new ErrorBody(kind, msg);
  }

  /**
   * Whether "data X tidak ditemukan" names the data of {@code endpoint}, so that it can mean "zero
   * rows".
   */
  private static boolean namesDataOf(String m, Endpoint endpoint) {
    String what = m.substring("data ".length(), m.length() - "tidak ditemukan".length()).strip();
    switch (endpoint) {
      case GTK:
        return what.equals("gtk") || what.equals("ptk");
      case PESERTA_DIDIK:
        return what.equals("peserta didik");
      case ROMBONGAN_BELAJAR:
        return what.equals("rombongan belajar") || what.equals("rombel");
      case PENGGUNA:
        return what.equals("pengguna");
      case SEKOLAH:
        return what.equals("sekolah");
      default:
        return false;
    }
  }
}
