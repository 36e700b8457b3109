package id.sinkron.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.check.Application;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.examples.cli.DemoSchool;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example program compiles and runs against the demo school or a loopback Web Service. */
class ExamplesTest {

  @Test
  void quickStartChecksADumpFolder(@TempDir Path tmp) {
    Path dump = tmp.resolve("dump");
    WebServiceDump.write(DemoSchool.read(), dump);
    String out = captureOut(() -> QuickStart.run(dump, DemoSchool.AS_OF));
    assertThat(out).contains("E_RAPOR: NOT_READY", "ERAPOR-ROMBEL-NO-WALI");
  }

  @Test
  void fetchFromDapodikAgainstALoopbackServer(@TempDir Path tmp) throws Exception {
    try (LoopbackDapodik server = new LoopbackDapodik()) {
      Path out = tmp.resolve("fetched");
      Report report =
          FetchFromDapodik.run(
              server.baseUri(), "20299907", "invented-token", out, DemoSchool.AS_OF);
      assertThat(report.school().npsn()).hasValue("20299907");
      assertThat(report.verdict(Application.ARKAS)).isEqualTo(Verdict.NOT_READY);
      assertThat(Files.exists(out.resolve("getGtk.json"))).isTrue();
      assertThat(WebServiceDump.read(out).pesertaDidik()).hasSize(283);
    }
  }

  @Test
  void validateYourDtoReportsTheInvalidFields() {
    assertThat(
            ValidateYourDto.problems(
                new ValidateYourDto.StudentForm("3204053213090004", "00912345", "X")))
        .extracting(s -> s.substring(0, s.indexOf(':')))
        .containsExactly("nik", "nisn");
    assertThat(
            ValidateYourDto.problems(
                new ValidateYourDto.StudentForm("3204051301090004", "0091234567", "X")))
        .isEmpty();
    assertThat(ValidateYourDto.problems(new ValidateYourDto.StudentForm(null, null, "X")))
        .extracting(s -> s.substring(0, s.indexOf(':')))
        .containsExactly("nik");
  }

  @Test
  void bospCountExamplePrintsTheCount() {
    String out = captureOut(() -> BospCountExample.main(new String[0]));
    assertThat(out)
        .contains("Cut-off 2026-08-31 (16 days): 281 of 283", "NO_NISN: 1", "Rp309,100,000");
  }

  @Test
  void gtkTeachingLoadListsTheShortfalls() {
    List<String> lines = GtkTeachingLoad.shortfalls(DemoSchool.read());
    // the demo's certified mathematics teacher (20 + 2 wali kelas) and three non-certified teachers
    assertThat(lines).hasSize(4);
    assertThat(lines).anyMatch(l -> l.contains("NOT_VALID") && l.contains("= 22, 2 short of 24"));
    assertThat(String.join("\n", lines)).doesNotContain("BUDI");
  }

  static String captureOut(Runnable r) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
