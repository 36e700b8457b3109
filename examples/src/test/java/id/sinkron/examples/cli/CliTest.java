package id.sinkron.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LONG_DIGIT_RUN =
      Pattern.compile("(?<![-0-9a-f])\\d{10,}(?![-0-9a-f])");

  @Test
  void demoPrintsTheOperatorReportAndExitsOneForBlockers() {
    CliRunner r = CliRunner.run("demo");
    assertThat(r.exit()).as(r.err()).isEqualTo(SinkronCli.BLOCKERS);
    assertThat(r.out())
        .contains(
            "RINGKASAN",
            "SMP NEGERI 7 KOTA CONTOH",
            "GTK-LOAD-BELOW-MIN",
            "ERAPOR-ROMBEL-NO-WALI",
            "ERAPOR-PD-NO-ROMBEL",
            "ARKAS-PD-NO-NISN",
            "GTK-NIK-MISMATCH");
    // readable in an 80-column terminal
    assertThat(r.out().lines())
        .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    // identifiers masked: no long digit run (NIK 16, NISN 10, NIP 18, NUPTK 16) anywhere
    assertThat(LONG_DIGIT_RUN.matcher(r.out()).find()).isFalse();
  }

  @Test
  void demoInEnglishAsJson() throws Exception {
    CliRunner r = CliRunner.run("demo", "--format", "json", "--lang", "en");
    assertThat(r.exit()).isEqualTo(SinkronCli.BLOCKERS);
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.get("schema").asText()).isEqualTo("sinkron-report/1");
    assertThat(json.get("asOf").asText()).isEqualTo("2026-08-15");
    assertThat(json.at("/applications/INFO_GTK/verdict").asText()).isEqualTo("NOT_READY");
    assertThat(json.at("/details/ARKAS/countable").isNumber()).isTrue();
    assertThat(json.at("/details/INFO_GTK/teachers").isArray()).isTrue();
    assertThat(LONG_DIGIT_RUN.matcher(r.out()).find()).isFalse();
  }

  @Test
  void demoAsSelfContainedHtml(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("report.html");
    CliRunner r = CliRunner.run("demo", "--format", "html", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(SinkronCli.BLOCKERS);
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<svg", "id=\"findings\"", "GTK-LOAD-BELOW-MIN");
    // no network: nothing loaded from elsewhere
    assertThat(html).doesNotContain("src=\"http", "href=\"http", "@import", "url(http");
    assertThat(LONG_DIGIT_RUN.matcher(html).find()).isFalse();
    // the Info GTK teacher table: the seven verification blocks per teacher, one row per teacher of
    // the details
    int teachers =
        id.sinkron.Sinkron.checker()
            .asOf(DemoSchool.AS_OF)
            .check(DemoSchool.read())
            .details(id.sinkron.check.Application.INFO_GTK, id.sinkron.gtk.GtkAssessment.class)
            .orElseThrow()
            .teachers()
            .size();
    assertThat(html).contains("id=\"gtk-teachers\"");
    assertThat(
            Pattern.compile("<td class=\"block [a-z_]+\" data-block=\"")
                .matcher(html)
                .results()
                .count())
        .isEqualTo(7L * teachers);
    assertThat(html)
        .contains(
            "data-block=\"BEBAN_MENGAJAR\" title=\"Beban mengajar: NOT_VALID \u2014 GTK-LOAD-BELOW-MIN");
  }

  @Test
  void onlyRestrictsTheApplications() throws Exception {
    CliRunner r = CliRunner.run("demo", "--only", "arkas", "--format", "json");
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.at("/applications/INFO_GTK/verdict").asText()).isEqualTo("NOT_EVALUATED");
    assertThat(json.at("/applications/ARKAS/verdict").asText()).isEqualTo("NOT_READY");
  }

  @Test
  void checkReadsADumpFolder(@TempDir Path tmp) throws Exception {
    Path dump = copyDemo(tmp);
    CliRunner r =
        CliRunner.run("check", dump.toString(), "--as-of", "2026-08-15", "--format", "json");
    assertThat(r.exit()).as(r.err()).isEqualTo(SinkronCli.BLOCKERS);
    assertThat(JSON.readTree(r.out()).at("/school/npsn").asText()).isEqualTo("20299907");
  }

  @Test
  void checkOfACleanSchoolIsExitZero(@TempDir Path tmp) {
    id.sinkron.testkit.SchoolGenerator g =
        id.sinkron.testkit.SchoolGenerator.smp().seed(3).students(120);
    Path dump = tmp.resolve("clean");
    g.saveTo(dump);
    CliRunner r = CliRunner.run("check", dump.toString(), "--as-of", g.referenceDate().toString());
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(SinkronCli.READY);
    assertThat(r.out()).contains("SIAP").doesNotContain("BELUM SIAP");
  }

  @Test
  void checkOfAMissingFolderIsExitTwoWithOneLine(@TempDir Path tmp) {
    CliRunner r = CliRunner.run("check", tmp.resolve("nope").toString());
    assertThat(r.exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("nope");
  }

  @Test
  void malformedInputIsExitTwoNamingTheFile(@TempDir Path tmp) throws Exception {
    Path dump = copyDemo(tmp);
    Files.writeString(dump.resolve("getGtk.json"), "{\"results\": 3, \"rows\": [ {\"nama\": ");
    CliRunner r = CliRunner.run("check", dump.toString());
    assertThat(r.exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(r.err()).contains("getGtk.json");
    assertThat(r.err().strip().lines()).hasSize(1);
    CliRunner debug = CliRunner.run("check", dump.toString(), "--debug");
    assertThat(debug.err().lines().count()).isGreaterThan(1);
  }

  @Test
  void badUsageIsExitTwo() {
    assertThat(CliRunner.run("check").exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(CliRunner.run("demo", "--format", "pdf").exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(CliRunner.run("demo", "--only", "rapor-k13").exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(CliRunner.run("frobnicate").exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(CliRunner.run().exit()).isEqualTo(SinkronCli.BAD_INPUT);
  }

  @Test
  void idDecodesAValidNik() throws Exception {
    CliRunner r = CliRunner.run("id", "nik", "3204114609970004", "--format", "json");
    assertThat(r.exit()).isEqualTo(SinkronCli.READY);
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("valid").asBoolean()).isTrue();
    assertThat(j.get("birthDate").asText()).isEqualTo("1997-09-06");
    assertThat(j.get("sex").asText()).isEqualTo("P");
    assertThat(j.get("province").asText()).isNotBlank();
    assertThat(j.get("reason").isNull()).isTrue();
  }

  @Test
  void idExplainsAnInvalidValueAndExitsOne() throws Exception {
    CliRunner r = CliRunner.run("id", "nisn", "12345", "--format", "json");
    assertThat(r.exit()).isEqualTo(SinkronCli.BLOCKERS);
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.get("valid").asBoolean()).isFalse();
    assertThat(j.get("reason").asText()).isEqualTo("WRONG_LENGTH");
    assertThat(j.get("birthDate").isNull()).isTrue();
  }

  @Test
  void idBatchPrintsOneJsonObjectPerLine(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("niks.txt");
    Files.write(f, List.of("3204110609970004", "", "9904110609970004", "3171 0117 0845 0001"));
    CliRunner r = CliRunner.run("id", "nik", "--batch", f.toString(), "--format", "json");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(JSON.readTree(lines.get(0)).get("valid").asBoolean()).isTrue();
    assertThat(JSON.readTree(lines.get(1)).get("reason").asText()).isEqualTo("UNKNOWN_PROVINCE");
    assertThat(JSON.readTree(lines.get(2)).get("valid").asBoolean()).isTrue();
    assertThat(r.exit()).isEqualTo(SinkronCli.BLOCKERS);
  }

  @Test
  void idNipShowsTheForm() {
    CliRunner r = CliRunner.run("id", "nip", "197502102005011003", "--lang", "en");
    assertThat(r.exit()).isEqualTo(SinkronCli.READY);
    assertThat(r.out()).contains("VALID", "PNS", "1975-02-10", "2005-01");
  }

  @Test
  void idOfAMissingBatchFileIsExitTwo(@TempDir Path tmp) {
    CliRunner r = CliRunner.run("id", "nik", "--batch", tmp.resolve("none.txt").toString());
    assertThat(r.exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(r.err()).contains("none.txt");
  }

  @Test
  void fetchSavesTheResponsesAndCheckReadsThem(@TempDir Path tmp) throws Exception {
    try (id.sinkron.examples.LoopbackDapodik server = new id.sinkron.examples.LoopbackDapodik()) {
      Path out = tmp.resolve("fetched");
      // the token comes from an environment variable; PATH exists everywhere and the loopback
      // server accepts any token
      CliRunner r =
          CliRunner.run(
              "fetch",
              "--url",
              server.baseUri().toString(),
              "--npsn",
              "20299907",
              "--token-env",
              "PATH",
              "--out",
              out.toString());
      assertThat(r.exit()).as(r.err()).isEqualTo(SinkronCli.READY);
      assertThat(r.out()).contains("283");
      assertThat(CliRunner.run("check", out.toString(), "--as-of", "2026-08-15").exit())
          .isEqualTo(SinkronCli.BLOCKERS);
    }
  }

  @Test
  void fetchWithoutATokenIsExitTwo(@TempDir Path tmp) {
    CliRunner r =
        CliRunner.run(
            "fetch",
            "--url",
            "http://127.0.0.1:9",
            "--npsn",
            "20299907",
            "--token-env",
            "SINKRON_TEST_NO_SUCH_VARIABLE",
            "--out",
            tmp.toString());
    assertThat(r.exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(r.err()).contains("SINKRON_TEST_NO_SUCH_VARIABLE");
  }

  @Test
  void fetchFromAnUnreachableServerIsExitTwo(@TempDir Path tmp) {
    // the retries really happen (3 attempts) without waiting on the default 1 s + 2 s backoff
    CliRunner r =
        CliRunner.run(
            "fetch",
            "--url",
            "http://127.0.0.1:9",
            "--npsn",
            "20299907",
            "--token-env",
            "PATH",
            "--out",
            tmp.resolve("x").toString(),
            "--retries",
            "2",
            "--retry-wait",
            "0");
    assertThat(r.exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("after 3 attempts");
  }

  @Test
  void anIncompleteCheckSaysSoInTextAndHtml(@TempDir Path tmp) throws Exception {
    Path dump = copyDemo(tmp);
    // a saved first page of getPesertaDidik (1 row of 40): E-Rapor and ARKAS cannot be evaluated
    JsonNode pd = JSON.readTree(dump.resolve("getPesertaDidik.json").toFile());
    com.fasterxml.jackson.databind.node.ObjectNode page =
        JSON.createObjectNode()
            .put("results", 40)
            .put("id", "registrasi_id")
            .put("start", 0)
            .put("limit", 1);
    page.putArray("rows").add(pd.get("rows").get(0));
    Files.writeString(dump.resolve("getPesertaDidik.json"), page.toString());
    Path html = tmp.resolve("r.html");
    CliRunner h =
        CliRunner.run(
            "check",
            dump.toString(),
            "--as-of",
            "2026-08-15",
            "--lang",
            "en",
            "--format",
            "html",
            "--out",
            html.toString());
    CliRunner t = CliRunner.run("check", dump.toString(), "--as-of", "2026-08-15", "--lang", "en");
    assertThat(h.exit()).as(h.err()).isEqualTo(t.exit()).isNotEqualTo(SinkronCli.READY);
    String text = t.out().replaceAll("\\s+", " ");
    assertThat(text)
        .contains("CHECK NOT COMPLETE")
        .contains("E-Rapor, ARKAS/BOSP")
        .doesNotContain("No findings");
    String page1 = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page1.replaceAll("\\s+", " "))
        .contains("<section id=\"incomplete\"")
        .contains("CHECK NOT COMPLETE")
        .contains("E-Rapor, ARKAS/BOSP");
    assertThat(CliRunner.run("demo", "--format", "html").out()).doesNotContain("id=\"incomplete\"");
  }

  @Test
  void everyFindingShowsItsBasisInBothLanguages() {
    List<String> lines = CliRunner.run("demo").out().lines().map(String::strip).toList();
    id.sinkron.check.Report report =
        id.sinkron.Sinkron.checker().asOf(DemoSchool.AS_OF).check(DemoSchool.read());
    String label = report.findings().get(0).basis().label(id.sinkron.Checker.INDONESIAN);
    assertThat(String.join(" ", lines)).contains("dasar: " + label);
    // one basis line per finding line
    long findings = lines.stream().filter(l -> l.matches("\\[[A-Z]+\\] [A-Z]+-.*")).count();
    assertThat(lines.stream().filter(l -> l.startsWith("dasar: ")).count())
        .isEqualTo(findings)
        .isPositive();
    String en = CliRunner.run("demo", "--lang", "en").out();
    assertThat(en).contains("basis: ").doesNotContain("dasar: ");
  }

  @Test
  void debugIsOneInheritedOptionGivenBeforeOrAfterTheCommand(@TempDir Path tmp) {
    Path missing = tmp.resolve("nope");
    assertThat(CliRunner.run("check", missing.toString()).err().strip().lines()).hasSize(1);
    CliRunner after = CliRunner.run("check", missing.toString(), "--debug");
    CliRunner before = CliRunner.run("--debug", "check", missing.toString());
    for (CliRunner r : List.of(after, before)) {
      assertThat(r.exit()).isEqualTo(SinkronCli.BAD_INPUT);
      assertThat(r.err()).contains("IllegalArgumentException").contains("\tat ");
    }
    assertThat(CliRunner.run("id", "nik", "1", "--debug").exit())
        .as("every command takes it")
        .isEqualTo(SinkronCli.BLOCKERS);
    assertThat(CliRunner.run("check-all", tmp.toString(), "--debug").err()).contains("\tat ");
  }

  @Test
  void idChecksNpwpAndNrg() throws Exception {
    JsonNode legacy =
        JSON.readTree(
            CliRunner.run("id", "npwp", "01.234.567.4-123.000", "--format", "json").out());
    assertThat(legacy.get("valid").asBoolean()).isTrue();
    assertThat(legacy.get("notes").get(0).asText()).isEqualTo("LEGACY_15_DIGITS");
    JsonNode nik =
        JSON.readTree(CliRunner.run("id", "NPWP", "3273014508950003", "--format", "json").out());
    assertThat(nik.get("notes").get(0).asText()).isEqualTo("NIK_BASED");
    CliRunner bad = CliRunner.run("id", "npwp", "01.234.567.1-123.000", "--format", "json");
    assertThat(bad.exit()).isEqualTo(SinkronCli.BLOCKERS);
    assertThat(JSON.readTree(bad.out()).get("reason").asText()).isEqualTo("BAD_CHECKSUM");
    assertThat(CliRunner.run("id", "nrg", "0832 1647 5902").exit()).isEqualTo(SinkronCli.READY);
    CliRunner shortNrg = CliRunner.run("id", "nrg", "12345678901", "--format", "json");
    assertThat(JSON.readTree(shortNrg.out()).get("reason").asText()).isEqualTo("WRONG_LENGTH");
  }

  @Test
  void idAcceptsEveryIdentifierKindOfTheLibrary() {
    for (id.sinkron.identifier.IdentifierKind kind :
        id.sinkron.identifier.IdentifierKind.values()) {
      CliRunner r = CliRunner.run("id", kind.name().toLowerCase(java.util.Locale.ROOT), "123");
      assertThat(r.exit()).as(kind + ": " + r.err()).isEqualTo(SinkronCli.BLOCKERS);
      assertThat(r.out()).as(kind.name()).contains("TIDAK VALID");
    }
    assertThat(CliRunner.run("id", "--help").out()).contains("npwp", "nrg");
  }

  static Path copyDemo(Path tmp) throws Exception {
    Path dump = Files.createDirectories(tmp.resolve("dump"));
    for (String f :
        List.of(
            "getSekolah.json",
            "getGtk.json",
            "getPesertaDidik.json",
            "getRombonganBelajar.json",
            "getPengguna.json",
            "sinkron-supplement.json")) {
      try (var in = CliTest.class.getResourceAsStream("/demo/" + f)) {
        Files.copy(in, dump.resolve(f));
      }
    }
    return dump;
  }
}
