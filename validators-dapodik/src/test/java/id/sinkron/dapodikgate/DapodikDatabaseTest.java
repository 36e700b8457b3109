package id.sinkron.dapodikgate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.dapodikgate.DapodikAccessException.Kind;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.DapodikLocal.Part;
import id.sinkron.model.DapodikSyncRun;
import id.sinkron.model.DapodikTableChanges;
import id.sinkron.model.DapodikValidationRow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The read-only reader against a real PostgreSQL holding a Dapodik-shaped schema. */
class DapodikDatabaseTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-20T03:00:00Z"), ZoneOffset.UTC);

  static DapodikLocal readPendataan() {
    return DapodikDatabase.read(
        TestDatabase.access("pendataan", TestDatabase.PASSWORD), 100, CLOCK);
  }

  @Test
  void readsValidationResultsInForceJoinedToTheirErrorType() {
    DapodikLocal d = readPendataan();
    assertThat(d.source()).isEqualTo(DapodikLocal.Source.DATABASE);
    assertThat(d.readAt()).contains(CLOCK.instant());
    assertThat(d.unavailable()).isEmpty();
    assertThat(d.validation())
        .extracting(
            DapodikValidationRow::entity,
            r -> r.rowId().orElse(null),
            r -> r.kategoriError().orElse(null),
            r -> r.fieldError().orElse(null),
            r -> r.message().orElse(null))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "peserta_didik",
                "22222222-0000-0000-0000-000000000002",
                1,
                "nama",
                "Nama mengandung angka"),
            org.assertj.core.groups.Tuple.tuple(
                "peserta_didik",
                "22222222-0000-0000-0000-000000000002",
                2,
                "nama_ibu_kandung",
                "Nama Ibu Kandung terlalu pendek"),
            org.assertj.core.groups.Tuple.tuple(
                "ptk", "11111111-0000-0000-0000-000000000001", 1, "sk_cpns", "SK CPNS kosong"),
            // idtype 999 is not in ref.errortype: read, without a kind
            org.assertj.core.groups.Tuple.tuple(
                "ptk", "11111111-0000-0000-0000-000000000002", null, "npwp", "NPWP kosong"));
    DapodikValidationRow first =
        d.validation().stream().filter(r -> r.idtype().orElse(0) == 301).findFirst().get();
    assertThat(first.table()).contains("vld_peserta_didik");
    assertThat(first.errorType()).contains("Nama peserta didik");
    assertThat(first.keterangan()).contains("Siswa 2");
    assertThat(first.statusValidasi()).contains("1");
    assertThat(d.validationTruncated()).isEmpty();
  }

  @Test
  void validationRowsAreBoundedPerTableAndTheTotalIsKept() {
    DapodikLocal d =
        DapodikDatabase.read(TestDatabase.access("pendataan", TestDatabase.PASSWORD), 1, CLOCK);
    assertThat(d.validation()).filteredOn(r -> r.entity().equals("ptk")).hasSize(1);
    assertThat(d.validationTruncated())
        .containsEntry("vld_ptk", 2L)
        .containsEntry("vld_peserta_didik", 2L);
  }

  @Test
  void readsTheLatestSyncRunsNewestFirstWithTheirTables() {
    List<DapodikSyncRun> runs = readPendataan().syncRuns();
    assertThat(runs)
        .extracting(DapodikSyncRun::beginSync)
        .containsExactly(
            LocalDateTime.parse("2026-08-02T09:00"), LocalDateTime.parse("2026-08-01T10:00"));
    assertThat(runs.get(0).isSuccess()).contains("0");
    assertThat(runs.get(0).syncMedia()).contains("1");
    assertThat(runs.get(0).tables())
        .extracting(t -> t.tableName(), t -> t.nKonflik().orElse(-1L))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ptk", 0L),
            org.assertj.core.groups.Tuple.tuple("peserta_didik", 4L));
    assertThat(runs.get(1).isSuccess()).contains("1");
    assertThat(runs.get(1).tables()).extracting(t -> t.nUpdate().orElse(-1L)).containsExactly(3L);
  }

  @Test
  void countsRowsChangedSinceTheirLastSyncAndThoseWithoutUpdater() {
    DapodikLocal d = readPendataan();
    // ref.errortype is reference data, rombongan_belajar has nothing pending: neither is listed
    assertThat(d.changes())
        .extracting(DapodikTableChanges::table)
        .containsExactly("peserta_didik", "ptk");
    DapodikTableChanges ptk = d.changes().get(1);
    assertThat(ptk.pending()).isEqualTo(2);
    assertThat(ptk.withoutUpdater()).isEqualTo(1);
    assertThat(ptk.idColumn()).contains("ptk_id");
    assertThat(ptk.withoutUpdaterIds()).containsExactly("11111111-0000-0000-0000-000000000003");
    assertThat(ptk.oldestPending()).contains(LocalDateTime.parse("2026-08-10T08:00"));
    assertThat(ptk.newestPending()).contains(LocalDateTime.parse("2026-08-12T08:00"));
    DapodikTableChanges pd = d.changes().get(0);
    assertThat(pd.pending()).as("a soft deletion is a change too").isEqualTo(2);
    assertThat(pd.withoutUpdater()).isZero();
    assertThat(pd.withoutUpdaterIds()).isEmpty();
  }

  @Test
  void theConnectionRefusesEveryWriteEvenThoughTheUserOwnsTheTables() throws SQLException {
    long before = TestDatabase.count("SELECT count(*) FROM ptk");
    try (Connection c =
        DapodikDatabase.connect(TestDatabase.access("pendataan", TestDatabase.PASSWORD))) {
      assertThat(c.isReadOnly()).isTrue();
      assertThat(c.getAutoCommit()).isFalse();
      assertThatThrownBy(
              () -> {
                try (Statement s = c.createStatement()) {
                  s.executeUpdate(
                      "INSERT INTO ptk (ptk_id, nama) VALUES ('11111111-0000-0000-0000-0000000000ff', 'X')");
                }
              })
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
      c.rollback();
      // a new transaction is read-only too (server default for the session), and so is DDL
      assertThatThrownBy(
              () -> {
                try (Statement s = c.createStatement()) {
                  s.execute("DROP TABLE sync_log");
                }
              })
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
      c.rollback();
      try (Statement s = c.createStatement();
          var rs = s.executeQuery("SHOW default_transaction_read_only")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("on");
      }
    }
    assertThat(TestDatabase.count("SELECT count(*) FROM ptk")).isEqualTo(before);
    assertThat(TestDatabase.count("SELECT count(*) FROM pg_tables WHERE tablename = 'sync_log'"))
        .isEqualTo(1);
  }

  @Test
  void aWrongPasswordIsATypedErrorThatNeverShowsAPassword() {
    String wrong = "Salah-Sandi-123";
    List<String> log = captureDriverLog();
    try {
      assertThatThrownBy(() -> DapodikDatabase.read(TestDatabase.access("pendataan", wrong)))
          .isInstanceOf(DapodikAccessException.class)
          .satisfies(
              e -> {
                DapodikAccessException x = (DapodikAccessException) e;
                assertThat(x.kind()).isEqualTo(Kind.AUTHENTICATION_FAILED);
                assertThat(x.getCause()).isNull();
                assertThat(x.getMessage()).contains("dapodik_user", "pendataan");
                assertThat(everything(x)).doesNotContain(wrong, TestDatabase.PASSWORD);
              });
    } finally {
      stopCapture();
    }
    assertThat(String.join("\n", log)).doesNotContain(wrong, TestDatabase.PASSWORD);
  }

  @Test
  void aSuccessfulReadLogsNoPasswordAndTheExportHoldsNone() {
    List<String> log = captureDriverLog();
    DapodikLocal d;
    try {
      d = readPendataan();
    } finally {
      stopCapture();
    }
    assertThat(log).as("the driver logged at FINEST").isNotEmpty();
    assertThat(String.join("\n", log)).doesNotContain(TestDatabase.PASSWORD);
    assertThat(d.toString()).doesNotContain(TestDatabase.PASSWORD);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    id.sinkron.dapodik.DapodikLocalFile.write(d, out);
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain(TestDatabase.PASSWORD);
    DapodikDbAccess a = TestDatabase.access("pendataan", TestDatabase.PASSWORD);
    assertThat(a.toString())
        .isEqualTo("dapodik_user@127.0.0.1:" + TestDatabase.pg().getPort() + "/pendataan");
  }

  @Test
  void nothingListeningIsUnreachable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    DapodikDbAccess a =
        DapodikDbAccess.of("127.0.0.1", port, "pendataan", "dapodik_user", "x".toCharArray());
    assertThatThrownBy(() -> DapodikDatabase.read(a))
        .isInstanceOf(DapodikAccessException.class)
        .satisfies(
            e -> assertThat(((DapodikAccessException) e).kind()).isEqualTo(Kind.UNREACHABLE));
  }

  @Test
  void aMissingDatabaseIsNotDapodik() {
    assertThatThrownBy(
            () -> DapodikDatabase.read(TestDatabase.access("tidak_ada", TestDatabase.PASSWORD)))
        .isInstanceOf(DapodikAccessException.class)
        .satisfies(
            e -> assertThat(((DapodikAccessException) e).kind()).isEqualTo(Kind.NOT_DAPODIK));
  }

  @Test
  void anEmptyDatabaseHasEveryPartUnavailableWithTheReason() {
    DapodikLocal d = DapodikDatabase.read(TestDatabase.access("kosong", TestDatabase.PASSWORD));
    assertThat(d.unavailable()).containsOnlyKeys(Part.VALIDATION, Part.SYNC_LOG, Part.CHANGES);
    assertThat(d.unavailable().get(Part.VALIDATION)).contains("vld_");
    assertThat(d.validation()).isEmpty();
  }

  @Test
  void anotherVersionWithoutSomeTablesGivesWhatItHasAndSaysWhatIsMissing() {
    DapodikLocal d = DapodikDatabase.read(TestDatabase.access("versi_lain", TestDatabase.PASSWORD));
    assertThat(d.has(Part.VALIDATION)).isTrue();
    assertThat(d.validation())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.entity()).isEqualTo("ptk");
              assertThat(r.kategoriError()).isEmpty();
              assertThat(r.message()).contains("NUPTK kosong");
            });
    assertThat(d.skippedTables()).containsKey("ref.errortype");
    assertThat(d.unavailable()).containsOnlyKeys(Part.SYNC_LOG, Part.CHANGES);
  }

  @Test
  void theAddressParsesWithDefaults() {
    DapodikDbAccess a = DapodikDbAccess.parse("", null, "p".toCharArray());
    assertThat(a.toString()).isEqualTo("dapodik_user@localhost:54532/pendataan");
    DapodikDbAccess b = DapodikDbAccess.parse("10.0.0.5:5432/lain", "u", "p".toCharArray());
    assertThat(b.toString()).isEqualTo("u@10.0.0.5:5432/lain");
    assertThatThrownBy(() -> DapodikDbAccess.parse("h:abc", null, "p".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- helpers
  // --------------------------------------------------------------------------------------

  private static final Logger DRIVER = Logger.getLogger("org.postgresql");
  private static Handler handler;

  private static List<String> captureDriverLog() {
    TestDatabase
        .pg(); // started (and its roles created) before the capture: only the reader is logged
    List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
    handler =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            StringBuilder b = new StringBuilder(String.valueOf(r.getMessage()));
            if (r.getParameters() != null) {
              for (Object p : r.getParameters()) {
                b.append(' ').append(p);
              }
            }
            if (r.getThrown() != null) {
              b.append(' ').append(stackTrace(r.getThrown()));
            }
            lines.add(b.toString());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    DRIVER.setLevel(Level.ALL);
    DRIVER.addHandler(handler);
    return lines;
  }

  private static void stopCapture() {
    DRIVER.removeHandler(handler);
    DRIVER.setLevel(null);
  }

  private static String everything(Throwable t) {
    return t + "\n" + stackTrace(t);
  }

  private static String stackTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}
