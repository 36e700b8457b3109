package id.sinkron.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.identifier.JenisMadrasah;
import id.sinkron.testkit.EmisDefect;
import id.sinkron.testkit.EmisExportGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sinkron check EXPORT.xlsx --nsm NSM}: the file type decides the reader. */
class CheckEmisTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aCleanExportIsReadyAndTheTextLeadsWithTheBosMadrasahCount(@TempDir Path tmp) {
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(JenisMadrasah.MTS, 4).titleRows(2).inactive(1);
    Path xlsx = g.write(tmp.resolve("siswa.xlsx"));
    CliRunner r =
        CliRunner.run(
            "check", xlsx.toString(), "--nsm", g.nsm(), "--as-of", "2025-09-10", "--lang", "en");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(SinkronCli.READY);
    String out = r.out();
    assertThat(out.indexOf("BOS MADRASAH"))
        .isPositive()
        .isLessThan(out.indexOf("SUMMARY") < 0 ? out.length() : out.indexOf("SUMMARY"));
    assertThat(out)
        .contains("Counted: 18 of 18 active students (19 rows")
        .contains("20 days left")
        .contains("third-party importers");
  }

  @Test
  void jsonReportsTheCountAndTheDapodikApplicationsNotApplicable(@TempDir Path tmp)
      throws Exception {
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(JenisMadrasah.MI, 4).with(EmisDefect.BARE_KELAS);
    Path xlsx = g.write(tmp.resolve("siswa.xlsx"));
    CliRunner r =
        CliRunner.run(
            "check",
            xlsx.toString(),
            "--nsm",
            g.nsm(),
            "--as-of",
            "2025-09-10",
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isEqualTo(SinkronCli.BLOCKERS);
    JsonNode j = JSON.readTree(r.out());
    assertThat(j.at("/applications/BOS_MADRASAH/verdict").asText()).isEqualTo("NOT_READY");
    for (String app : new String[] {"INFO_GTK", "E_RAPOR", "ARKAS"}) {
      assertThat(j.at("/applications/" + app + "/verdict").asText())
          .as(app)
          .isEqualTo("NOT_APPLICABLE");
    }
    assertThat(j.at("/details/BOS_MADRASAH/countable").asInt()).isEqualTo(36);
    assertThat(j.at("/details/BOS_MADRASAH/layout").asText()).contains("third-party importers");
  }

  @Test
  void htmlLeadsWithTheCount(@TempDir Path tmp) {
    EmisExportGenerator g = EmisExportGenerator.madrasah(JenisMadrasah.MA, 4);
    Path xlsx = g.write(tmp.resolve("siswa.xlsx"));
    CliRunner r =
        CliRunner.run(
            "check",
            xlsx.toString(),
            "--nsm",
            g.nsm(),
            "--as-of",
            "2025-09-10",
            "--format",
            "html");
    assertThat(r.exit()).as(r.err()).isEqualTo(SinkronCli.READY);
    assertThat(r.out().indexOf("class=\"bosm\""))
        .isPositive()
        .isLessThan(r.out().indexOf("class=\"cards\""));
  }

  @Test
  void anExportWithoutNsmOrNotAnExportIsExitTwo(@TempDir Path tmp) throws Exception {
    Path xlsx = EmisExportGenerator.madrasah(JenisMadrasah.MI, 1).write(tmp.resolve("a.xlsx"));
    CliRunner noNsm = CliRunner.run("check", xlsx.toString());
    assertThat(noNsm.exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(noNsm.err()).contains("--nsm");
    Path fake = Files.writeString(tmp.resolve("b.xlsx"), "<html><body>404</body></html>");
    CliRunner notExport = CliRunner.run("check", fake.toString(), "--nsm", "111232050001");
    assertThat(notExport.exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(notExport.err()).contains("b.xlsx").contains("HTML");
    assertThat(notExport.err().strip().lines()).hasSize(1);
  }
}
