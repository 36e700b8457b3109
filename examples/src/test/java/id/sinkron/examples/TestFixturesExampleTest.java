package id.sinkron.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.Sinkron;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.testkit.SchoolGenerator;
import org.junit.jupiter.api.Test;

/**
 * The README's test-fixture example: a generated school with exactly the defect a test asks for.
 */
class TestFixturesExampleTest {
  @Test
  void aGeneratedSchoolWithOneDefect() {
    // tag::testkit[]
    SchoolGenerator generator =
        SchoolGenerator.smp().seed(42).students(300).withStudentWithoutNisn();
    SchoolSnapshot school =
        generator.build(); // consistent invented identifiers; clean but for the defect
    Report report = Sinkron.checker().asOf(generator.referenceDate()).check(school);

    assertThat(report.findings()).extracting(Finding::code).containsExactly("ARKAS-PD-NO-NISN");
    // end::testkit[]
  }
}
