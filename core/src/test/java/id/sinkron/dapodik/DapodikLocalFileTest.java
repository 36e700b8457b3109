package id.sinkron.dapodik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.model.DapodikLocal;
import id.sinkron.model.ImmutableDapodikLocal;
import id.sinkron.model.ImmutableDapodikSyncRun;
import id.sinkron.model.ImmutableDapodikTableChanges;
import id.sinkron.model.ImmutableDapodikTableSync;
import id.sinkron.model.ImmutableDapodikValidationRow;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.SchoolSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved export of the local Dapodik installation: format, round trip, dump folder. */
class DapodikLocalFileTest {
  @TempDir Path tmp;

  static DapodikLocal sample() {
    return ImmutableDapodikLocal.builder()
        .source(DapodikLocal.Source.DATABASE)
        .readAt(Instant.parse("2026-08-20T03:00:00Z"))
        .addValidation(
            ImmutableDapodikValidationRow.builder()
                .entity("peserta_didik")
                .table("vld_peserta_didik")
                .rowId("a1b2")
                .idtype(301)
                .kategoriError(1)
                .fieldError("nama")
                .message("Nama mengandung angka")
                .statusValidasi("1")
                .build())
        .putValidationTruncated("vld_ptk", 2500L)
        .addSyncRuns(
            ImmutableDapodikSyncRun.builder()
                .beginSync(LocalDateTime.parse("2026-08-19T10:00:00"))
                .endSync(LocalDateTime.parse("2026-08-19T10:05:00"))
                .isSuccess("0")
                .syncMedia("1")
                .addTables(
                    ImmutableDapodikTableSync.builder()
                        .tableName("ptk")
                        .isSuccess("1")
                        .nKonflik(2L)
                        .build())
                .build())
        .addChanges(
            ImmutableDapodikTableChanges.builder()
                .table("peserta_didik")
                .pending(12)
                .withoutUpdater(1)
                .oldestPending(LocalDateTime.parse("2026-08-01T08:00:00"))
                .idColumn("peserta_didik_id")
                .addWithoutUpdaterIds("c3d4")
                .build())
        .putSkippedTables("vld_rwy_kerja", "missing")
        .build();
  }

  @Test
  void writeThenReadGivesTheSameExportWithSnakeCaseFields() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DapodikLocalFile.write(sample(), out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json)
        .contains(
            "\"format\" : \"sinkron-dapodik-local/1\"",
            "\"kategori_error\" : 1",
            "\"n_konflik\" : 2",
            "\"begin_sync\" : \"2026-08-19T10:00:00\"",
            "\"without_updater_ids\"");
    DapodikLocal back =
        DapodikLocalFile.read(new ByteArrayInputStream(out.toByteArray()), "x.json");
    assertThat(back).isEqualTo(sample());
  }

  @Test
  void anotherFormatVersionIsRefusedNamingTheFile() {
    byte[] text =
        "{\"format\":\"sinkron-dapodik-local/9\",\"source\":\"DATABASE\"}"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                DapodikLocalFile.read(new ByteArrayInputStream(text), "sinkron-dapodik-local.json"))
        .isInstanceOf(DapodikFormatException.class)
        .satisfies(
            e ->
                assertThat(((DapodikFormatException) e).file())
                    .isEqualTo("sinkron-dapodik-local.json"));
  }

  @Test
  void aWrongTypeIsRefusedWithItsPositionAndWithoutQuotingTheInput() {
    byte[] text =
        "{\"source\":\"DATABASE\",\n\"changes\":[{\"table\":\"ptk\",\"pending\":\"SecretValue\"}]}"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DapodikLocalFile.read(new ByteArrayInputStream(text), "f.json"))
        .isInstanceOf(DapodikFormatException.class)
        .satisfies(
            e -> {
              assertThat(((DapodikFormatException) e).line()).isEqualTo(2);
              assertThat(e.getMessage()).doesNotContain("SecretValue");
              assertThat(e.getCause()).isNull();
            });
  }

  @Test
  void aDumpFolderCarriesTheExportThroughWriteAndRead() throws Exception {
    SchoolSnapshot s = WebServiceDump.read(Fixtures.dump(Fixtures.SD));
    assertThat(s.dapodikLocal()).isEmpty();
    SchoolSnapshot with = ImmutableSchoolSnapshot.copyOf(s).withDapodikLocal(sample());
    Path dir = tmp.resolve("out");
    WebServiceDump.write(with, dir);
    assertThat(Files.exists(dir.resolve(DapodikLocalFile.FILE_NAME))).isTrue();
    assertThat(WebServiceDump.read(dir).dapodikLocal()).contains(sample());
    // a snapshot without one removes a stale export
    WebServiceDump.write(s, dir);
    assertThat(Files.exists(dir.resolve(DapodikLocalFile.FILE_NAME))).isFalse();
  }
}
