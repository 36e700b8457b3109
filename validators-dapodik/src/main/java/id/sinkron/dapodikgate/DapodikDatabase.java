package id.sinkron.dapodikgate;

import id.sinkron.dapodikgate.DapodikAccessException.Kind;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.DapodikLocal.Part;
import id.sinkron.model.DapodikTableSync;
import id.sinkron.model.ImmutableDapodikLocal;
import id.sinkron.model.ImmutableDapodikSyncRun;
import id.sinkron.model.ImmutableDapodikTableChanges;
import id.sinkron.model.ImmutableDapodikTableSync;
import id.sinkron.model.ImmutableDapodikValidationRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Reads the school's local Dapodik database (PostgreSQL, {@code pendataan} on port 54532)
 * <strong>read only</strong> into a {@link DapodikLocal} export: Dapodik's own validation results
 * ({@code vld_*} joined to {@code ref.errortype}), the latest runs of the sync log ({@code
 * sync_log}, {@code table_sync_log}), and per data table the rows changed since their last sync
 * ({@code last_update > last_sync}) and those changed without {@code updater_id} (evidence: {@code
 * docs/evidence/dapodik-sync.md}).
 *
 * <h2>Read only, at every level</h2>
 *
 * <ul>
 *   <li>the session starts with {@code default_transaction_read_only=on} (a server setting), the
 *       JDBC connection is {@code readOnly} (the driver begins each transaction {@code READ ONLY}),
 *       and everything runs in one transaction begun {@code READ ONLY} and rolled back at the end:
 *       PostgreSQL itself refuses any write;
 *   <li>only {@code SELECT}s are sent; no DDL, no DML, no temporary objects;
 *   <li>bounded: counts, the latest {@value #SYNC_RUNS} sync runs, at most {@code maxRows}
 *       validation rows per table (more are counted, not read), at most {@value #SAMPLE_IDS} row
 *       ids per table, a statement timeout of 30 s.
 * </ul>
 *
 * Tables are found through {@code information_schema}, so another Dapodik version that lacks a
 * table gives an export with that part {@linkplain DapodikLocal#unavailable() unavailable} or the
 * table {@linkplain DapodikLocal#skippedTables() skipped}, never a guess.
 *
 * <p>The password is handed to the driver only; it is never logged, printed, stored or put into an
 * exception. Thread-safe (no state).
 *
 * @since 0.2
 */
public final class DapodikDatabase {
  /** How many sync runs are read, newest first. */
  public static final int SYNC_RUNS = 10;

  /** How many row ids per table are kept for rows changed without {@code updater_id}. */
  public static final int SAMPLE_IDS = 20;

  /** The default bound of validation rows read per {@code vld_*} table. */
  public static final int DEFAULT_MAX_ROWS = 2000;

  private static final int TIMEOUT_SECONDS = 30;

  private DapodikDatabase() {}

  /**
   * Reads the installation with the default bounds.
   *
   * @throws DapodikAccessException if the database cannot be reached, refuses the login, or fails
   *     while being read
   */
  public static DapodikLocal read(DapodikDbAccess access) {
    return read(access, DEFAULT_MAX_ROWS, Clock.systemUTC());
  }

  /**
   * @param maxRows validation rows read per table at most
   * @param clock gives {@link DapodikLocal#readAt()}
   * @throws DapodikAccessException see {@link #read(DapodikDbAccess)}
   */
  public static DapodikLocal read(DapodikDbAccess access, int maxRows, Clock clock) {
    Objects.requireNonNull(access, "access");
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows < 1");
    }
    try (Connection c = connect(access)) {
      try {
        return new Reader(c, maxRows).read(clock);
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw translate(access, e);
    }
  }

  /**
   * Opens a read-only connection in a read-only transaction (autocommit off). Package-private: used
   * by the reader and by the test that proves a write fails.
   */
  static Connection connect(DapodikDbAccess access) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", access.user());
    char[] pw = access.password();
    p.setProperty("password", new String(pw));
    Arrays.fill(pw, '\0');
    // "transaction": the driver begins each transaction READ ONLY and leaves the session default
    // alone
    // ("always" resets the session to READ WRITE when autocommit is switched off)
    p.setProperty("readOnlyMode", "transaction");
    p.setProperty(
        "options",
        "-c default_transaction_read_only=on -c statement_timeout=" + TIMEOUT_SECONDS * 1000);
    p.setProperty("connectTimeout", "10");
    p.setProperty("loginTimeout", "15");
    p.setProperty("socketTimeout", String.valueOf(TIMEOUT_SECONDS * 2));
    p.setProperty("ApplicationName", "sinkron (read-only)");
    String url =
        "jdbc:postgresql://"
            + hostForUrl(access.host())
            + ":"
            + access.port()
            + "/"
            + access.database();
    Connection c = new org.postgresql.Driver().connect(url, p);
    if (c == null) {
      throw new SQLException("driver refused the URL", "08001");
    }
    c.setReadOnly(true);
    try (var s = c.createStatement()) {
      // the session default (whatever the driver did before), then the transaction itself
      s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
      c.setAutoCommit(false);
      s.execute("SET TRANSACTION READ ONLY");
    }
    return c;
  }

  private static String hostForUrl(String host) {
    return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** Our own message from the SQLState: the driver's text is not passed on. */
  static DapodikAccessException translate(DapodikDbAccess access, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String where = "the Dapodik database " + access;
    if (state.startsWith("28")) {
      return new DapodikAccessException(
          Kind.AUTHENTICATION_FAILED,
          "Cannot log in to "
              + where
              + ": the user or password was refused (SQLState "
              + state
              + ")");
    }
    if (state.startsWith("08") || state.equals("57P03")) {
      return new DapodikAccessException(
          Kind.UNREACHABLE,
          "Cannot reach "
              + where
              + ": is Dapodik running and is the port right? (SQLState "
              + state
              + ")");
    }
    if (state.equals("3D000")) {
      return new DapodikAccessException(
          Kind.NOT_DAPODIK, "No such database: " + where + " (SQLState 3D000)");
    }
    return new DapodikAccessException(
        Kind.READ_FAILED,
        "Reading " + where + " failed (SQLState " + (state.isEmpty() ? "unknown" : state) + ")");
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** One read, on one connection. */
  private static final class Reader {
    private final Connection c;
    private final int maxRows;
    private final ImmutableDapodikLocal.Builder out =
        ImmutableDapodikLocal.builder().source(DapodikLocal.Source.DATABASE);

    Reader(Connection c, int maxRows) {
      this.c = c;
      this.maxRows = maxRows;
    }

    DapodikLocal read(Clock clock) throws SQLException {
      out.readAt(clock.instant());
      validation();
      syncLog();
      changes();
      return out.build();
    }

    // ---- validation
    // -------------------------------------------------------------------------------

    private void validation() throws SQLException {
      List<String[]> tables =
          rows(
              "SELECT table_schema, table_name FROM information_schema.tables"
                  + " WHERE table_type = 'BASE TABLE' AND table_name LIKE 'vld\\_%'"
                  + " AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 2, 1 LIMIT 500",
              2);
      if (tables.isEmpty()) {
        out.putUnavailable(
            Part.VALIDATION,
            "no vld_* validation tables in this database (another Dapodik version?)");
        return;
      }
      boolean kinds = exists("ref", "errortype");
      if (!kinds) {
        out.putSkippedTables(
            "ref.errortype", "missing: validation kinds (kategori_error) are unknown");
      }
      for (String[] t : tables) {
        Savepoint sp = c.setSavepoint();
        try {
          validationTable(t[0], t[1], kinds);
          c.releaseSavepoint(sp);
        } catch (SQLException e) {
          c.rollback(sp);
          out.putSkippedTables(t[0] + "." + t[1], "unreadable (SQLState " + e.getSQLState() + ")");
        }
      }
    }

    private void validationTable(String schema, String table, boolean kinds) throws SQLException {
      List<String> cols = columns(schema, table);
      String idCol = null;
      for (String col : cols) {
        if (col.endsWith("_id") && !col.equals("updater_id") && !col.equals("logid")) {
          idCol = col;
          break;
        }
      }
      for (String need : List.of("idtype", "field_error", "error_message")) {
        if (!cols.contains(need)) {
          out.putSkippedTables(schema + "." + table, "column " + need + " missing");
          return;
        }
      }
      String from = quote(schema) + "." + quote(table) + " v";
      String where = cols.contains("soft_delete") ? " WHERE COALESCE(v.soft_delete, 0) = 0" : "";
      long total = count("SELECT count(*) FROM " + from + where);
      if (total == 0) {
        return;
      }
      String sql =
          "SELECT "
              + (idCol == null ? "NULL" : "v." + quote(idCol) + "::text")
              + ", v.idtype::integer, "
              + (kinds
                  ? "e.kategori_error::integer, e.keterangan::text"
                  : "NULL::integer, NULL::text")
              + ", "
              + (cols.contains("status_validasi") ? "v.status_validasi::text" : "NULL::text")
              + ", v.field_error::text, v.error_message::text, "
              + (cols.contains("keterangan") ? "v.keterangan::text" : "NULL::text")
              + " FROM "
              + from
              + (kinds ? " LEFT JOIN ref.errortype e ON e.idtype = v.idtype" : "")
              + where
              + " ORDER BY "
              + (cols.contains("logid") ? "v.logid" : "1")
              + " LIMIT "
              + maxRows;
      String entity = table.substring("vld_".length());
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setQueryTimeout(TIMEOUT_SECONDS);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ImmutableDapodikValidationRow.Builder b =
                ImmutableDapodikValidationRow.builder().entity(entity).table(table);
            optString(rs, 1).ifPresent(b::rowId);
            optInt(rs, 2).ifPresent(b::idtype);
            optInt(rs, 3).ifPresent(b::kategoriError);
            optString(rs, 4).ifPresent(b::errorType);
            optString(rs, 5).ifPresent(b::statusValidasi);
            optString(rs, 6).ifPresent(b::fieldError);
            optString(rs, 7).ifPresent(b::message);
            optString(rs, 8).ifPresent(b::keterangan);
            out.addValidation(b.build());
          }
        }
      }
      if (total > maxRows) {
        out.putValidationTruncated(table, total);
      }
    }

    // ---- sync log
    // ---------------------------------------------------------------------------------

    private void syncLog() throws SQLException {
      String[] log = find("sync_log");
      if (log == null) {
        out.putUnavailable(
            Part.SYNC_LOG, "no sync_log table in this database (another Dapodik version?)");
        return;
      }
      Savepoint sp = c.setSavepoint();
      List<ImmutableDapodikSyncRun.Builder> runs = new ArrayList<>();
      List<LocalDateTime> begins = new ArrayList<>();
      try {
        String sql =
            "SELECT begin_sync::timestamp, end_sync::timestamp, is_success::text, sync_media::text FROM "
                + quote(log[0])
                + ".sync_log WHERE begin_sync IS NOT NULL ORDER BY begin_sync DESC LIMIT "
                + SYNC_RUNS;
        try (PreparedStatement ps = c.prepareStatement(sql);
            ResultSet rs = query(ps)) {
          while (rs.next()) {
            LocalDateTime begin = rs.getTimestamp(1).toLocalDateTime();
            ImmutableDapodikSyncRun.Builder b = ImmutableDapodikSyncRun.builder().beginSync(begin);
            optTime(rs, 2).ifPresent(b::endSync);
            optString(rs, 3).ifPresent(b::isSuccess);
            optString(rs, 4).ifPresent(b::syncMedia);
            runs.add(b);
            begins.add(begin);
          }
        }
        c.releaseSavepoint(sp);
      } catch (SQLException e) {
        c.rollback(sp);
        out.putUnavailable(Part.SYNC_LOG, "sync_log unreadable (SQLState " + e.getSQLState() + ")");
        return;
      }
      String[] tables = find("table_sync_log");
      if (tables == null) {
        out.putSkippedTables(
            "table_sync_log", "missing: per-table results (conflicts) are unknown");
      } else if (!begins.isEmpty()) {
        Savepoint sp2 = c.setSavepoint();
        try {
          tableSyncLog(tables[0], runs, begins);
          c.releaseSavepoint(sp2);
        } catch (SQLException e) {
          c.rollback(sp2);
          out.putSkippedTables("table_sync_log", "unreadable (SQLState " + e.getSQLState() + ")");
        }
      }
      for (ImmutableDapodikSyncRun.Builder b : runs) {
        out.addSyncRuns(b.build());
      }
    }

    /**
     * Assigns each table row to the latest run that began at or before it (the log has no run id).
     */
    private void tableSyncLog(
        String schema, List<ImmutableDapodikSyncRun.Builder> runs, List<LocalDateTime> begins)
        throws SQLException {
      LocalDateTime oldest = begins.get(begins.size() - 1);
      String sql =
          "SELECT table_name::text, begin_sync::timestamp, end_sync::timestamp, is_success::text,"
              + " n_create::bigint, n_update::bigint, n_hapus::bigint, n_konflik::bigint FROM "
              + quote(schema)
              + ".table_sync_log WHERE begin_sync >= ? ORDER BY begin_sync, table_name LIMIT 5000";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setTimestamp(1, Timestamp.valueOf(oldest));
        try (ResultSet rs = query(ps)) {
          while (rs.next()) {
            LocalDateTime begin = rs.getTimestamp(2).toLocalDateTime();
            ImmutableDapodikTableSync.Builder t =
                ImmutableDapodikTableSync.builder()
                    .tableName(Objects.requireNonNullElse(rs.getString(1), "?"))
                    .beginSync(begin);
            optTime(rs, 3).ifPresent(t::endSync);
            optString(rs, 4).ifPresent(t::isSuccess);
            optLong(rs, 5).ifPresent(t::nCreate);
            optLong(rs, 6).ifPresent(t::nUpdate);
            optLong(rs, 7).ifPresent(t::nHapus);
            optLong(rs, 8).ifPresent(t::nKonflik);
            DapodikTableSync row = t.build();
            for (int i = 0; i < begins.size(); i++) { // begins are newest first
              if (!begins.get(i).isAfter(begin)) {
                runs.get(i).addTables(row);
                break;
              }
            }
          }
        }
      }
    }

    // ---- changes
    // ----------------------------------------------------------------------------------

    private void changes() throws SQLException {
      List<String[]> tables =
          rows(
              "SELECT c.table_schema, c.table_name FROM information_schema.columns c"
                  + " JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                  + " WHERE t.table_type = 'BASE TABLE' AND c.column_name IN ('last_update', 'last_sync', 'updater_id')"
                  + " AND c.table_schema NOT IN ('pg_catalog', 'information_schema', 'ref')"
                  + " AND c.table_name NOT LIKE 'vld\\_%' AND c.table_name NOT IN ('sync_log', 'table_sync_log')"
                  + " GROUP BY 1, 2 HAVING count(DISTINCT c.column_name) = 3 ORDER BY 2, 1 LIMIT 500",
              2);
      if (tables.isEmpty()) {
        out.putUnavailable(
            Part.CHANGES,
            "no data tables with last_update, last_sync and updater_id (another Dapodik version?)");
        return;
      }
      for (String[] t : tables) {
        Savepoint sp = c.setSavepoint();
        try {
          changesOf(t[0], t[1]);
          c.releaseSavepoint(sp);
        } catch (SQLException e) {
          c.rollback(sp);
          out.putSkippedTables(t[0] + "." + t[1], "unreadable (SQLState " + e.getSQLState() + ")");
        }
      }
    }

    private void changesOf(String schema, String table) throws SQLException {
      String from = quote(schema) + "." + quote(table);
      String pending = "last_update > last_sync";
      String sql =
          "SELECT count(*), count(*) FILTER (WHERE updater_id IS NULL), min(last_update)::timestamp,"
              + " max(last_update)::timestamp FROM "
              + from
              + " WHERE "
              + pending;
      long n;
      long without;
      LocalDateTime oldest;
      LocalDateTime newest;
      try (PreparedStatement ps = c.prepareStatement(sql);
          ResultSet rs = query(ps)) {
        rs.next();
        n = rs.getLong(1);
        without = rs.getLong(2);
        oldest = optTime(rs, 3).orElse(null);
        newest = optTime(rs, 4).orElse(null);
      }
      if (n == 0) {
        return;
      }
      ImmutableDapodikTableChanges.Builder b =
          ImmutableDapodikTableChanges.builder().table(table).pending(n).withoutUpdater(without);
      if (oldest != null) {
        b.oldestPending(oldest);
      }
      if (newest != null) {
        b.newestPending(newest);
      }
      String pk = primaryKey(schema, table);
      if (pk != null) {
        b.idColumn(pk);
        if (without > 0) {
          String ids =
              "SELECT "
                  + quote(pk)
                  + "::text FROM "
                  + from
                  + " WHERE "
                  + pending
                  + " AND updater_id IS NULL ORDER BY last_update DESC LIMIT "
                  + SAMPLE_IDS;
          for (String[] r : rows(ids, 1)) {
            if (r[0] != null) {
              b.addWithoutUpdaterIds(r[0]);
            }
          }
        }
      }
      out.addChanges(b.build());
    }

    // ---- helpers
    // ----------------------------------------------------------------------------------

    private String primaryKey(String schema, String table) throws SQLException {
      List<String[]> pk =
          rows(
              "SELECT kcu.column_name FROM information_schema.table_constraints tc"
                  + " JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name"
                  + " AND kcu.table_schema = tc.table_schema AND kcu.table_name = tc.table_name"
                  + " WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = ? AND tc.table_name = ?",
              1,
              schema,
              table);
      return pk.size() == 1 ? pk.get(0)[0] : null;
    }

    private List<String> columns(String schema, String table) throws SQLException {
      List<String> cols = new ArrayList<>();
      for (String[] r :
          rows(
              "SELECT column_name FROM information_schema.columns WHERE table_schema = ?"
                  + " AND table_name = ? ORDER BY ordinal_position",
              1,
              schema,
              table)) {
        cols.add(r[0]);
      }
      return cols;
    }

    private boolean exists(String schema, String table) throws SQLException {
      return !rows(
              "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
              1,
              schema,
              table)
          .isEmpty();
    }

    /**
     * @return {schema, name} of the first table called {@code name} outside the system schemas
     */
    private String[] find(String name) throws SQLException {
      List<String[]> r =
          rows(
              "SELECT table_schema, table_name FROM information_schema.tables WHERE table_name = ?"
                  + " AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY (table_schema = 'public') DESC,"
                  + " table_schema LIMIT 1",
              2,
              name);
      return r.isEmpty() ? null : r.get(0);
    }

    private long count(String sql) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql);
          ResultSet rs = query(ps)) {
        rs.next();
        return rs.getLong(1);
      }
    }

    private List<String[]> rows(String sql, int width, String... params) throws SQLException {
      List<String[]> list = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          ps.setString(i + 1, params[i]);
        }
        try (ResultSet rs = query(ps)) {
          while (rs.next()) {
            String[] r = new String[width];
            for (int i = 0; i < width; i++) {
              r[i] = rs.getString(i + 1);
            }
            list.add(r);
          }
        }
      }
      return list;
    }

    private static ResultSet query(PreparedStatement ps) throws SQLException {
      ps.setQueryTimeout(TIMEOUT_SECONDS);
      return ps.executeQuery();
    }
  }

  private static java.util.Optional<String> optString(ResultSet rs, int i) throws SQLException {
    String s = rs.getString(i);
    return s == null ? java.util.Optional.empty() : java.util.Optional.of(s.strip());
  }

  private static java.util.Optional<Integer> optInt(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? java.util.Optional.empty() : java.util.Optional.of(v);
  }

  private static java.util.Optional<Long> optLong(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? java.util.Optional.empty() : java.util.Optional.of(v);
  }

  private static java.util.Optional<LocalDateTime> optTime(ResultSet rs, int i)
      throws SQLException {
    Timestamp t = rs.getTimestamp(i);
    return t == null ? java.util.Optional.empty() : java.util.Optional.of(t.toLocalDateTime());
  }
}
