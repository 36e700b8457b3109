package id.sinkron.dapodik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.sinkron.dapodik.DapodikWebServiceException.Reason;
import id.sinkron.model.Endpoint;
import id.sinkron.model.InputProblemCode;
import id.sinkron.model.SchoolSnapshot;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The live client against a real HTTP server on loopback serving recorded responses and error
 * bodies.
 */
class DapodikWebServiceTest {
  static final String TOKEN = "Tok3n-SinkronSecret-0123456789abcdef";
  static final String NPSN = "69999901";
  static final Instant NOW = Instant.parse("2025-08-31T03:00:00Z");

  /** How the fake server answers one endpoint. */
  interface Answer {
    void answer(HttpExchange ex, int call) throws IOException, InterruptedException;
  }

  HttpServer server;
  ExecutorService pool;
  URI base;
  final Map<String, Answer> answers = new ConcurrentHashMap<>();
  final Map<String, Integer> calls = new ConcurrentHashMap<>();
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
  final List<LogRecord> logs = Collections.synchronizedList(new ArrayList<>());
  Handler logHandler;
  Logger jul;

  @TempDir Path tmp;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-dapodik");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(pool);
    server.createContext(
        "/",
        ex -> {
          try {
            String name = ex.getRequestURI().getPath().replaceFirst("^/WebService/", "");
            requests.add(ex.getRequestURI().getPath() + "?" + ex.getRequestURI().getRawQuery());
            authorizations.add(ex.getRequestHeaders().getFirst("Authorization"));
            int call = calls.merge(name, 1, Integer::sum);
            Answer a = answers.getOrDefault(name, recorded(name));
            a.answer(ex, call);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (IOException e) {
            // client went away (timeout tests)
          } finally {
            ex.close();
          }
        });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    jul = Logger.getLogger("id.sinkron.dapodik");
    jul.setLevel(Level.ALL);
    logHandler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logs.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logHandler.setLevel(Level.ALL);
    jul.addHandler(logHandler);
  }

  @AfterEach
  void stop() {
    server.stop(0);
    pool.shutdownNow();
    jul.removeHandler(logHandler);
    // the token never reaches a log record, formatted or as a parameter
    SimpleFormatter f = new SimpleFormatter();
    assertThat(logs)
        .allSatisfy(r -> assertThat(f.format(r)).doesNotContain(TOKEN).doesNotContain("Tok3n"));
  }

  static Answer recorded(String name) {
    return (ex, call) -> {
      Path f = Fixtures.dump(Fixtures.SMK).resolve(name + ".json");
      if (!Files.exists(f)) {
        send(ex, 404, "text/html", "<html>Not found</html>");
      } else {
        send(ex, 200, "application/json", Files.readString(f));
      }
    };
  }

  static Answer body(int status, String contentType, String body) {
    return (ex, call) -> send(ex, status, contentType, body);
  }

  static void send(HttpExchange ex, int status, String contentType, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    if (b.length > 0) {
      ex.getResponseBody().write(b);
    }
  }

  DapodikWebService.Builder client() {
    return DapodikWebService.builder()
        .baseUri(base)
        .npsn(NPSN)
        .token(TOKEN)
        .backoff(Duration.ofMillis(1))
        .maxRetries(2)
        .requestTimeout(Duration.ofSeconds(10))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  DapodikWebServiceException fails(DapodikWebService.Builder b) {
    DapodikWebServiceException e =
        catchThrowableOfType(() -> b.build().fetch(), DapodikWebServiceException.class);
    assertThat(e).as("fetch must fail").isNotNull();
    assertThat(e.getMessage()).doesNotContain(TOKEN);
    assertThat(e.toString()).doesNotContain(TOKEN);
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      assertThat(String.valueOf(c.getMessage())).doesNotContain(TOKEN);
    }
    return e;
  }

  // ------------------------------------------------------------------ success

  @Test
  void fetchCallsTheFiveEndpointsWithBearerTokenAndNpsn() throws IOException {
    FetchResult r = client().build().fetch();
    // issue 12 (changed expectation): list requests carry a limit large enough for every row
    assertThat(requests)
        .containsExactly(
            "/WebService/getSekolah?npsn=69999901",
            "/WebService/getGtk?npsn=69999901&limit=100000",
            "/WebService/getPesertaDidik?npsn=69999901&limit=100000",
            "/WebService/getRombonganBelajar?npsn=69999901&limit=100000",
            "/WebService/getPengguna?npsn=69999901&limit=100000");
    assertThat(authorizations).containsOnly("Bearer " + TOKEN);
    SchoolSnapshot s = r.snapshot();
    assertThat(s.provenance().source()).isEqualTo(base.toString());
    assertThat(s.provenance().fetchedAt()).contains(NOW);
    assertThat(r.fetchedAt()).isEqualTo(NOW);
    assertThat(s.endpoints()).containsExactlyInAnyOrder(Endpoint.values());
    Path noSupplement = Fixtures.copy(Fixtures.SMK, tmp.resolve("ws-only"));
    Files.delete(noSupplement.resolve("sinkron-supplement.json"));
    SchoolSnapshot fromDump = WebServiceDump.read(noSupplement);
    assertThat(
            id.sinkron.model.ImmutableSchoolSnapshot.copyOf(s)
                .withProvenance(fromDump.provenance()))
        .isEqualTo(fromDump);
    assertThat(r.toString()).doesNotContain(TOKEN).contains(base.toString());
    assertThat(logs)
        .as("requests are logged (at DEBUG), so the token check in stop() is not vacuous")
        .hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void saveToWritesTheRawResponsesByteForByteAndReadsBack() throws IOException {
    FetchResult r = client().build().fetch();
    Path dir = tmp.resolve("dump");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("sinkron-supplement.json"),
        Files.readString(Fixtures.dump(Fixtures.SMK).resolve("sinkron-supplement.json")));
    r.saveTo(dir);
    for (Endpoint e : Endpoint.values()) {
      assertThat(Files.readAllBytes(dir.resolve(e.fileName())))
          .isEqualTo(Files.readAllBytes(Fixtures.dump(Fixtures.SMK).resolve(e.fileName())));
      assertThat(r.rawResponse(e))
          .hasValueSatisfying(
              b -> assertThat(b).isEqualTo(readUnchecked(dir.resolve(e.fileName()))));
    }
    assertThat(dir.resolve("sinkron-supplement.json"))
        .as("the operator's supplement is left alone")
        .exists();
    SchoolSnapshot back = WebServiceDump.read(dir);
    assertThat(Fixtures.normalised(back))
        .isEqualTo(Fixtures.normalised(WebServiceDump.read(Fixtures.dump(Fixtures.SMK))));
  }

  static byte[] readUnchecked(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void penggunaCanBeLeftOut() throws IOException {
    FetchResult r = client().includePengguna(false).build().fetch();
    assertThat(requests).noneMatch(q -> q.contains("getPengguna"));
    assertThat(r.snapshot().has(Endpoint.PENGGUNA)).isFalse();
    assertThat(r.rawResponse(Endpoint.PENGGUNA)).isEmpty();
    Path dir = tmp.resolve("d");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("getPengguna.json"), "{\"rows\": []}");
    r.saveTo(dir);
    assertThat(dir.resolve("getPengguna.json"))
        .as("stale response of an earlier fetch")
        .doesNotExist();
  }

  @Test
  void emptyListErrorMeansZeroRowsNotAFailure() {
    // issue 12 (changed input): the empty lists agree with each other (no student, no rombel, no
    // PTK, no user)
    answers.put(
        "getGtk", body(200, "application/json", Fixtures.errorBody("Data GTK tidak ditemukan")));
    answers.put(
        "getPesertaDidik",
        body(200, "application/json", Fixtures.errorBody("Data Peserta Didik tidak ditemukan")));
    answers.put(
        "getRombonganBelajar",
        body(
            200, "application/json", Fixtures.errorBody("Data Rombongan Belajar tidak ditemukan")));
    answers.put(
        "getPengguna",
        body(200, "application/json", Fixtures.errorBody("Data Pengguna tidak ditemukan")));
    SchoolSnapshot s = client().build().fetch().snapshot();
    assertThat(s.has(Endpoint.GTK)).isTrue();
    assertThat(s.has(Endpoint.PESERTA_DIDIK)).isTrue();
    assertThat(s.ptk()).isEmpty();
    assertThat(s.pengguna()).isEmpty();
    assertThat(s.inputProblems())
        .extracting(p -> p.code())
        .containsOnly(InputProblemCode.WS_ERROR)
        .hasSize(4);
    assertThat(s.inputProblems().get(0).file()).contains("/WebService/getGtk");
    assertThat(s.inputProblems().get(0).detail()).startsWith("Data GTK tidak ditemukan");
  }

  @Test
  void anEmptyListTheOtherResponsesContradictIsNotBelieved() {
    // getGtk says "no PTK" while the recorded rombel name wali and pembelajaran teachers and
    // students exist
    answers.put(
        "getGtk", body(200, "application/json", Fixtures.errorBody("Data GTK tidak ditemukan")));
    SchoolSnapshot s = client().build().fetch().snapshot();
    assertThat(s.has(Endpoint.GTK)).isFalse();
    assertThat(s.inputProblems())
        .extracting(p -> p.code())
        .containsExactly(InputProblemCode.WS_ERROR, InputProblemCode.EMPTY_CONTRADICTED);
    assertThat(s.inputProblems().get(0).detail()).isEqualTo("Data GTK tidak ditemukan");
    assertThat(s.inputProblems().get(1).endpoint()).contains(Endpoint.GTK);
  }

  // ------------------------------------------------------------------ paging

  /**
   * A server that pages: at most {@code cap} rows per answer whatever the limit, from {@code
   * start}, with {@code results} the total; {@code honourStart=false} always answers from row 0.
   */
  static Answer paging(String name, int cap, boolean honourStart, List<String> seen) {
    return (ex, call) -> {
      com.fasterxml.jackson.databind.ObjectMapper m =
          new com.fasterxml.jackson.databind.ObjectMapper();
      com.fasterxml.jackson.databind.JsonNode all =
          m.readTree(
              Files.readString(Fixtures.dump(Fixtures.SMK).resolve(name + ".json"))
                  .replaceFirst("^[^{]*", ""));
      String q = ex.getRequestURI().getRawQuery();
      seen.add(q);
      int start = honourStart ? intParam(q, "start", 0) : 0;
      int limit = Math.min(intParam(q, "limit", 20), cap);
      com.fasterxml.jackson.databind.node.ArrayNode rows = m.createArrayNode();
      for (int i = start; i < Math.min(start + limit, all.get("rows").size()); i++) {
        rows.add(all.get("rows").get(i));
      }
      com.fasterxml.jackson.databind.node.ObjectNode out = m.createObjectNode();
      out.put("results", all.get("rows").size())
          .put("id", "x")
          .put("start", start)
          .put("limit", limit);
      out.set("rows", rows);
      send(ex, 200, "text/html", m.writeValueAsString(out));
    };
  }

  static int intParam(String query, String name, int dflt) {
    for (String kv : query.split("&")) {
      if (kv.startsWith(name + "=")) {
        return Integer.parseInt(kv.substring(name.length() + 1));
      }
    }
    return dflt;
  }

  @Test
  void followsStartUntilEveryRowHasArrivedAndSavesOneWholeBody() throws IOException {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    answers.put("getPesertaDidik", paging("getPesertaDidik", 2, true, seen));
    FetchResult r = client().pageSize(2).build().fetch();
    // 5 students in pages of 2: start 0, 2, 4
    assertThat(seen)
        .containsExactly(
            "npsn=69999901&limit=2",
            "npsn=69999901&start=2&limit=2",
            "npsn=69999901&start=4&limit=2");
    assertThat(r.snapshot().pesertaDidik()).hasSize(5);
    assertThat(r.snapshot().inputProblems()).isEmpty();
    Path noSupplement = Fixtures.copy(Fixtures.SMK, tmp.resolve("ws-only"));
    Files.delete(noSupplement.resolve("sinkron-supplement.json"));
    SchoolSnapshot whole = WebServiceDump.read(noSupplement);
    assertThat(r.snapshot().pesertaDidik()).isEqualTo(whole.pesertaDidik());
    // the saved body is the merged list, results equal to its rows, and reads back whole
    Path dir = tmp.resolve("paged");
    r.saveTo(dir);
    String saved = Files.readString(dir.resolve("getPesertaDidik.json"));
    assertThat(saved).contains("\"results\" : 5").contains("\"limit\" : 5");
    assertThat(WebServiceDump.read(dir).pesertaDidik()).isEqualTo(whole.pesertaDidik());
  }

  @Test
  void aServerThatIgnoresStartFailsTheFetchAsIncomplete() {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    answers.put("getGtk", paging("getGtk", 3, false, seen));
    DapodikWebServiceException e = fails(client());
    assertThat(e.reason()).isEqualTo(Reason.INCOMPLETE);
    assertThat(e.endpoint()).isEqualTo("getGtk");
    assertThat(e.getMessage()).contains("3 of the 4 rows");
    assertThat(seen).hasSize(2);
  }

  @Test
  void aPageThatBringsNoRowFailsTheFetchAsIncomplete() {
    // results says 40, the server holds 4 rows: the page from start 4 is empty
    answers.put(
        "getGtk",
        (ex, call) -> {
          String q = ex.getRequestURI().getRawQuery();
          if (q.contains("start=")) {
            send(ex, 200, "application/json", "{\"results\": 40, \"start\": 4, \"rows\": []}");
          } else {
            String whole = Files.readString(Fixtures.dump(Fixtures.SMK).resolve("getGtk.json"));
            send(
                ex,
                200,
                "application/json",
                whole.replaceFirst("\"results\": 4", "\"results\": 40"));
          }
        });
    DapodikWebServiceException e = fails(client());
    assertThat(e.reason()).isEqualTo(Reason.INCOMPLETE);
    assertThat(e.getMessage()).contains("4 of the 40 rows").contains("holds no row");
  }

  @Test
  void aPageThatFailsFailsTheFetchAsIncomplete() {
    answers.put(
        "getGtk",
        (ex, call) -> {
          if (ex.getRequestURI().getRawQuery().contains("start=")) {
            send(
                ex,
                200,
                "text/plain",
                "Access denied - You are not authorized to access this page. #1");
          } else {
            String whole = Files.readString(Fixtures.dump(Fixtures.SMK).resolve("getGtk.json"));
            send(
                ex,
                200,
                "application/json",
                whole.replaceFirst("\"results\": 4", "\"results\": 5"));
          }
        });
    assertThat(fails(client()).reason()).isEqualTo(Reason.INCOMPLETE);
  }

  @Test
  void retriesA503ThenSucceeds() {
    Answer real = recorded("getGtk");
    answers.put(
        "getGtk",
        (ex, call) -> {
          if (call == 1) {
            send(ex, 503, "text/html", "<html>Service Unavailable</html>");
          } else {
            real.answer(ex, call);
          }
        });
    FetchResult r = client().build().fetch();
    assertThat(calls.get("getGtk")).isEqualTo(2);
    assertThat(r.snapshot().ptk()).hasSize(4);
    assertThat(logs).anySatisfy(l -> assertThat(l.getLevel()).isEqualTo(Level.WARNING));
  }

  @Test
  void worksWithACallerSuppliedHttpClientAndABasePath() {
    HttpServer s = server;
    s.createContext(
        "/dapodik/WebService/",
        ex -> {
          String name = ex.getRequestURI().getPath().replaceFirst("^/dapodik/WebService/", "");
          try {
            recorded(name).answer(ex, 1);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            ex.close();
          }
        });
    FetchResult r =
        client()
            .baseUri(URI.create(base + "/dapodik/"))
            .httpClient(HttpClient.newHttpClient())
            .build()
            .fetch();
    assertThat(r.snapshot().rombel()).hasSize(4);
    assertThat(r.baseUri().toString()).isEqualTo(base + "/dapodik/");
  }

  // ------------------------------------------------------------------ failures

  @Test
  void plainTextAccessDeniedIsUnauthorized() {
    answers.put(
        "getSekolah",
        body(200, "text/html", "Access denied - You are not authorized to access this page. #1"));
    DapodikWebServiceException e = fails(client());
    assertThat(e.reason()).isEqualTo(Reason.UNAUTHORIZED);
    assertThat(e.endpoint()).isEqualTo("getSekolah");
    assertThat(e.endpointType()).contains(Endpoint.SEKOLAH);
    assertThat(e.serverMessage())
        .hasValueSatisfying(m -> assertThat(m).startsWith("Access denied"));
    assertThat(requests).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({
    "getSekolah, 200, Parameter NPSN harap diisi, NPSN_MISSING",
    "getSekolah, 403, Sekolah tidak ditemukan, SCHOOL_NOT_FOUND",
    "getSekolah, 200, Semester tidak ditemukan, NO_ACTIVE_SEMESTER",
    "getSekolah, 403, Aplikasi tidak terdaftar pada Web Service Dapodik, APP_NOT_REGISTERED",
    "getSekolah, 200, IP Address yang didaftarkan pada Web Service Dapodik berbeda, IP_MISMATCH",
    "getRombonganBelajar, 200, IP Address yang didaftarkan pada Web Service Dapodik berbeda, IP_MISMATCH",
    "getPengguna, 403, Aplikasi tidak terdaftar pada Web Service Dapodik, APP_NOT_REGISTERED",
    "getGtk, 200, Pesan yang belum dikenal, UNKNOWN_ERROR",
    "getGtk, 403, Pesan yang belum dikenal, HTTP",
    "getGtk, 200, Data Peserta Didik tidak ditemukan, UNKNOWN_ERROR",
  })
  void jsonErrorBodiesFailTheWholeFetch(
      String endpoint, int status, String message, Reason reason) {
    answers.put(endpoint, body(status, "application/json", Fixtures.errorBody(message)));
    DapodikWebServiceException e = fails(client());
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.endpoint()).isEqualTo(endpoint);
    assertThat(e.serverMessage()).contains(message);
    assertThat(e.httpStatus()).hasValue(status);
    assertThat(calls.get(endpoint)).as("error bodies are not retried").isEqualTo(1);
  }

  @Test
  void schoolWithoutRowsIsEmpty() {
    answers.put("getSekolah", body(200, "application/json", "{\"results\": 0, \"rows\": []}"));
    assertThat(fails(client()).reason()).isEqualTo(Reason.EMPTY);
  }

  @Test
  void schoolOfAnotherNpsnIsAMismatch() {
    DapodikWebServiceException e = fails(client().npsn("69999999"));
    assertThat(e.reason()).isEqualTo(Reason.NPSN_MISMATCH);
    assertThat(e.getMessage()).contains("69999901").contains("69999999");
    assertThat(requests).hasSize(1);
  }

  @Test
  void bodiesThatAreNotJsonAreMalformed() {
    answers.put("getPesertaDidik", body(200, "text/html", "<html><body>Maintenance</body></html>"));
    DapodikWebServiceException e = fails(client());
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.endpoint()).isEqualTo("getPesertaDidik");
    answers.put(
        "getPesertaDidik",
        body(200, "application/json", "{\"results\": 3, \"rows\": [{\"nama\": \"BUDI"));
    DapodikWebServiceException cut = fails(client());
    assertThat(cut.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(cut.getMessage()).doesNotContain("BUDI");
  }

  @Test
  void httpErrorsWithoutAnErrorBodyAreHttp() {
    answers.put("getGtk", body(404, "text/html", "<html>Not Found</html>"));
    DapodikWebServiceException e = fails(client());
    assertThat(e.reason()).isEqualTo(Reason.HTTP);
    assertThat(e.httpStatus()).hasValue(404);
    assertThat(calls.get("getGtk")).as("4xx is not retried").isEqualTo(1);
  }

  @Test
  void persistent5xxIsRetriedThenFails() {
    answers.put("getRombonganBelajar", body(500, "text/plain", "Internal Server Error"));
    DapodikWebServiceException e = fails(client().maxRetries(3));
    assertThat(e.reason()).isEqualTo(Reason.HTTP);
    assertThat(e.httpStatus()).hasValue(500);
    assertThat(calls.get("getRombonganBelajar")).isEqualTo(4);
  }

  @Test
  void slowEndpointTimesOutWithoutRetry() throws InterruptedException {
    // the server holds the answer until the test releases it (no wall-clock sleep); the client
    // gives up first
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch served = new java.util.concurrent.CountDownLatch(1);
    answers.put(
        "getPesertaDidik",
        (ex, call) -> {
          try {
            release.await();
            send(ex, 200, "application/json", "{\"rows\": []}");
          } finally {
            served.countDown();
          }
        });
    try {
      DapodikWebServiceException e = fails(client().requestTimeout(Duration.ofMillis(200)));
      assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
      assertThat(e.endpoint()).isEqualTo("getPesertaDidik");
      assertThat(calls.get("getPesertaDidik")).isEqualTo(1);
    } finally {
      release.countDown();
    }
    served.await();
  }

  @Test
  void retriesWaitTheBackoffDoublingUpToThirtySecondsWithoutSleeping() {
    answers.put("getSekolah", body(503, "text/html", "<html>Service Unavailable</html>"));
    List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    DapodikWebServiceException e =
        fails(client().backoff(Duration.ofSeconds(10)).maxRetries(3).sleeper(waits::add));
    assertThat(e.reason()).isEqualTo(Reason.HTTP);
    assertThat(waits)
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30));
    assertThat(calls.get("getSekolah")).isEqualTo(4);
  }

  @Test
  void refusedConnectionIsRetriedThenFails() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    DapodikWebServiceException e =
        fails(client().baseUri(URI.create("http://127.0.0.1:" + port)).maxRetries(1));
    assertThat(e.reason()).isEqualTo(Reason.CONNECTION);
    assertThat(e.endpoint()).isEqualTo("getSekolah");
    assertThat(e.getMessage()).contains("2 attempts");
    assertThat(logs).anySatisfy(l -> assertThat(l.getLevel()).isEqualTo(Level.WARNING));
  }

  @Test
  void interruptedCallerGetsInterrupted() {
    Thread.currentThread().interrupt();
    try {
      DapodikWebServiceException e = fails(client());
      assertThat(e.reason()).isEqualTo(Reason.INTERRUPTED);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  // ------------------------------------------------------------------ the token

  @Test
  void theTokenIsNeverPrinted() {
    DapodikWebService ws = client().build();
    assertThat(ws.toString()).doesNotContain(TOKEN).contains("****").contains(NPSN);
    assertThat(client().toString()).doesNotContain(TOKEN);
    assertThatThrownBy(() -> client().token("abc\r\nX-Evil: " + TOKEN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(t -> assertThat(t.getMessage()).doesNotContain(TOKEN).doesNotContain("Evil"));
    assertThatThrownBy(() -> client().token(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builderValidatesItsArguments() {
    assertThatThrownBy(() -> client().baseUri(URI.create("ftp://host")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().baseUri(URI.create("http://host:5774/?npsn=1")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().baseUri(URI.create("http://user:pw@host:5774")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(t -> assertThat(t.getMessage()).doesNotContain("pw"));
    assertThatThrownBy(() -> client().npsn("  ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().requestTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DapodikWebService.builder().npsn(NPSN).token(TOKEN).build())
        .isInstanceOf(NullPointerException.class);
    DapodikWebService ws =
        DapodikWebService.connect(URI.create("http://localhost:5774"), " 69999901 ", TOKEN);
    assertThat(ws.npsn()).isEqualTo(NPSN);
    assertThat(ws.baseUri()).isEqualTo(URI.create("http://localhost:5774"));
  }
}
