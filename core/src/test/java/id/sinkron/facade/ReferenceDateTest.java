package id.sinkron.facade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.Sinkron;
import id.sinkron.check.CheckOptions;
import id.sinkron.check.ImmutableCheckOptions;
import id.sinkron.check.Report;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A missing reference date is defaulted to today, and the report says so (issue 19, item 4). */
class ReferenceDateTest {
  @Test
  void aMissingDateIsTodayAndTheReportSaysItWasDefaulted() throws Exception {
    LocalDate before = LocalDate.now();
    Report report = Sinkron.checker().check(SinkronFacadeTest.school());
    LocalDate after = LocalDate.now();

    assertThat(report.asOfDefaulted()).isTrue();
    assertThat(report.asOf()).isBetween(before, after);
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    assertThat(json.get("asOfDefaulted").asBoolean()).isTrue();
    assertThat(json.get("asOf").asText()).isEqualTo(report.asOf().toString());
    assertThat(report.toString()).contains("(defaulted)");
  }

  @Test
  void aGivenDateIsNotDefaultedAndTheJsonIsUnchanged() throws Exception {
    Report report =
        Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(SinkronFacadeTest.school());

    assertThat(report.asOfDefaulted()).isFalse();
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2025, 8, 31));
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    assertThat(json.has("asOfDefaulted")).isFalse();
  }

  @Test
  void aDateGivenThroughCheckOptionsIsNotDefaulted() {
    CheckOptions options =
        ImmutableCheckOptions.copyOf(CheckOptions.defaults())
            .withReferenceDate(LocalDate.of(2024, 7, 1));
    Report report = Sinkron.checker().options(options).check(SinkronFacadeTest.school());

    assertThat(report.asOfDefaulted()).isFalse();
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2024, 7, 1));
  }
}
