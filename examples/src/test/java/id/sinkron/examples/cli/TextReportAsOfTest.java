package id.sinkron.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.Sinkron;
import id.sinkron.check.Report;
import id.sinkron.testkit.SchoolGenerator;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The text report says when the reference date was defaulted to today (issue 19, item 4). */
class TextReportAsOfTest {
  private static final SchoolGenerator SCHOOL = SchoolGenerator.sd().seed(5).students(60);

  @Test
  void aDefaultedDateIsMarked() {
    Report report = Sinkron.checker().locale(Locale.ENGLISH).check(SCHOOL.build());
    String text = new TextReportRenderer().render(report);
    assertThat(text)
        .contains(report.asOf() + " " + new CliText(Locale.ENGLISH).t("asOf.defaulted"));
  }

  @Test
  void aGivenDateIsNotMarked() {
    LocalDate date = SCHOOL.referenceDate();
    Report report = Sinkron.checker().asOf(date).check(SCHOOL.build());
    String text = new TextReportRenderer().render(report);
    assertThat(text)
        .contains(date.toString())
        .doesNotContain(new CliText(report.locale()).t("asOf.defaulted"));
  }
}
