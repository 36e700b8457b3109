package id.sinkron.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.Sinkron;
import id.sinkron.check.Finding;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.ImmutableProvenance;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.SchoolSnapshot;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SaveToTest {
  static Stream<SchoolGenerator> generators() {
    return Stream.of(
        SchoolGenerator.sd().seed(1).students(80),
        SchoolGenerator.smp().seed(2),
        SchoolGenerator.sma().seed(3).students(100),
        SchoolGenerator.smk().seed(4).students(100));
  }

  @ParameterizedTest
  @MethodSource("generators")
  void aSavedSchoolReadsBackAsTheSameSnapshot(SchoolGenerator g, @TempDir Path dir) {
    SchoolSnapshot written = g.saveTo(dir);
    SchoolSnapshot read = WebServiceDump.read(dir);
    assertThat(read.inputProblems()).isEmpty();
    assertThat(
            ImmutableSchoolSnapshot.copyOf(read)
                .withProvenance(
                    ImmutableProvenance.copyOf(read.provenance())
                        .withSource(written.provenance().source())))
        .isEqualTo(written);
  }

  @ParameterizedTest
  @EnumSource(
      value = Defect.class,
      names = {
        "STUDENT_WITHOUT_ROMBEL",
        "ROMBEL_WITHOUT_WALI",
        "STUDENT_WITHOUT_NISN",
        "CERTIFICATE_WITHOUT_NUMBER",
        "DUTY_WITHOUT_SK",
        "NAME_WITH_DOUBLE_SPACE",
        "EKSKUL_WITHOUT_PEMBINA",
        "STUDENT_WITHOUT_NIPD",
        "ELECTIVE_ROMBEL_WITH_OTHER_WALI"
      })
  void defectsSurviveTheDumpFolder(Defect d, @TempDir Path dir) {
    SchoolGenerator g = SchoolGenerator.smp().seed(5).with(d);
    SchoolSnapshot written = g.saveTo(dir);
    var checker = Sinkron.checker().asOf(g.referenceDate());
    assertThat(checker.check(WebServiceDump.read(dir)).findings())
        .extracting(Finding::code)
        .containsExactlyElementsOf(
            checker.check(written).findings().stream().map(Finding::code).toList());
  }
}
