package id.sinkron.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.testkit.SchoolGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sinkron fetch --dapodik-db} against a real PostgreSQL (embedded, started here) shaped like
 * Dapodik's, then {@code sinkron check DIR}: the gate's headline comes first, the password appears
 * nowhere.
 */
class DapodikGateCliTest {
  static final String PASSWORD = "Kata-Sandi-Uji-42";
  static EmbeddedPostgres pg;

  @BeforeAll
  static void start() throws Exception {
    pg =
        EmbeddedPostgres.builder()
            .setDataDirectoryCustomizer(
                dir -> {
                  try {
                    Files.writeString(
                        dir.toPath().resolve("pg_hba.conf"),
                        "local all all trust\n"
                            + "host all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n");
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })
            .start();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET password_encryption = 'scram-sha-256'");
      s.execute("CREATE ROLE dapodik_user LOGIN PASSWORD '" + PASSWORD + "'");
      s.execute("CREATE DATABASE pendataan OWNER dapodik_user");
    }
    try (Connection c = pg.getDatabase("postgres", "pendataan").getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET ROLE dapodik_user");
      s.execute(
          "CREATE SCHEMA ref; CREATE TABLE ref.errortype (idtype integer PRIMARY KEY, kategori_error integer,"
              + " keterangan varchar(255));"
              + " CREATE TABLE vld_ptk (logid uuid PRIMARY KEY, ptk_id uuid, idtype integer, status_validasi numeric(1,0),"
              + " field_error varchar(30), error_message varchar(150), keterangan varchar(255),"
              + " soft_delete numeric(1,0) NOT NULL DEFAULT 0);"
              + " CREATE TABLE sync_log (begin_sync timestamp NOT NULL, end_sync timestamp, sync_media char(1),"
              + " is_success numeric(1,0));"
              + " CREATE TABLE ptk (ptk_id uuid PRIMARY KEY, nama varchar(100), last_update timestamp NOT NULL,"
              + " last_sync timestamp NOT NULL DEFAULT '1901-01-01', updater_id uuid, soft_delete numeric(1,0) DEFAULT 0);"
              + " INSERT INTO ref.errortype VALUES (401, 1, 'Kepegawaian');"
              + " INSERT INTO vld_ptk VALUES ('55555555-0000-0000-0000-000000000001', '11111111-0000-0000-0000-000000000001',"
              + " 401, 1, 'npwp', 'NPWP kosong', NULL, 0);"
              + " INSERT INTO sync_log VALUES ('2026-08-02 09:00', '2026-08-02 09:07', '1', 1);"
              + " INSERT INTO ptk VALUES ('11111111-0000-0000-0000-000000000001', 'Guru', '2026-08-10 08:00',"
              + " '2026-08-02 09:00', NULL, 0);");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    pg.close();
  }

  @Test
  void fetchReadsTheDatabaseIntoTheDumpFolderAndCheckLeadsWithTheGate(@TempDir Path tmp)
      throws Exception {
    SchoolGenerator g = SchoolGenerator.smp().seed(3).students(120);
    Path dump = tmp.resolve("dump");
    g.saveTo(dump);
    Path pw = tmp.resolve("pw.txt");
    Files.writeString(pw, PASSWORD + "\n");

    CliRunner fetch =
        CliRunner.run(
            "fetch",
            "--out",
            dump.toString(),
            "--dapodik-db",
            "127.0.0.1:" + pg.getPort() + "/pendataan",
            "--dapodik-db-password-file",
            pw.toString());
    assertThat(fetch.exit()).as(fetch.out() + fetch.err()).isEqualTo(SinkronCli.READY);
    String export = Files.readString(dump.resolve("sinkron-dapodik-local.json"));
    assertThat(export)
        .contains("\"kategori_error\" : 1", "\"field_error\" : \"npwp\"")
        .doesNotContain(PASSWORD);
    assertThat(fetch.out() + fetch.err()).doesNotContain(PASSWORD);

    // the bundled mapping is empty: the result is unclassified, the gate cannot be judged, never
    // READY
    CliRunner check =
        CliRunner.run("check", dump.toString(), "--as-of", g.referenceDate().toString());
    assertThat(check.exit()).isNotEqualTo(SinkronCli.READY);
    int gate = check.out().indexOf("Dapodik: ");
    assertThat(gate).isGreaterThan(0);
    assertThat(check.out().indexOf("Info GTK")).isGreaterThan(gate);
    assertThat(check.out()).contains("1 perubahan belum dikirim");

    CliRunner json =
        CliRunner.run(
            "check", dump.toString(), "--as-of", g.referenceDate().toString(), "--format", "json");
    JsonNode j = new ObjectMapper().readTree(json.out());
    assertThat(j.path("applications").fieldNames().next()).isEqualTo("DAPODIK");
    assertThat(j.at("/applications/DAPODIK/verdict").asText()).isEqualTo("NOT_EVALUATED");
    assertThat(j.at("/details/DAPODIK/status").asText()).isEqualTo("UNKNOWN");
    assertThat(j.at("/details/DAPODIK/pending_changes").asInt()).isEqualTo(1);
    assertThat(json.out())
        .contains("DAPODIK-VALIDATION-UNCLASSIFIED", "DAPODIK-EDITED-OUTSIDE-APP");
  }

  @Test
  void aWrongPasswordIsATypedErrorAndTheSavedExportKeepsTheGateFromBeingReady(@TempDir Path tmp)
      throws Exception {
    SchoolGenerator g = SchoolGenerator.smp().seed(3).students(120);
    Path dump = tmp.resolve("dump");
    g.saveTo(dump);
    Path pw = tmp.resolve("pw.txt");
    Files.writeString(pw, "salah-sandi\n");
    CliRunner fetch =
        CliRunner.run(
            "fetch",
            "--out",
            dump.toString(),
            "--dapodik-db",
            "127.0.0.1:" + pg.getPort() + "/pendataan",
            "--dapodik-db-password-file",
            pw.toString());
    assertThat(fetch.exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(fetch.err())
        .contains("AUTHENTICATION_FAILED")
        .doesNotContain("salah-sandi")
        .doesNotContain("Exception");
    CliRunner json =
        CliRunner.run(
            "check", dump.toString(), "--as-of", g.referenceDate().toString(), "--format", "json");
    JsonNode j = new ObjectMapper().readTree(json.out());
    assertThat(j.at("/applications/DAPODIK/verdict").asText()).isEqualTo("NOT_EVALUATED");
    assertThat(json.exit()).isNotEqualTo(SinkronCli.READY);
  }
}
