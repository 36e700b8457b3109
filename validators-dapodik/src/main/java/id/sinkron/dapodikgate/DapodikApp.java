package id.sinkron.dapodikgate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.dapodikgate.DapodikAccessException.Kind;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.DapodikLocal.Part;
import id.sinkron.model.ImmutableDapodikLocal;
import id.sinkron.model.ImmutableDapodikValidationRow;
import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Dapodik's own validation results from the school's local Dapodik <em>application</em> (port
 * 5774), for operators who do not give database access. The flow follows the public client {@code
 * dapodix/dapodik} 0.19.0 ({@code dapodik/auth/base.py}, {@code dapodik/validasi/base.py}):
 *
 * <ol>
 *   <li>{@code GET /} (opens the session);
 *   <li>{@code POST /roleperan} with {@code username} (the e-mail), {@code password}, {@code
 *       semester_id}, {@code rememberme=on}; a redirect to {@code #PenggunaTidakTerdaftar} or
 *       {@code #PasswordSalah} is a typed {@link DapodikAccessException} ({@link
 *       Kind#UNKNOWN_USER}, {@link Kind#WRONG_PASSWORD});
 *   <li>{@code GET} the chosen role's link from the returned list;
 *   <li>{@code GET /validation?jenis_validasi=…&page=…&start=…&limit=…} for each kind, rows in
 *       {@code rows} (fields {@code validasi_id}, {@code table}, {@code tipe}, {@code keterangan});
 *   <li>{@code GET /destauth} (logout), always.
 * </ol>
 *
 * Only reads: the login form is the one write-like request, and it changes no data. The export has
 * the sync log and changes {@linkplain DapodikLocal#unavailable() unavailable}: the endpoint gives
 * validation only. Bounded: at most {@code maxRows} rows per kind.
 *
 * <p>The password goes only into the login form's body; it is never logged, printed, stored or put
 * into an exception.
 *
 * @since 0.2
 */
public final class DapodikApp {
  /** The kinds of {@code jenis_validasi} read, in order. */
  public static final List<String> KINDS =
      List.of(
          "sekolah",
          "prasarana",
          "peserta_didik",
          "ptk",
          "rombongan_belajar",
          "pembelajaran",
          "nilai",
          "referensi");

  /** Rows per page. */
  static final int PAGE = 50;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LI =
      Pattern.compile("<li\\b[^>]*>(.*?)</li>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern HREF =
      Pattern.compile(
          "<a\\b[^>]*\\bhref\\s*=\\s*[\"']([^\"']+)[\"']",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern SPAN =
      Pattern.compile("<span\\b[^>]*>(.*?)</span>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private DapodikApp() {}

  /** Access to the local application. */
  public static final class Access {
    private final URI base;
    private final String username;
    private final char[] password;
    private final String semesterId;
    private final String role;

    private Access(URI base, String username, char[] password, String semesterId, String role) {
      String b = Objects.requireNonNull(base, "base").toString();
      this.base = URI.create(b.endsWith("/") ? b : b + "/");
      this.username = Objects.requireNonNull(username, "username");
      this.password = Objects.requireNonNull(password, "password").clone();
      this.semesterId = Objects.requireNonNull(semesterId, "semesterId");
      this.role = role;
    }

    /**
     * @param base the application, e.g. {@code http://localhost:5774/}
     * @param username the operator's e-mail
     * @param password the password (copied)
     * @param semesterId e.g. {@code 20261}
     * @param role a text the chosen role's line contains (e.g. {@code Operator}), or null for the
     *     first
     */
    public static Access of(
        URI base, String username, char[] password, String semesterId, String role) {
      return new Access(base, username, password, semesterId, role);
    }

    public URI base() {
      return base;
    }

    /** Overwrites the held password with zeros. */
    public void clearPassword() {
      Arrays.fill(password, '\0');
    }

    /**
     * @return the base URL and semester, without user name or password
     */
    @Override
    public String toString() {
      return base + " (semester " + semesterId + ")";
    }
  }

  /**
   * Logs in, reads every kind's validation results and logs out.
   *
   * @throws DapodikAccessException if the application is not reachable, refuses the login, or
   *     answers in a shape Sinkron does not know
   */
  public static DapodikLocal read(Access access) {
    return read(
        access, DapodikDatabase.DEFAULT_MAX_ROWS, Clock.systemUTC(), Duration.ofSeconds(30));
  }

  /**
   * @param maxRows rows read per kind at most
   * @param timeout per request
   * @throws DapodikAccessException see {@link #read(Access)}
   */
  public static DapodikLocal read(Access access, int maxRows, Clock clock, Duration timeout) {
    Objects.requireNonNull(access, "access");
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
    Session s = new Session(http, access, timeout);
    s.get(access.base, true);
    s.login();
    try {
      ImmutableDapodikLocal.Builder out =
          ImmutableDapodikLocal.builder()
              .source(DapodikLocal.Source.APPLICATION)
              .readAt(clock.instant())
              .putUnavailable(
                  Part.SYNC_LOG,
                  "read from the application's validation endpoint, which has no sync log")
              .putUnavailable(
                  Part.CHANGES,
                  "read from the application's validation endpoint, which has no change tracking");
      for (String kind : KINDS) {
        s.validation(kind, maxRows, out);
      }
      return out.build();
    } finally {
      s.logout();
    }
  }

  /** One logged-in session. */
  private static final class Session {
    private final HttpClient http;
    private final Access a;
    private final Duration timeout;

    Session(HttpClient http, Access a, Duration timeout) {
      this.http = http;
      this.a = a;
      this.timeout = timeout;
    }

    void login() {
      char[] pw = a.password.clone();
      String form =
          "username="
              + enc(a.username)
              + "&password="
              + enc(new String(pw))
              + "&semester_id="
              + enc(a.semesterId)
              + "&rememberme=on";
      Arrays.fill(pw, '\0');
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(a.base.resolve("roleperan"))
                  .timeout(timeout)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build());
      for (int hop = 0; isRedirect(r) && hop < 5; hop++) {
        String loc = r.headers().firstValue("Location").orElse("");
        if (loc.endsWith("#PenggunaTidakTerdaftar")) {
          throw new DapodikAccessException(
              Kind.UNKNOWN_USER,
              "The Dapodik application at "
                  + a.base
                  + " does not know this user name (#PenggunaTidakTerdaftar)");
        }
        if (loc.endsWith("#PasswordSalah")) {
          throw new DapodikAccessException(
              Kind.WRONG_PASSWORD,
              "The Dapodik application at " + a.base + " refused the password (#PasswordSalah)");
        }
        r = get(r.uri().resolve(loc), false);
      }
      String roleLink = chooseRole(r.body());
      get(a.base.resolve(roleLink), true);
    }

    private String chooseRole(String page) {
      List<String[]> roles = new ArrayList<>(); // {href, text}
      Matcher li = LI.matcher(page == null ? "" : page);
      while (li.find()) {
        Matcher href = HREF.matcher(li.group(1));
        Matcher span = SPAN.matcher(li.group(1));
        int spans = 0;
        StringBuilder text = new StringBuilder();
        while (span.find()) {
          spans++;
          text.append(' ').append(span.group(1).replaceAll("<[^>]*>", ""));
        }
        if (href.find() && spans >= 3) {
          roles.add(new String[] {href.group(1).replace("&amp;", "&"), text.toString()});
        }
      }
      if (roles.isEmpty()) {
        throw new DapodikAccessException(
            Kind.NOT_DAPODIK,
            "The Dapodik application at "
                + a.base
                + " listed no role after login (is the semester right?)");
      }
      if (a.role == null || a.role.isBlank()) {
        return roles.get(0)[0];
      }
      String want = a.role.toLowerCase(Locale.ROOT);
      for (String[] r : roles) {
        if (r[1].toLowerCase(Locale.ROOT).contains(want)) {
          return r[0];
        }
      }
      throw new DapodikAccessException(
          Kind.NOT_DAPODIK,
          "The Dapodik application at " + a.base + " listed no role matching the one asked for");
    }

    void validation(String kind, int maxRows, ImmutableDapodikLocal.Builder out) {
      int read = 0;
      long total = -1;
      for (int page = 1; read < maxRows; page++) {
        int limit = Math.min(PAGE, maxRows - read);
        URI u =
            a.base.resolve(
                "validation?jenis_validasi="
                    + enc(kind)
                    + "&page="
                    + page
                    + "&start="
                    + read
                    + "&limit="
                    + limit);
        HttpResponse<String> r = get(u, false);
        if (r.statusCode() != 200) {
          throw new DapodikAccessException(
              isRedirect(r) ? Kind.READ_FAILED : Kind.NOT_DAPODIK,
              "The Dapodik application at "
                  + a.base
                  + " answered HTTP "
                  + r.statusCode()
                  + " to validation ("
                  + kind
                  + ")"
                  + (isRedirect(r) ? ": the session was not accepted" : ""));
        }
        JsonNode root;
        try {
          root = JSON.readTree(r.body());
        } catch (IOException e) {
          root = null;
        }
        if (root == null || !root.path("rows").isArray()) {
          throw new DapodikAccessException(
              Kind.NOT_DAPODIK,
              "The Dapodik application at "
                  + a.base
                  + " answered validation ("
                  + kind
                  + ") without a rows list");
        }
        if (root.path("results").canConvertToLong()) {
          total = root.path("results").asLong();
        }
        JsonNode rows = root.get("rows");
        for (JsonNode row : rows) {
          if (read >= maxRows) {
            break;
          }
          ImmutableDapodikValidationRow.Builder b =
              ImmutableDapodikValidationRow.builder().entity(kind);
          text(row, "table").ifPresent(b::table);
          text(row, "tipe").flatMap(DapodikApp::integer).ifPresent(b::tipe);
          text(row, "validasi_id")
              .flatMap(DapodikApp::integer)
              .map(Integer::longValue)
              .ifPresent(b::validasiId);
          text(row, "keterangan").ifPresent(b::message);
          text(row, "field_error").ifPresent(b::fieldError);
          out.addValidation(b.build());
          read++;
        }
        if (rows.size() < limit || (total >= 0 && read >= total)) {
          return;
        }
      }
      if (total > read) {
        out.putValidationTruncated(kind, total);
      }
    }

    void logout() {
      try {
        get(a.base.resolve("destauth"), false);
      } catch (DapodikAccessException e) {
        // the data is read; a failed logout only leaves the session to expire
      }
    }

    HttpResponse<String> get(URI u, boolean follow) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(u).timeout(timeout).GET().build());
      for (int hop = 0; follow && isRedirect(r) && hop < 5; hop++) {
        r =
            send(
                HttpRequest.newBuilder(
                        r.uri().resolve(r.headers().firstValue("Location").orElse("/")))
                    .timeout(timeout)
                    .GET()
                    .build());
      }
      if (follow && r.statusCode() >= 400) {
        throw new DapodikAccessException(
            Kind.NOT_DAPODIK,
            "The Dapodik application at " + a.base + " answered HTTP " + r.statusCode());
      }
      return r;
    }

    HttpResponse<String> send(HttpRequest req) {
      try {
        return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (ConnectException | HttpConnectTimeoutException e) {
        throw new DapodikAccessException(
            Kind.UNREACHABLE,
            "Cannot reach the Dapodik application at "
                + a.base
                + ": is Dapodik running and is the port right?");
      } catch (HttpTimeoutException e) {
        throw new DapodikAccessException(
            Kind.UNREACHABLE, "The Dapodik application at " + a.base + " did not answer in time");
      } catch (IOException e) {
        throw new DapodikAccessException(
            Kind.UNREACHABLE,
            "Cannot reach the Dapodik application at "
                + a.base
                + " ("
                + e.getClass().getSimpleName()
                + ")");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DapodikAccessException(Kind.READ_FAILED, "Interrupted while reading " + a.base);
      }
    }
  }

  private static boolean isRedirect(HttpResponse<?> r) {
    return r.statusCode() >= 300
        && r.statusCode() < 400
        && r.headers().firstValue("Location").isPresent();
  }

  private static Optional<String> text(JsonNode row, String field) {
    JsonNode n = row.get(field);
    if (n == null || n.isNull() || n.isContainerNode()) {
      return Optional.empty();
    }
    String s = n.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static Optional<Integer> integer(String s) {
    try {
      return Optional.of(new java.math.BigDecimal(s).intValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
