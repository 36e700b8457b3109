package id.sinkron.dapodik;

import id.sinkron.dapodik.DapodikWebServiceException.Reason;
import id.sinkron.dapodik.internal.ErrorBody;
import id.sinkron.dapodik.internal.Pages;
import id.sinkron.dapodik.internal.SnapshotReader;
import id.sinkron.model.Endpoint;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.Sekolah;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Client of a school's Dapodik Web Service ({@code GET {base}/WebService/{name}?npsn={NPSN}} with
 * {@code Authorization: Bearer {token}}; DOMAIN.md §2.1), built on {@code java.net.http}.
 *
 * <pre>{@code
 * FetchResult r = DapodikWebService.connect(URI.create("http://localhost:5774"), "20212345", token).fetch();
 * r.saveTo(Path.of("dump/"));                 // raw responses, readable with WebServiceDump.read
 * Report report = Sinkron.check(r.snapshot());
 * }</pre>
 *
 * <p>{@link #fetch()} calls getSekolah, getGtk, getPesertaDidik, getRombonganBelajar and, unless
 * disabled, getPengguna, one after another. <b>A failed endpoint fails the whole fetch</b> with a
 * {@link DapodikWebServiceException}: a partial snapshot is never returned. List requests carry
 * {@code limit} ({@link Builder#pageSize}, default large enough for any school; the 2022 server
 * ignores it and sends every row); when a response holds fewer rows than its {@code results}, the
 * next rows are asked for with {@code start} until all have arrived, and the pages are kept as one
 * body; when that fails (a page fails or brings no row, or the server ignores {@code start}) the
 * fetch fails with {@link Reason#INCOMPLETE}. An HTML page or JSON without the envelope is {@link
 * Reason#MALFORMED} (or {@link Reason#HTTP} with a non-2xx status). Two answers are not failures:
 * an empty-list error ({@code Data GTK tidak ditemukan}, {@code Data Peserta Didik …}, {@code Data
 * Rombongan Belajar …}, {@code Data Pengguna …}) is read as zero rows and noted as an {@code
 * INPUT-WS-ERROR} input problem of the snapshot, unless the other responses show the list cannot be
 * empty: then the snapshot carries {@code INPUT-EMPTY-CONTRADICTED} and lacks that endpoint, so the
 * applications that need it are not evaluated; and rows that cannot be mapped are {@code
 * INPUT-ROW-UNREADABLE} problems, as in {@link WebServiceDump}. getSekolah without a school is
 * {@link Reason#EMPTY}; a school whose NPSN is not the requested one is {@link
 * Reason#NPSN_MISMATCH} (the server answers for the school bound to the token and only checks that
 * the requested NPSN exists).
 *
 * <p>Retries: connection failures (including connect timeouts) and HTTP 5xx are retried up to
 * {@code maxRetries} times, waiting {@code backoff}, then twice as long each time (at most 30 s).
 * Request timeouts, 4xx and error bodies are not retried.
 *
 * <p>The token never appears in an exception message, {@link #toString()} or a log record. Logging
 * goes to {@code System.getLogger("id.sinkron.dapodik")}: requests at DEBUG, retries at WARNING.
 *
 * <p>Immutable and thread-safe: {@link #fetch()} may be called concurrently.
 *
 * @since 0.1
 */
public final class DapodikWebService {
  private static final System.Logger LOG = System.getLogger("id.sinkron.dapodik");
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  private static final int MAX_PAGES = 10_000;

  /** Waits between retries; tests inject one that records the waits instead of sleeping. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final URI base;
  private final String npsn;
  private final String token;
  private final Duration requestTimeout;
  private final int maxRetries;
  private final Duration backoff;
  private final HttpClient client;
  private final boolean includePengguna;
  private final Clock clock;
  private final int pageSize;
  private final Sleeper sleeper;

  private DapodikWebService(Builder b) {
    this.base = b.baseUri;
    this.npsn = b.npsn;
    this.token = b.token;
    this.requestTimeout = b.requestTimeout;
    this.maxRetries = b.maxRetries;
    this.backoff = b.backoff;
    this.includePengguna = b.includePengguna;
    this.clock = b.clock;
    this.pageSize = b.pageSize;
    this.sleeper = b.sleeper;
    this.client =
        b.httpClient != null
            ? b.httpClient
            : HttpClient.newBuilder()
                .connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
  }

  /**
   * A client with default options (connect timeout 10 s, request timeout 120 s, 2 retries from 1 s,
   * getPengguna included).
   *
   * @param base the Web Service base, e.g. {@code http://localhost:5774}
   * @param npsn the school's NPSN
   * @param token the Bearer token registered in Dapodik (Pengaturan → Web Service)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if base is not an absolute http(s) URI without query, or npsn
   *     or token is blank, or token has characters not allowed in an HTTP header
   */
  public static DapodikWebService connect(URI base, String npsn, String token) {
    return builder().baseUri(base).npsn(npsn).token(token).build();
  }

  /**
   * @return a builder with the default options
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the base URI (without user info)
   */
  public URI baseUri() {
    return base;
  }

  /**
   * @return the requested NPSN
   */
  public String npsn() {
    return npsn;
  }

  /**
   * Calls the endpoints and reads the responses.
   *
   * @return the snapshot and the raw responses
   * @throws DapodikWebServiceException when any call fails; no partial result is returned
   */
  public FetchResult fetch() {
    Instant fetchedAt = clock.instant();
    SnapshotReader reader = new SnapshotReader();
    Map<Endpoint, byte[]> raw = new EnumMap<>(Endpoint.class);
    List<Endpoint> calls =
        new ArrayList<>(
            List.of(
                Endpoint.SEKOLAH,
                Endpoint.GTK,
                Endpoint.PESERTA_DIDIK,
                Endpoint.ROMBONGAN_BELAJAR));
    if (includePengguna) {
      calls.add(Endpoint.PENGGUNA);
    }
    for (Endpoint e : calls) {
      HttpResponse<byte[]> resp = get(e, -1);
      byte[] body = resp.body() == null ? new byte[0] : resp.body();
      int status = resp.statusCode();
      boolean ok = status >= 200 && status < 300;
      if (ok && e != Endpoint.SEKOLAH) {
        body = allPages(e, body);
      }
      SnapshotReader.Body read;
      try {
        read = reader.endpoint(e, new ByteArrayInputStream(body), "/WebService/" + e.path());
      } catch (DapodikFormatException ex) {
        throw new DapodikWebServiceException(
            ok ? Reason.MALFORMED : Reason.HTTP,
            e.path(),
            status,
            null,
            ok ? ex.getMessage() : null);
      } catch (IOException ex) {
        throw new IllegalStateException("reading an in-memory body cannot fail", ex);
      }
      if (read.error().isPresent()) {
        ErrorBody err = read.error().get();
        if (!(err.isEmptyList() && e != Endpoint.SEKOLAH)) {
          throw new DapodikWebServiceException(
              reason(err, e, ok), e.path(), status, err.message(), null);
        }
      } else if (read.foreign().isPresent()) {
        throw new DapodikWebServiceException(
            ok ? Reason.MALFORMED : Reason.HTTP, e.path(), status, null, read.foreign().get());
      } else if (!ok) {
        throw new DapodikWebServiceException(
            Reason.HTTP, e.path(), status, null, "a data body with an error status");
      } else if (read.isPartial()) {
        throw incomplete(e, read.rows(), read.results(), "after paging");
      }
      if (e == Endpoint.SEKOLAH) {
        checkSchool(reader, status);
      }
      raw.put(e, body);
    }
    SchoolSnapshot snapshot = reader.build(base.toString(), fetchedAt);
    return new FetchResult(snapshot, raw, base, fetchedAt);
  }

  /**
   * Follows {@code start} while fewer rows than {@code results} have arrived, and merges the pages
   * into one body. A page that fails, brings no row, starts elsewhere than asked or repeats the
   * first page (a server that ignores {@code start}) fails the fetch with {@link
   * Reason#INCOMPLETE}.
   */
  private byte[] allPages(Endpoint e, byte[] first) {
    Optional<Pages.Counts> c = Pages.scan(first);
    if (c.isEmpty() || !c.get().isPartial()) {
      return first; // a whole list, an error body or not a response: the reader says which
    }
    long results = c.get().results();
    int have = c.get().rows();
    List<byte[]> pages = new ArrayList<>(List.of(first));
    try {
      for (int n = 1; have < results; n++) {
        if (n > MAX_PAGES) {
          throw incomplete(e, have, results, "more than " + MAX_PAGES + " pages");
        }
        HttpResponse<byte[]> resp = get(e, have);
        byte[] body = resp.body() == null ? new byte[0] : resp.body();
        Optional<Pages.Counts> pc = Pages.scan(body);
        if (resp.statusCode() < 200 || resp.statusCode() >= 300 || pc.isEmpty()) {
          throw incomplete(
              e,
              have,
              results,
              "the page from start "
                  + have
                  + " is not a list response (HTTP "
                  + resp.statusCode()
                  + ")");
        }
        if (pc.get().rows() == 0) {
          throw incomplete(e, have, results, "the page from start " + have + " holds no row");
        }
        if ((pc.get().start() >= 0 && pc.get().start() != have)
            || Pages.sameFirstRow(first, body)) {
          throw incomplete(
              e,
              have,
              results,
              "the server does not page with start (it answered from start "
                  + Math.max(pc.get().start(), 0)
                  + " when asked for "
                  + have
                  + ")");
        }
        pages.add(body);
        have += pc.get().rows();
      }
      LOG.log(
          System.Logger.Level.DEBUG, "{0}: {1} rows in {2} pages", e.path(), have, pages.size());
      return Pages.merge(pages);
    } catch (IOException ex) {
      throw incomplete(e, have, results, "a page cannot be parsed");
    }
  }

  private static DapodikWebServiceException incomplete(
      Endpoint e, long rows, long results, String why) {
    return new DapodikWebServiceException(
        Reason.INCOMPLETE,
        e.path(),
        0,
        null,
        rows + " of the " + results + " rows announced by 'results' arrived; " + why);
  }

  private void checkSchool(SnapshotReader reader, int status) {
    Optional<Sekolah> s = reader.sekolah();
    if (s.isEmpty()) {
      boolean unreadable =
          reader.problems().list().stream()
              .anyMatch(p -> p.endpoint().orElse(null) == Endpoint.SEKOLAH);
      boolean noRows =
          reader.problems().list().stream()
              .anyMatch(
                  p ->
                      p.endpoint().orElse(null) == Endpoint.SEKOLAH
                          && p.code() == id.sinkron.model.InputProblemCode.WS_ERROR);
      throw new DapodikWebServiceException(
          noRows || !unreadable ? Reason.EMPTY : Reason.MALFORMED,
          Endpoint.SEKOLAH.path(),
          status,
          null,
          noRows || !unreadable ? "no school in the response" : "the school row cannot be read");
    }
    String got = s.get().npsn().orElse("");
    if (!got.equals(npsn)) {
      throw new DapodikWebServiceException(
          Reason.NPSN_MISMATCH,
          Endpoint.SEKOLAH.path(),
          status,
          null,
          "the token belongs to the school with NPSN '" + got + "', not the requested " + npsn);
    }
  }

  private static Reason reason(ErrorBody err, Endpoint e, boolean ok) {
    switch (err.kind()) {
      case ACCESS_DENIED:
        return Reason.UNAUTHORIZED;
      case NPSN_MISSING:
        return Reason.NPSN_MISSING;
      case SCHOOL_NOT_FOUND:
        return Reason.SCHOOL_NOT_FOUND;
      case NO_ACTIVE_SEMESTER:
        return Reason.NO_ACTIVE_SEMESTER;
      case APP_NOT_REGISTERED:
        return Reason.APP_NOT_REGISTERED;
      case IP_MISMATCH:
        return Reason.IP_MISMATCH;
      case EMPTY_LIST:
        return Reason.EMPTY;
      default:
        return ok ? Reason.UNKNOWN_ERROR : Reason.HTTP;
    }
  }

  private HttpResponse<byte[]> get(Endpoint e, int from) {
    URI uri = uri(e, from);
    HttpRequest req =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET()
            .build();
    Duration wait = backoff;
    for (int attempt = 0; ; attempt++) {
      boolean last = attempt >= maxRetries;
      long start = System.nanoTime();
      try {
        HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
        LOG.log(
            System.Logger.Level.DEBUG,
            "GET {0} -> HTTP {1}, {2} bytes, {3} ms",
            uri,
            resp.statusCode(),
            resp.body() == null ? 0 : resp.body().length,
            (System.nanoTime() - start) / 1_000_000);
        if (resp.statusCode() >= 500 && !last) {
          retry(uri, "HTTP " + resp.statusCode(), attempt, wait, e);
          wait = next(wait);
          continue;
        }
        return resp;
      } catch (HttpConnectTimeoutException ex) {
        if (last) {
          throw new DapodikWebServiceException(
              Reason.TIMEOUT,
              e.path(),
              0,
              null,
              "could not connect to " + uri + " in time (after " + (attempt + 1) + " attempts)");
        }
        retry(uri, "connect timeout", attempt, wait, e);
      } catch (HttpTimeoutException ex) {
        throw new DapodikWebServiceException(
            Reason.TIMEOUT,
            e.path(),
            0,
            null,
            "no complete answer from " + uri + " within " + requestTimeout.toMillis() + " ms");
      } catch (IOException ex) {
        if (last) {
          throw new DapodikWebServiceException(
              Reason.CONNECTION,
              e.path(),
              0,
              null,
              ex.getClass().getSimpleName()
                  + " calling "
                  + uri
                  + " (after "
                  + (attempt + 1)
                  + " attempts)");
        }
        retry(uri, ex.getClass().getSimpleName(), attempt, wait, e);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new DapodikWebServiceException(Reason.INTERRUPTED, e.path(), 0, null, null);
      }
      wait = next(wait);
    }
  }

  private void retry(URI uri, String why, int attempt, Duration wait, Endpoint e) {
    LOG.log(
        System.Logger.Level.WARNING,
        "GET {0} failed ({1}); retry {2} of {3} in {4} ms",
        uri,
        why,
        attempt + 1,
        maxRetries,
        wait.toMillis());
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new DapodikWebServiceException(Reason.INTERRUPTED, e.path(), 0, null, null);
    }
  }

  private static Duration next(Duration wait) {
    Duration d = wait.multipliedBy(2);
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }

  /**
   * @param start the first row of a later page, or -1 for the first request
   */
  private URI uri(Endpoint e, int start) {
    String b = base.toString();
    while (b.endsWith("/")) {
      b = b.substring(0, b.length() - 1);
    }
    String q = "?npsn=" + URLEncoder.encode(npsn, StandardCharsets.UTF_8);
    if (e != Endpoint.SEKOLAH) {
      // the 2022 server ignores both and sends every row; a server that pages gets a limit large
      // enough
      q += (start > 0 ? "&start=" + start : "") + "&limit=" + pageSize;
    }
    return URI.create(b + "/WebService/" + e.path() + q);
  }

  /**
   * @return the base, NPSN and options; never the token
   */
  @Override
  public String toString() {
    return "DapodikWebService[base="
        + base
        + ", npsn="
        + npsn
        + ", token=****, requestTimeout="
        + requestTimeout
        + ", maxRetries="
        + maxRetries
        + ", backoff="
        + backoff
        + ", includePengguna="
        + includePengguna
        + "]";
  }

  /**
   * Options of a {@link DapodikWebService}. Not thread-safe; {@link #build()} validates.
   *
   * @since 0.1
   */
  public static final class Builder {
    /** The default {@code limit} of list requests: more rows than any school has. */
    public static final int DEFAULT_PAGE_SIZE = 100_000;

    private URI baseUri;
    private String npsn;
    private String token;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(120);
    private int maxRetries = 2;
    private Duration backoff = Duration.ofSeconds(1);
    private HttpClient httpClient;
    private boolean includePengguna = true;
    private Clock clock = Clock.systemUTC();
    private int pageSize = DEFAULT_PAGE_SIZE;
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis());

    private Builder() {}

    /**
     * @param rows the {@code limit} sent with every list request (default {@value
     *     #DEFAULT_PAGE_SIZE}); a server that sends fewer rows than {@code results} is asked for
     *     the next page with {@code start}
     * @return this builder
     * @throws IllegalArgumentException if rows is less than 1
     * @since 0.2
     */
    public Builder pageSize(int rows) {
      if (rows < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1, was " + rows);
      }
      this.pageSize = rows;
      return this;
    }

    /**
     * @param s how retries wait (tests record the waits instead of sleeping)
     * @return this builder
     */
    Builder sleeper(Sleeper s) {
      this.sleeper = Objects.requireNonNull(s, "sleeper");
      return this;
    }

    /**
     * @param base the Web Service base, e.g. {@code http://localhost:5774} (a path prefix is kept)
     */
    public Builder baseUri(URI base) {
      this.baseUri = Objects.requireNonNull(base, "base");
      return this;
    }

    /**
     * @param npsn the school's NPSN, sent as {@code ?npsn=} and compared with getSekolah's
     */
    public Builder npsn(String npsn) {
      this.npsn = Objects.requireNonNull(npsn, "npsn");
      return this;
    }

    /**
     * @param token the Bearer token; kept only in memory, never printed
     */
    public Builder token(String token) {
      this.token = Objects.requireNonNull(token, "token");
      return this;
    }

    /**
     * @param timeout the connect timeout (default 10 s); ignored with {@link
     *     #httpClient(HttpClient)}
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * @param timeout the time allowed for each whole request (default 120 s)
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * @param retries how often a connection failure or 5xx is retried, 0–10 (default 2)
     */
    public Builder maxRetries(int retries) {
      if (retries < 0 || retries > 10) {
        throw new IllegalArgumentException("maxRetries must be 0..10, was " + retries);
      }
      this.maxRetries = retries;
      return this;
    }

    /**
     * @param first the wait before the first retry, doubled for each next one (default 1 s; zero
     *     allowed)
     */
    public Builder backoff(Duration first) {
      Objects.requireNonNull(first, "backoff");
      if (first.isNegative()) {
        throw new IllegalArgumentException("backoff must not be negative");
      }
      this.backoff = first;
      return this;
    }

    /**
     * @param client the HTTP client to use instead of one built from {@link #connectTimeout}; it
     *     should not follow redirects (the token would go along)
     */
    public Builder httpClient(HttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * @param include whether getPengguna is called (default true)
     */
    public Builder includePengguna(boolean include) {
      this.includePengguna = include;
      return this;
    }

    /**
     * @param clock the clock giving {@code fetchedAt} (default the system UTC clock)
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @return the client
     * @throws NullPointerException if base, npsn or token is missing
     * @throws IllegalArgumentException if base is not an absolute http(s) URI with a host and
     *     without user info, query or fragment, or npsn or token is blank, or the token has
     *     characters not allowed in an HTTP header
     */
    public DapodikWebService build() {
      Objects.requireNonNull(baseUri, "baseUri");
      Objects.requireNonNull(npsn, "npsn");
      Objects.requireNonNull(token, "token");
      baseUri = checkBase(baseUri);
      npsn = npsn.strip();
      if (npsn.isEmpty()) {
        throw new IllegalArgumentException("npsn must not be blank");
      }
      if (token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (c < 0x21 || c > 0x7e) {
          // never echo the token, not even in part
          throw new IllegalArgumentException(
              "token contains a character not allowed in an HTTP header (at index " + i + ")");
        }
      }
      return new DapodikWebService(this);
    }

    private static URI checkBase(URI b) {
      String scheme = b.getScheme();
      if (!b.isAbsolute()
          || scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || b.getHost() == null) {
        throw new IllegalArgumentException("base must be an absolute http(s) URI with a host");
      }
      if (b.getRawUserInfo() != null || b.getRawQuery() != null || b.getRawFragment() != null) {
        throw new IllegalArgumentException("base must not have user info, a query or a fragment");
      }
      try {
        return new URI(
            scheme.toLowerCase(java.util.Locale.ROOT),
            null,
            b.getHost(),
            b.getPort(),
            b.getPath(),
            null,
            null);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("base is not a valid URI");
      }
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return d;
    }

    @Override
    public String toString() {
      return "DapodikWebService.Builder[base="
          + baseUri
          + ", npsn="
          + npsn
          + ", token="
          + (token == null ? "unset" : "****")
          + "]";
    }
  }
}
