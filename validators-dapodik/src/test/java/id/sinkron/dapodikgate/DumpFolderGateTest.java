package id.sinkron.dapodikgate;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.dapodik.DapodikLocalFile;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.testkit.SchoolGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the real PostgreSQL is read into an export saved in a dump folder beside the Web
 * Service files; reading the folder back and checking it gives the gate's findings.
 */
class DumpFolderGateTest {
  @TempDir Path dir;

  @Test
  void anExportReadFromTheDatabaseAndSavedInTheDumpFolderDrivesTheGate() throws Exception {
    SchoolSnapshot school = SchoolGenerator.smp().seed(3).saveTo(dir);
    DapodikLocal local =
        DapodikDatabase.read(
            TestDatabase.access("pendataan", TestDatabase.PASSWORD),
            100,
            Clock.fixed(Instant.parse("2026-08-20T03:00:00Z"), ZoneOffset.UTC));
    WebServiceDump.write(ImmutableSchoolSnapshot.copyOf(school).withDapodikLocal(local), dir);
    assertThat(Files.readString(dir.resolve(DapodikLocalFile.FILE_NAME)))
        .doesNotContain(TestDatabase.PASSWORD);

    SchoolSnapshot back = WebServiceDump.read(dir);
    assertThat(back.dapodikLocal()).contains(local);
    Report r = Gate.check(back, LocalDate.of(2026, 8, 20), Gate.MAPPING);
    Set<String> codes =
        r.findings(Application.DAPODIK).stream().map(Finding::code).collect(Collectors.toSet());
    // kategori 1 rows are invalid, kategori 2 a warning, idtype 999 has no kind; the latest run
    // failed with
    // conflicts; ptk and peserta_didik have pending rows, one ptk row without updater_id
    assertThat(codes)
        .contains(
            "DAPODIK-VALIDATION-INVALID",
            "DAPODIK-VALIDATION-WARNING",
            "DAPODIK-VALIDATION-UNCLASSIFIED",
            "DAPODIK-LAST-SYNC-FAILED",
            "DAPODIK-PENDING-CHANGES",
            "DAPODIK-EDITED-OUTSIDE-APP");
    assertThat(Gate.findings(r, DapodikGateCode.VALIDATION_INVALID)).hasSize(2);
    assertThat(Gate.findings(r, DapodikGateCode.PENDING_CHANGES).get(0).value()).contains("4");
    DapodikGate g = Gate.gate(r);
    assertThat(g.status()).isEqualTo(DapodikGate.Status.WILL_REFUSE);
    assertThat(g.source()).contains("DATABASE");
    assertThat(g.invalid()).isEqualTo(2);
    assertThat(g.pendingChanges()).isEqualTo(4);
  }
}
