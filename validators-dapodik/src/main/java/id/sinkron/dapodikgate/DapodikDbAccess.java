package id.sinkron.dapodikgate;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where and as whom to read the local Dapodik database: host, port ({@value #DEFAULT_PORT}),
 * database ({@value #DEFAULT_DATABASE}), user ({@value #DEFAULT_USER}) and the password the
 * operator gives. The password is held as a {@code char[]} copy, never printed ({@link #toString()}
 * leaves it out) and never written anywhere by Sinkron; {@link #clearPassword()} wipes the copy.
 *
 * @since 0.2
 */
public final class DapodikDbAccess {
  /** Dapodik's local PostgreSQL port. */
  public static final int DEFAULT_PORT = 54532;

  /** Dapodik's local database. */
  public static final String DEFAULT_DATABASE = "pendataan";

  /** Dapodik's database user. */
  public static final String DEFAULT_USER = "dapodik_user";

  private final String host;
  private final int port;
  private final String database;
  private final String user;
  private final char[] password;

  private DapodikDbAccess(String host, int port, String database, String user, char[] password) {
    this.host = Objects.requireNonNull(host, "host");
    this.port = port;
    this.database = Objects.requireNonNull(database, "database");
    this.user = Objects.requireNonNull(user, "user");
    this.password = Objects.requireNonNull(password, "password").clone();
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /**
   * @param password the operator's password (copied)
   * @return access to {@code localhost:54532/pendataan} as {@code dapodik_user}
   */
  public static DapodikDbAccess local(char[] password) {
    return new DapodikDbAccess("localhost", DEFAULT_PORT, DEFAULT_DATABASE, DEFAULT_USER, password);
  }

  /**
   * @param password the password (copied)
   * @return access to any PostgreSQL database shaped like Dapodik's
   */
  public static DapodikDbAccess of(
      String host, int port, String database, String user, char[] password) {
    return new DapodikDbAccess(host, port, database, user, password);
  }

  /**
   * Parses {@code [host][:port][/database]} (e.g. {@code localhost:54532/pendataan}); missing parts
   * take the defaults.
   *
   * @throws IllegalArgumentException if the port is not a number
   */
  public static DapodikDbAccess parse(String address, String user, char[] password) {
    String a = address == null ? "" : address.strip();
    String db = DEFAULT_DATABASE;
    int slash = a.indexOf('/');
    if (slash >= 0) {
      if (slash + 1 < a.length()) {
        db = a.substring(slash + 1);
      }
      a = a.substring(0, slash);
    }
    int port = DEFAULT_PORT;
    int colon = a.lastIndexOf(':');
    if (colon >= 0) {
      String p = a.substring(colon + 1);
      try {
        port = Integer.parseInt(p);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a port number: " + p);
      }
      a = a.substring(0, colon);
    }
    String host = a.isEmpty() ? "localhost" : a;
    return new DapodikDbAccess(
        host, port, db, user == null || user.isBlank() ? DEFAULT_USER : user.strip(), password);
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String database() {
    return database;
  }

  public String user() {
    return user;
  }

  /**
   * @return a copy of the password (package-private: only the reader needs it)
   */
  char[] password() {
    return password.clone();
  }

  /** Overwrites the held password with zeros. */
  public void clearPassword() {
    Arrays.fill(password, '\0');
  }

  /**
   * @return {@code user@host:port/database}, without the password
   */
  @Override
  public String toString() {
    return user + "@" + host + ":" + port + "/" + database;
  }
}
