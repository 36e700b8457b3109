package id.sinkron.dapodikgate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.sinkron.dapodikgate.DapodikAccessException.Kind;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.DapodikLocal.Part;
import id.sinkron.model.DapodikValidationRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application client against a loopback server that performs Dapodik's login flow: session
 * cookie, {@code POST /roleperan} with the two failure redirects, the role list, the role link that
 * opens the session, paged {@code /validation}, and {@code /destauth}.
 */
class DapodikAppTest {
  static final String USER = "operator@sekolah.sch.id";
  static final String PASSWORD = "S&ndi Rahasia=99";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-20T03:00:00Z"), ZoneOffset.UTC);

  HttpServer server;
  URI base;
  final List<String> requests = new ArrayList<>();
  final Map<String, String> lastForm = new HashMap<>();
  final AtomicInteger logouts = new AtomicInteger();

  /** peserta_didik has 120 rows (three pages), ptk 1, the others none. */
  int pdRows = 120;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    String query = x.getRequestURI().getRawQuery();
    String cookie = String.join(";", x.getRequestHeaders().getOrDefault("Cookie", List.of()));
    synchronized (requests) {
      requests.add(x.getRequestMethod() + " " + path);
    }
    switch (path) {
      case "/" -> {
        x.getResponseHeaders().add("Set-Cookie", "PHPSESSID=s1; Path=/");
        send(x, 200, "text/html", "<html><form action='roleperan'></form></html>");
      }
      case "/roleperan" -> {
        Map<String, String> form =
            parse(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        lastForm.clear();
        lastForm.putAll(form);
        if (!cookie.contains("PHPSESSID=s1")) {
          send(x, 403, "text/plain", "no session");
        } else if (!USER.equals(form.get("username"))) {
          redirect(x, "/#PenggunaTidakTerdaftar");
        } else if (!PASSWORD.equals(form.get("password"))) {
          redirect(x, "/#PasswordSalah");
        } else {
          redirect(x, "/pilihperan");
        }
      }
      case "/pilihperan" ->
          send(
              x,
              200,
              "text/html",
              "<ul><li>Pilih pengguna</li>"
                  + "<li><a href=\"/masuk?pengguna_id=p-ptk&amp;params=2\"><img src='x.png'></a><span>SMP Contoh</span>"
                  + "<span>Nama: Guru Contoh</span><span>Peran: PTK</span></li>"
                  + "<li><a href=\"/masuk?pengguna_id=p-op&amp;params=1\"><img src='x.png'></a><span>SMP Contoh</span>"
                  + "<span>Nama: Operator Contoh</span><span>Peran: Operator Sekolah</span></li>"
                  + "<li>Keluar</li></ul>");
      case "/masuk" -> {
        if (query != null && query.contains("pengguna_id=p-op") && query.contains("params=1")) {
          x.getResponseHeaders().add("Set-Cookie", "auth=op; Path=/");
        } else {
          x.getResponseHeaders().add("Set-Cookie", "auth=ptk; Path=/");
        }
        redirect(x, "/");
      }
      case "/validation" -> {
        if (!cookie.contains("auth=op")) {
          redirect(x, "/");
          return;
        }
        Map<String, String> q = parse(query);
        String kind = q.get("jenis_validasi");
        int start = Integer.parseInt(q.get("start"));
        int limit = Integer.parseInt(q.get("limit"));
        int total = kind.equals("peserta_didik") ? pdRows : kind.equals("ptk") ? 1 : 0;
        StringBuilder rows = new StringBuilder();
        for (int i = start; i < Math.min(total, start + limit); i++) {
          if (rows.length() > 0) {
            rows.append(',');
          }
          if (kind.equals("ptk")) {
            rows.append(
                "{\"validasi_id\": \"77\", \"table\": \"ptk\", \"tipe\": 2, \"keterangan\": \"NUPTK kosong\"}");
          } else {
            rows.append("{\"validasi_id\": ")
                .append(1000 + i)
                .append(
                    ", \"table\": \"peserta_didik\", \"tipe\": 1,"
                        + " \"keterangan\": \"Nama mengandung angka\", \"lain\": [1]}");
          }
        }
        send(x, 200, "application/json", "{\"results\": " + total + ", \"rows\": [" + rows + "]}");
      }
      case "/destauth" -> {
        logouts.incrementAndGet();
        redirect(x, "/");
      }
      default -> send(x, 404, "text/plain", "not found");
    }
  }

  private static void redirect(HttpExchange x, String to) throws IOException {
    x.getResponseHeaders().add("Location", to);
    x.sendResponseHeaders(302, -1);
    x.close();
  }

  private static void send(HttpExchange x, int status, String type, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, b.length);
    x.getResponseBody().write(b);
    x.close();
  }

  private static Map<String, String> parse(String s) {
    Map<String, String> m = new HashMap<>();
    if (s == null || s.isEmpty()) {
      return m;
    }
    for (String kv : s.split("&")) {
      int i = kv.indexOf('=');
      m.put(
          URLDecoder.decode(kv.substring(0, i), StandardCharsets.UTF_8),
          URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
    }
    return m;
  }

  DapodikApp.Access access(String user, String password, String role) {
    return DapodikApp.Access.of(base, user, password.toCharArray(), "20261", role);
  }

  @Test
  void logsInWithTheChosenRoleReadsEveryPageOfEveryKindAndLogsOut() {
    DapodikLocal d =
        DapodikApp.read(access(USER, PASSWORD, "operator"), 2000, CLOCK, Duration.ofSeconds(10));
    assertThat(lastForm)
        .containsEntry("username", USER)
        .containsEntry("password", PASSWORD)
        .containsEntry("semester_id", "20261")
        .containsEntry("rememberme", "on");
    assertThat(d.source()).isEqualTo(DapodikLocal.Source.APPLICATION);
    assertThat(d.validation()).hasSize(121);
    assertThat(d.validation())
        .filteredOn(r -> r.entity().equals("peserta_didik"))
        .extracting(r -> r.validasiId().orElse(-1L))
        .startsWith(1000L, 1001L)
        .endsWith(1119L)
        .doesNotHaveDuplicates();
    DapodikValidationRow ptk =
        d.validation().stream().filter(r -> r.entity().equals("ptk")).findFirst().get();
    assertThat(ptk.tipe()).contains(2);
    assertThat(ptk.validasiId()).contains(77L);
    assertThat(ptk.table()).contains("ptk");
    assertThat(ptk.message()).contains("NUPTK kosong");
    assertThat(ptk.rowId()).isEmpty();
    assertThat(d.validationTruncated()).isEmpty();
    assertThat(d.has(Part.VALIDATION)).isTrue();
    assertThat(d.unavailable()).containsOnlyKeys(Part.SYNC_LOG, Part.CHANGES);
    assertThat(logouts.get()).isEqualTo(1);
    assertThat(requests)
        .contains("GET /masuk")
        .filteredOn(r -> r.equals("GET /validation"))
        .hasSize(3 + 7);
  }

  @Test
  void rowsAreBoundedAndTheTotalIsKept() {
    DapodikLocal d =
        DapodikApp.read(access(USER, PASSWORD, "operator"), 60, CLOCK, Duration.ofSeconds(10));
    assertThat(d.validation()).filteredOn(r -> r.entity().equals("peserta_didik")).hasSize(60);
    assertThat(d.validationTruncated()).containsEntry("peserta_didik", 120L);
  }

  @Test
  void anUnknownUserIsTheFirstFailureRedirect() {
    assertThatThrownBy(() -> DapodikApp.read(access("lain@sekolah.sch.id", PASSWORD, null)))
        .isInstanceOf(DapodikAccessException.class)
        .satisfies(
            e -> {
              assertThat(((DapodikAccessException) e).kind()).isEqualTo(Kind.UNKNOWN_USER);
              assertThat(everything(e)).doesNotContain(PASSWORD);
            });
    assertThat(requests).doesNotContain("GET /validation");
  }

  @Test
  void aWrongPasswordIsTheSecondFailureRedirectAndIsNeverShown() {
    String wrong = "Salah=Sandi&1";
    assertThatThrownBy(() -> DapodikApp.read(access(USER, wrong, null)))
        .isInstanceOf(DapodikAccessException.class)
        .satisfies(
            e -> {
              assertThat(((DapodikAccessException) e).kind()).isEqualTo(Kind.WRONG_PASSWORD);
              assertThat(e.getCause()).isNull();
              assertThat(everything(e)).doesNotContain(wrong, PASSWORD, USER);
            });
    assertThat(access(USER, wrong, null).toString()).doesNotContain(wrong, USER);
  }

  @Test
  void aRoleWithoutAccessToValidationIsAReadFailureNotAnEmptyResult() {
    // the first role (PTK) does not get the session cookie the validation endpoint needs
    assertThatThrownBy(() -> DapodikApp.read(access(USER, PASSWORD, null)))
        .isInstanceOf(DapodikAccessException.class)
        .satisfies(
            e -> assertThat(((DapodikAccessException) e).kind()).isEqualTo(Kind.READ_FAILED));
    assertThat(logouts.get()).as("logs out even when reading fails").isEqualTo(1);
  }

  @Test
  void nothingListeningIsUnreachable() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    DapodikApp.Access a =
        DapodikApp.Access.of(
            URI.create("http://127.0.0.1:" + port), USER, PASSWORD.toCharArray(), "20261", null);
    assertThatThrownBy(() -> DapodikApp.read(a))
        .isInstanceOf(DapodikAccessException.class)
        .satisfies(
            e -> assertThat(((DapodikAccessException) e).kind()).isEqualTo(Kind.UNREACHABLE));
  }

  private static String everything(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return t + "\n" + w;
  }
}
