package id.sinkron.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.testkit.SchoolGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAllCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @Test
  void checksEveryFolderInOrderAndSummarises(@TempDir Path tmp) throws Exception {
    Path root = tmp.resolve("kab");
    SchoolGenerator.sd().seed(1).students(70).saveTo(root.resolve("a"));
    SchoolGenerator.smp().seed(2).students(90).withStudentWithoutNisn().saveTo(root.resolve("b"));
    SchoolGenerator.sma().seed(3).students(80).saveTo(root.resolve("c"));
    Path out = tmp.resolve("results.jsonl");

    CliRunner r =
        CliRunner.run(
            "check-all",
            root.toString(),
            "--out",
            out.toString(),
            "--as-of",
            "2025-08-31",
            "--lang",
            "en",
            "--threads",
            "2",
            "--progress");

    assertThat(r.exit()).as(r.err()).isEqualTo(SinkronCli.BLOCKERS);
    List<JsonNode> reports = lines(out);
    assertThat(reports).hasSize(3);
    assertThat(reports)
        .allSatisfy(j -> assertThat(j.get("schema").asText()).isEqualTo("sinkron-report/1"));
    assertThat(reports.get(0).at("/school/nama").asText()).startsWith("SD ");
    assertThat(reports.get(1).at("/applications/ARKAS/verdict").asText()).isEqualTo("NOT_READY");
    assertThat(reports.get(1).get("findings").get(0).get("code").asText())
        .isEqualTo("ARKAS-PD-NO-NISN");
    assertThat(reports.get(2).at("/applications/INFO_GTK/verdict").asText()).isEqualTo("READY");
    assertThat(r.err()).contains("3/3 schools");
    assertThat(r.out())
        .contains("SUMMARY OF 3 SCHOOLS")
        .contains("ARKAS/BOSP: 2 ready, 1 not ready, 0 not evaluated")
        .contains("Findings: 1 blockers");
  }

  @Test
  void anUnreadableFolderGetsItsLineAndExitTwo(@TempDir Path tmp) throws Exception {
    Path root = tmp.resolve("kab");
    SchoolGenerator.smp().seed(4).students(60).saveTo(root.resolve("1-ok"));
    Files.createDirectories(root.resolve("2-broken"));
    Files.writeString(
        root.resolve("2-broken").resolve("getSekolah.json"), "<html>gateway timeout</html>");
    SchoolGenerator.smp().seed(6).students(60).saveTo(root.resolve("3-cut"));
    Path cut = root.resolve("3-cut").resolve("getGtk.json");
    Files.writeString(cut, Files.readString(cut).substring(0, 200));

    CliRunner r =
        CliRunner.run("check-all", root.toString(), "--as-of", "2025-08-31", "--no-progress");

    assertThat(r.exit()).as(r.err()).isEqualTo(SinkronCli.BAD_INPUT);
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(3);
    // issue 12 (changed expectation): an HTML page is INPUT-NOT-WEB-SERVICE of its endpoint, the
    // missing files
    // INPUT-ENDPOINT-MISSING; nothing of the school is readable
    JsonNode broken = JSON.readTree(lines[1]);
    assertThat(broken.at("/inputProblems/0/code").asText()).isEqualTo("INPUT-NOT-WEB-SERVICE");
    assertThat(broken.at("/inputProblems/0/file").asText()).isEqualTo("getSekolah.json");
    assertThat(broken.get("inputProblems"))
        .extracting(p -> p.get("code").asText())
        .containsExactly(
            "INPUT-NOT-WEB-SERVICE",
            "INPUT-ENDPOINT-MISSING",
            "INPUT-ENDPOINT-MISSING",
            "INPUT-ENDPOINT-MISSING");
    assertThat(broken.get("outcome").asText()).isEqualTo("UNREADABLE");
    // a folder that cannot be read at all still gets its line, whose input problem names the folder
    JsonNode cutOff = JSON.readTree(lines[2]);
    assertThat(cutOff.at("/inputProblems/0/code").asText())
        .isIn("INPUT-ROW-UNREADABLE", "INPUT-ENDPOINT-MISSING");
    assertThat(cutOff.at("/inputProblems/0/file").asText()).endsWith("3-cut");
    assertThat(cutOff.at("/inputProblems/0/message").asText())
        .contains("getGtk.json")
        .doesNotContain("Source")
        .doesNotContain("REDACTED")
        .doesNotContain(" - ");
    assertThat(r.err())
        .contains("RINGKASAN 3 SEKOLAH")
        .contains(
            "Sekolah: 1 siap, 0 tidak siap (penghambat), "
                + "0 tidak lengkap diperiksa, 2 tidak terbaca")
        .doesNotContain("[#");
  }

  @Test
  void schoolsThatCouldNotBeEvaluatedWholeExitThree(@TempDir Path tmp) throws Exception {
    Path root = tmp.resolve("kab");
    SchoolGenerator.smk().seed(5).students(70).saveTo(root.resolve("a"));
    SchoolGenerator.smk().seed(5).students(70).saveTo(root.resolve("b"));
    Files.writeString(
        root.resolve("b").resolve("getGtk.json"),
        "Access denied - You are not authorized to access this page. #1");
    CliRunner r =
        CliRunner.run(
            "check-all", root.toString(), "--as-of", "2025-08-31", "--lang", "en", "--no-progress");
    assertThat(r.exit()).as(r.err()).isEqualTo(SinkronCli.INCOMPLETE);
    assertThat(r.err())
        .contains("Schools: 1 ready, 0 not ready (blockers), 1 not evaluated whole, 0 unreadable");
  }

  @Test
  void theProgressBarIsDrawnOnlyOnATerminalOrWhenAsked(@TempDir Path tmp) throws Exception {
    Path root = tmp.resolve("kab");
    SchoolGenerator.sd().seed(6).students(40).saveTo(root.resolve("a"));
    String[] base = {
      "check-all",
      root.toString(),
      "--out",
      tmp.resolve("r.jsonl").toString(),
      "--as-of",
      "2025-08-31"
    };
    // the tests run without a console: no bar by default
    assertThat(System.console()).isNull();
    assertThat(CliRunner.run(base).err()).doesNotContain("[#");
    String[] forced = java.util.Arrays.copyOf(base, base.length + 1);
    forced[base.length] = "--progress";
    assertThat(CliRunner.run(forced).err()).contains("[#").contains("1/1");
    forced[base.length] = "--no-progress";
    assertThat(CliRunner.run(forced).err()).doesNotContain("[#");
  }

  @Test
  void checkAllSharesTheCheckOptionsOfCheck(@TempDir Path tmp) throws Exception {
    Path root = Files.createDirectories(tmp.resolve("kab"));
    Files.move(CliTest.copyDemo(tmp), root.resolve("demo"));
    Path out = tmp.resolve("r.jsonl");
    CliRunner r =
        CliRunner.run(
            "check-all",
            root.toString(),
            "--out",
            out.toString(),
            "--as-of",
            "2026-08-15",
            "--only",
            "gtk",
            "--show-names",
            "--lang",
            "en");
    JsonNode report = lines(out).get(0);
    assertThat(report.get("asOf").asText()).as(r.err()).isEqualTo("2026-08-15");
    assertThat(report.at("/applications/ARKAS/verdict").asText()).isEqualTo("NOT_EVALUATED");
    assertThat(report.at("/applications/ARKAS/reason").asText())
        .isEqualTo("This application was not requested.");
    assertThat(report.at("/findings/0/subject/name").asText())
        .isEqualTo("BUDI HARTONO CONTOH, S.Pd.");
  }

  @Test
  void aRootWithoutDumpFoldersIsBadUsage(@TempDir Path tmp) {
    CliRunner r = CliRunner.run("check-all", tmp.toString());
    assertThat(r.exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(r.err()).contains("sinkron:");
  }

  @Test
  void cleanSchoolsExitZero(@TempDir Path tmp) throws Exception {
    Path root = tmp.resolve("kab");
    SchoolGenerator.smk().seed(5).students(70).saveTo(root.resolve("x"));
    CliRunner r =
        CliRunner.run(
            "check-all",
            root.toString(),
            "--out",
            tmp.resolve("r.jsonl").toString(),
            "--as-of",
            "2025-08-31");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(SinkronCli.READY);
  }
}
