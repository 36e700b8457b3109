package com.example.school;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import id.sinkron.testkit.SchoolGenerator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start against the installed jars and this project's dependency set (Jackson,
 * Jakarta Validation as resolved here): a dump folder is read, every validator is found through
 * ServiceLoader, and the report's JSON is written and read back with the Jackson on this class path.
 */
class CheckSchoolTest {
  @Test
  void checksASavedDumpFolderWithEveryValidator(@TempDir Path dir) throws Exception {
    SchoolGenerator generator = SchoolGenerator.sma().seed(7).students(120).withStudentWithoutNisn();
    generator.saveTo(dir);

    Report report = CheckSchool.check(dir, generator.referenceDate());

    assertThat(report.findings()).extracting(Finding::code).containsExactly("ARKAS-PD-NO-NISN");
    assertThat(report.verdict(Application.ARKAS)).isEqualTo(Verdict.NOT_READY);
    assertThat(report.verdict(Application.INFO_GTK)).isEqualTo(Verdict.READY);
    assertThat(report.verdict(Application.E_RAPOR)).isEqualTo(Verdict.READY);
    assertThat(report.isReady()).isFalse();
    assertThat(report.asOfDefaulted()).isFalse();

    JsonNode json = new ObjectMapper().readTree(report.toJson());
    assertThat(json.path("schema").asText()).isEqualTo("sinkron-report/1");
    assertThat(json.path("asOf").asText()).isEqualTo(generator.referenceDate().toString());
    assertThat(json.path("applications").path("ARKAS").path("verdict").asText()).isEqualTo("NOT_READY");
    assertThat(json.path("findings").get(0).path("code").asText()).isEqualTo("ARKAS-PD-NO-NISN");
    assertThat(json.path("details").size()).isPositive();
  }
}
