package id.sinkron.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinkron.testkit.SchoolGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, one test per numbered item, with the exact input shape saved into a dump folder of an
 * invented, otherwise clean school (the testkit's SMK, seed 5: every application READY, exit 0):
 * the input code, the verdicts and the exit code of {@code sinkron check}.
 */
class WholeSchoolCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AS_OF = "2025-08-31";
  private static final String ACCESS_DENIED_1 =
      "Access denied - You are not authorized to access this page. #1";
  private static final String ACCESS_DENIED_2 =
      "Access denied - You are not authorized to access this page. #2";

  @TempDir Path tmp;

  Path dir;

  @BeforeEach
  void cleanSchool() {
    dir = tmp.resolve("school");
    SchoolGenerator.smk().seed(5).students(70).saveTo(dir);
  }

  record Run(int exit, JsonNode json, String out) {
    String verdict(String app) {
      return json.at("/applications/" + app + "/verdict").asText();
    }

    /**
     * @return input problem codes by endpoint, e.g. {getGtk=[INPUT-EMPTY-CONTRADICTED]}
     */
    Map<String, List<String>> codes() {
      Map<String, List<String>> m = new TreeMap<>();
      for (JsonNode p : json.get("inputProblems")) {
        m.computeIfAbsent(p.path("endpoint").asText("-"), k -> new ArrayList<>())
            .add(p.get("code").asText());
      }
      return m;
    }
  }

  Run check(String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("check", dir.toString(), "--as-of", AS_OF, "--format", "json"));
    args.addAll(List.of(extra));
    CliRunner r = CliRunner.run(args.toArray(String[]::new));
    return new Run(r.exit(), JSON.readTree(r.out()), r.out());
  }

  void write(String file, String text) throws Exception {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  ObjectNode read(String file) throws Exception {
    return (ObjectNode) JSON.readTree(dir.resolve(file).toFile());
  }

  @Test
  void theCleanSchoolIsReadyAndExitsZero() throws Exception {
    Run r = check();
    assertThat(r.exit()).isEqualTo(SinkronCli.READY);
    assertThat(r.json().get("outcome").asText()).isEqualTo("READY");
    assertThat(r.json().get("complete").asBoolean()).isTrue();
    assertThat(r.json().get("requested"))
        .extracting(JsonNode::asText)
        .contains("INFO_GTK", "E_RAPOR", "ARKAS");
    assertThat(r.verdict("INFO_GTK")).isEqualTo("READY");
    assertThat(r.verdict("E_RAPOR")).isEqualTo("READY");
    assertThat(r.verdict("ARKAS")).isEqualTo("READY");
    assertThat(r.json().get("inputProblems")).isEmpty();
  }

  // 1. Nothing checked, exit 0 -> nothing readable, exit 2; never READY
  @Test
  void item1FiveAccessDeniedFilesAreNothingReadableAndNeverExitZero() throws Exception {
    for (String f :
        List.of(
            "getSekolah.json",
            "getGtk.json",
            "getPesertaDidik.json",
            "getRombonganBelajar.json",
            "getPengguna.json")) {
      write(f, ACCESS_DENIED_1);
    }
    Run r = check();
    assertThat(r.codes())
        .containsOnlyKeys(
            "getSekolah", "getGtk", "getPesertaDidik", "getRombonganBelajar", "getPengguna")
        .allSatisfy((k, v) -> assertThat(v).containsExactly("INPUT-WS-ERROR"));
    assertThat(List.of(r.verdict("INFO_GTK"), r.verdict("E_RAPOR"), r.verdict("ARKAS")))
        .containsOnly("NOT_EVALUATED");
    assertThat(r.json().get("outcome").asText()).isEqualTo("UNREADABLE");
    assertThat(r.json().get("complete").asBoolean()).isFalse();
    assertThat(r.json().get("incompleteReasons"))
        .hasSize(r.json().get("requested").size())
        .isNotEmpty();
    assertThat(r.exit()).isEqualTo(SinkronCli.BAD_INPUT);
    // the text report says so and never "no findings"
    CliRunner text = CliRunner.run("check", dir.toString(), "--as-of", AS_OF, "--lang", "en");
    assertThat(text.exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(text.out()).contains("CHECK NOT COMPLETE").doesNotContain("No findings");
  }

  @Test
  void item1OneRefusedResponseMakesTheRequestedApplicationsIncompleteExitThree() throws Exception {
    write("getGtk.json", ACCESS_DENIED_1);
    Run r = check();
    assertThat(r.codes()).containsExactly(Map.entry("getGtk", List.of("INPUT-WS-ERROR")));
    assertThat(List.of(r.verdict("INFO_GTK"), r.verdict("E_RAPOR"), r.verdict("ARKAS")))
        .containsOnly("NOT_EVALUATED");
    assertThat(r.json().get("outcome").asText()).isEqualTo("INCOMPLETE");
    assertThat(r.exit()).isEqualTo(SinkronCli.INCOMPLETE);
  }

  // 2. A saved page is read as the school -> INPUT-PAGE-INCOMPLETE
  @Test
  void item2ASavedPageIsNeverReadAsTheSchool() throws Exception {
    ObjectNode pd = read("getPesertaDidik.json");
    ArrayNode rows = (ArrayNode) pd.get("rows");
    ArrayNode page = JSON.createArrayNode().add(rows.get(0)).add(rows.get(1)).add(rows.get(2));
    ObjectNode saved =
        JSON.createObjectNode()
            .put("results", 40)
            .put("id", "registrasi_id")
            .put("start", 0)
            .put("limit", 3);
    saved.set("rows", page);
    write("getPesertaDidik.json", saved.toString());
    Run r = check();
    assertThat(r.codes())
        .containsExactly(Map.entry("getPesertaDidik", List.of("INPUT-PAGE-INCOMPLETE")));
    assertThat(r.json().at("/inputProblems/0/message").asText()).contains("3").contains("40");
    assertThat(r.verdict("E_RAPOR")).isEqualTo("NOT_EVALUATED");
    assertThat(r.verdict("ARKAS")).isEqualTo("NOT_EVALUATED");
    assertThat(r.verdict("INFO_GTK")).as("does not need getPesertaDidik").isEqualTo("READY");
    assertThat(r.json().at("/applications/E_RAPOR/reason").asText())
        .contains("INPUT-PAGE-INCOMPLETE");
    assertThat(r.exit()).isEqualTo(SinkronCli.INCOMPLETE);
    // --only narrows what is requested: Info GTK alone is evaluated and ready
    Run gtk = check("--only", "gtk");
    assertThat(gtk.json().get("requested"))
        .extracting(JsonNode::asText)
        .containsExactly("INFO_GTK");
    assertThat(gtk.exit()).isEqualTo(SinkronCli.READY);
  }

  // 3. An empty list is believed -> INPUT-EMPTY-CONTRADICTED
  @Test
  void item3EmptyRowsOnGetGtkWithStudentsAndTeachersElsewhereIsContradicted() throws Exception {
    for (String empty : List.of("[]", "null")) {
      ObjectNode gtk = read("getGtk.json");
      gtk.put("results", 0);
      gtk.set("rows", JSON.readTree(empty));
      write("getGtk.json", gtk.toString());
      Run r = check();
      assertThat(r.codes())
          .as(empty)
          .containsExactly(Map.entry("getGtk", List.of("INPUT-EMPTY-CONTRADICTED")));
      assertThat(r.verdict("INFO_GTK"))
          .as("never READY with zero teachers")
          .isEqualTo("NOT_EVALUATED");
      assertThat(r.verdict("E_RAPOR")).isEqualTo("NOT_EVALUATED");
      assertThat(r.verdict("ARKAS")).isEqualTo("NOT_EVALUATED");
      assertThat(r.exit()).isEqualTo(SinkronCli.INCOMPLETE);
      cleanSchool();
    }
  }

  @Test
  void item3StudentsNotFoundWhileTheRombelListMembersIsContradicted() throws Exception {
    write(
        "getPesertaDidik.json",
        "{\"success\": false, \"http_code\": 403, \"status_code\": \"Forbidden\","
            + " \"message\": \"Data Peserta Didik tidak ditemukan\"}");
    Run r = check();
    assertThat(r.codes())
        .containsExactly(
            Map.entry("getPesertaDidik", List.of("INPUT-WS-ERROR", "INPUT-EMPTY-CONTRADICTED")));
    // no false BOSP blockers, no false E-Rapor orphans: both not evaluated
    assertThat(r.verdict("ARKAS")).isEqualTo("NOT_EVALUATED");
    assertThat(r.verdict("E_RAPOR")).isEqualTo("NOT_EVALUATED");
    assertThat(r.json().get("findings"))
        .noneMatch(f -> f.get("application").asText().equals("E_RAPOR"));
    assertThat(r.verdict("INFO_GTK")).isEqualTo("READY");
    assertThat(r.exit()).isEqualTo(SinkronCli.INCOMPLETE);
  }

  @Test
  void item3AnEmptyListTheOthersAgreeWithIsZeroRows() throws Exception {
    // getPengguna "Data Pengguna tidak ditemukan": nothing contradicts it, read as zero rows
    write(
        "getPengguna.json", "{\"success\": false, \"message\": \"Data Pengguna tidak ditemukan\"}");
    Run r = check();
    assertThat(r.codes()).containsExactly(Map.entry("getPengguna", List.of("INPUT-WS-ERROR")));
    assertThat(r.exit()).isEqualTo(SinkronCli.READY);
  }

  // 4. An error after other text stops the whole check -> INPUT-WS-ERROR for that endpoint, the
  // rest checked
  @Test
  void item4AccessDeniedAfterAPhpNoticeIsAnErrorOfThatEndpointOnly() throws Exception {
    write(
        "getGtk.json",
        "<br />\n<b>Notice</b>:  Undefined index: query in <b>C:\\Program Files (x86)\\Dapodik"
            + "\\webapp\\app\\dataweb\\apps\\src\\DataDikdas\\Info\\SekolahDetailTableInfo.php</b> on line <b>71</b><br />\n"
            + ACCESS_DENIED_2);
    Run r = check();
    assertThat(r.codes()).containsExactly(Map.entry("getGtk", List.of("INPUT-WS-ERROR")));
    assertThat(r.json().at("/inputProblems/0/message").asText()).contains(ACCESS_DENIED_2);
    assertThat(List.of(r.verdict("INFO_GTK"), r.verdict("E_RAPOR"), r.verdict("ARKAS")))
        .containsOnly("NOT_EVALUATED");
    assertThat(r.json().at("/school/npsn").asText()).as("the rest is read").isNotEmpty();
    assertThat(r.exit()).isEqualTo(SinkronCli.INCOMPLETE);
  }

  @Test
  void item4ErrorsAfterRawHttpHeaderLinesAreRecognised() throws Exception {
    write(
        "getPesertaDidik.json",
        "HTTP/1.0 403 Forbidden\r\nContent-Type: text/html; charset=UTF-8\r\n"
            + "Date: Wed, 22 Apr 2026 03:00:00 GMT\r\n\r\n"
            + ACCESS_DENIED_2);
    write(
        "getPengguna.json",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
            + "{\"success\":false,\"http_code\":403,\"status_code\":\"Forbidden\",\"message\":"
            + "\"IP Address yang didaftarkan pada Web Service Dapodik berbeda\"}");
    Run r = check();
    assertThat(r.codes())
        .containsExactly(
            Map.entry("getPengguna", List.of("INPUT-WS-ERROR")),
            Map.entry("getPesertaDidik", List.of("INPUT-WS-ERROR")));
    assertThat(r.verdict("INFO_GTK")).isEqualTo("READY");
    assertThat(r.verdict("E_RAPOR")).isEqualTo("NOT_EVALUATED");
    assertThat(r.verdict("ARKAS")).isEqualTo("NOT_EVALUATED");
    assertThat(r.exit()).isEqualTo(SinkronCli.INCOMPLETE);
  }

  // 5. A missing jenis_rombel drops the rombel -> fallback applies; jenis_rombel_id is an alias
  @Test
  void item5MissingJenisRombelOrTheJenisRombelIdAliasKeepsTheRombel() throws Exception {
    Run before = check();
    ObjectNode rombel = read("getRombonganBelajar.json");
    int i = 0;
    for (JsonNode row : rombel.get("rows")) {
      ObjectNode o = (ObjectNode) row;
      JsonNode jenis = o.remove("jenis_rombel");
      if (i++ % 2 == 0) {
        o.set("jenis_rombel_id", jenis); // a 2020 client's name
      }
    }
    write("getRombonganBelajar.json", rombel.toString());
    Run r = check();
    assertThat(r.json().get("inputProblems")).isEmpty();
    assertThat(r.verdict("INFO_GTK")).isEqualTo(before.verdict("INFO_GTK")).isEqualTo("READY");
    assertThat(r.verdict("E_RAPOR")).isEqualTo("READY");
    assertThat(r.verdict("ARKAS")).isEqualTo("READY");
    assertThat(r.json().get("findings")).isEqualTo(before.json().get("findings"));
    assertThat(r.exit()).isEqualTo(SinkronCli.READY);
  }

  // 6. Misleading messages -> INPUT-NOT-WEB-SERVICE saying what the file looks like
  @Test
  void item6ABareArrayIsNotAWebServiceResponse() throws Exception {
    write("getGtk.json", read("getGtk.json").get("rows").toString());
    Run r = check("--lang", "en");
    assertThat(r.codes()).containsExactly(Map.entry("getGtk", List.of("INPUT-NOT-WEB-SERVICE")));
    assertThat(r.json().at("/inputProblems/0/message").asText())
        .contains("bare JSON list")
        .doesNotContain("without 'rows'");
    assertThat(List.of(r.verdict("INFO_GTK"), r.verdict("E_RAPOR"), r.verdict("ARKAS")))
        .containsOnly("NOT_EVALUATED");
    assertThat(r.exit()).isEqualTo(SinkronCli.INCOMPLETE);
  }

  @Test
  void item6ASavedHtml404PageIsNotAWebServiceResponse() throws Exception {
    write(
        "getRombonganBelajar.json",
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>404 Not Found</title>\n"
            + "<style>\nbody { font-family: sans-serif; }\nh1 { color: #333; }\n</style>\n</head>\n"
            + "<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body>\n</html>\n");
    Run r = check("--lang", "en");
    assertThat(r.codes())
        .containsExactly(Map.entry("getRombonganBelajar", List.of("INPUT-NOT-WEB-SERVICE")));
    String message = r.json().at("/inputProblems/0/message").asText();
    assertThat(message)
        .contains("HTML page")
        .contains("404 Not Found")
        .doesNotContain("JSON")
        .doesNotContain("line");
    assertThat(List.of(r.verdict("INFO_GTK"), r.verdict("E_RAPOR"), r.verdict("ARKAS")))
        .containsOnly("NOT_EVALUATED");
    assertThat(r.exit()).isEqualTo(SinkronCli.INCOMPLETE);
    Run id = check();
    assertThat(id.json().at("/inputProblems/0/message").asText())
        .contains("halaman HTML")
        .contains("404 Not Found");
  }

  // --help, README and these tests agree on the exit codes
  @Test
  void helpListsTheExitCodesTheReadmeDocuments() throws Exception {
    String readme = Files.readString(readme(), StandardCharsets.UTF_8);
    for (String cmd : List.of("check", "demo")) {
      CliRunner help = CliRunner.run(cmd, "--help");
      assertThat(help.exit()).isZero();
      for (String line : SinkronCli.EXIT_CODES) {
        String code = line.substring(0, 1);
        String meaning = line.substring(2);
        assertThat(help.out().replaceAll("\\s+", " ")).contains(meaning.replaceAll("\\s+", " "));
        assertThat(readme).contains("| " + code + " | " + meaning + " |");
      }
    }
    assertThat(SinkronCli.READY).isZero();
    assertThat(SinkronCli.BLOCKERS).isEqualTo(1);
    assertThat(SinkronCli.BAD_INPUT).isEqualTo(2);
    assertThat(SinkronCli.INCOMPLETE).isEqualTo(3);
  }

  static Path readme() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("README.md"))
        || p != null && !Files.exists(p.resolve("core"))) {
      p = p.getParent();
    }
    return p.resolve("README.md");
  }
}
