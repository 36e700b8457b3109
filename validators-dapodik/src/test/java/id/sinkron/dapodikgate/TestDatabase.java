package id.sinkron.dapodikgate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL for the tests, started once per test JVM from the embedded binaries on Maven
 * Central (zonky). Password authentication for {@code dapodik_user} over TCP (the superuser keeps
 * trust, for setup). Databases: {@code pendataan} (the Dapodik-shaped schema with invented rows,
 * owned by {@code dapodik_user}), {@code kosong} (empty), {@code versi_lain} (only {@code vld_ptk}:
 * another version).
 */
final class TestDatabase {
  static final String PASSWORD = "Rahasia-Operator-77";
  private static EmbeddedPostgres pg;

  private TestDatabase() {}

  static synchronized EmbeddedPostgres pg() {
    if (pg == null) {
      try {
        pg =
            EmbeddedPostgres.builder()
                .setDataDirectoryCustomizer(
                    dir -> {
                      try {
                        Files.writeString(
                            dir.toPath().resolve("pg_hba.conf"),
                            "local all all trust\n"
                                + "host all postgres 127.0.0.1/32 trust\nhost all postgres ::1/128 trust\n"
                                + "host all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n");
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    })
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection();
            Statement s = c.createStatement()) {
          s.execute("SET password_encryption = 'scram-sha-256'");
          s.execute("CREATE ROLE dapodik_user LOGIN PASSWORD '" + PASSWORD + "'");
          s.execute("CREATE DATABASE pendataan OWNER dapodik_user");
          s.execute("CREATE DATABASE kosong OWNER dapodik_user");
          s.execute("CREATE DATABASE versi_lain OWNER dapodik_user");
        }
        run("pendataan", resource("dapodik-schema.sql"));
        run(
            "versi_lain",
            "CREATE TABLE vld_ptk (logid uuid PRIMARY KEY, ptk_id uuid, idtype integer,"
                + " field_error varchar(30), error_message varchar(150));"
                + " INSERT INTO vld_ptk VALUES ('55555555-0000-0000-0000-000000000009',"
                + " '11111111-0000-0000-0000-000000000009', 401, 'nuptk', 'NUPTK kosong');");
      } catch (IOException | SQLException e) {
        throw new IllegalStateException("embedded PostgreSQL did not start", e);
      }
    }
    return pg;
  }

  /** Runs {@code sql} in {@code db} as dapodik_user (so that it owns what it creates). */
  static void run(String db, String sql) throws SQLException {
    try (Connection c = pg().getDatabase("postgres", db).getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET ROLE dapodik_user");
      s.execute(sql);
    }
  }

  /**
   * @return a count from {@code pendataan}, read as the superuser
   */
  static long count(String sql) throws SQLException {
    try (Connection c = pg().getDatabase("postgres", "pendataan").getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static DapodikDbAccess access(String db, String password) {
    return DapodikDbAccess.of(
        "127.0.0.1", pg().getPort(), db, "dapodik_user", password.toCharArray());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TestDatabase.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
