package id.sinkron.examples.cli;

import id.sinkron.dapodik.DapodikLocalFile;
import id.sinkron.dapodik.DapodikWebService;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.dapodikgate.DapodikAccessException;
import id.sinkron.dapodikgate.DapodikApp;
import id.sinkron.dapodikgate.DapodikDatabase;
import id.sinkron.dapodikgate.DapodikDbAccess;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.ImmutableDapodikLocal;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.SchoolSnapshot;
import java.io.Console;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sinkron fetch}: calls the Dapodik Web Service on the operator's PC and saves the raw
 * responses as a dump folder; with {@code --dapodik-db} / {@code --dapodik-app} also the local
 * Dapodik installation (read only) into {@code sinkron-dapodik-local.json}. Tokens and passwords
 * are read from an environment variable or a prompt, never from an argument (arguments are visible
 * to other users of the machine), and never printed or saved.
 */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description =
        "Fetch getSekolah, getGtk, getPesertaDidik, getRombonganBelajar and getPengguna from a Dapodik Web Service and save them as a dump folder.")
final class FetchCommand implements Callable<Integer> {
  @Option(
      names = "--url",
      description =
          "Web Service base URL, e.g. http://localhost:5774. Without it (and --npsn), the"
              + " dump folder in --out is kept and only the local Dapodik export is (re)written.")
  URI url;

  @Option(names = "--npsn", description = "The school's NPSN (with --url).")
  String npsn;

  @Option(
      names = "--dapodik-db",
      arity = "0..1",
      fallbackValue = "localhost:54532/pendataan",
      paramLabel = "HOST:PORT/DB",
      description =
          "Also read the local Dapodik database, READ ONLY (default localhost:54532/pendataan), into"
              + " sinkron-dapodik-local.json.")
  String dapodikDb;

  @Option(
      names = "--dapodik-db-user",
      defaultValue = "dapodik_user",
      paramLabel = "USER",
      description = "Database user (default dapodik_user).")
  String dapodikDbUser;

  @Option(
      names = "--dapodik-db-password-env",
      paramLabel = "VAR",
      description =
          "Environment variable holding the database password; without it the password is asked for.")
  String dapodikDbPasswordEnv;

  @Option(
      names = "--dapodik-db-password-file",
      paramLabel = "FILE",
      description =
          "File holding the database password (first line; keep it readable by you only).")
  Path dapodikDbPasswordFile;

  @Option(
      names = "--dapodik-app",
      paramLabel = "URL",
      description =
          "Also read Dapodik's own validation from the local application (e.g. http://localhost:5774).")
  URI dapodikApp;

  @Option(
      names = "--dapodik-app-user-env",
      paramLabel = "VAR",
      defaultValue = "SINKRON_DAPODIK_APP_USER",
      description =
          "Environment variable holding the application user (e-mail); default SINKRON_DAPODIK_APP_USER.")
  String dapodikAppUserEnv;

  @Option(
      names = "--dapodik-app-password-env",
      paramLabel = "VAR",
      description =
          "Environment variable holding the application password; without it the password is asked for.")
  String dapodikAppPasswordEnv;

  @Option(
      names = "--dapodik-app-role",
      paramLabel = "TEXT",
      description = "Text in the role to log in as (e.g. Operator); default the first role listed.")
  String dapodikAppRole;

  @Option(
      names = "--token-env",
      paramLabel = "VAR",
      description =
          "Environment variable holding the Web Service token; without it the token is asked for.")
  String tokenEnv;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder to save the responses to.")
  Path out;

  @Option(
      names = "--history",
      paramLabel = "DIR",
      description =
          "Keep a history instead: save under DIR/NPSN/<UTC timestamp>/; 'sinkron diff --last DIR/NPSN' "
              + "compares the two latest.")
  Path history;

  /** The clock naming history folders (tests set it). */
  static java.time.Clock clock = java.time.Clock.systemUTC();

  private static final java.time.format.DateTimeFormatter STAMP =
      java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  @Option(
      names = "--timeout",
      defaultValue = "60",
      paramLabel = "SECONDS",
      description = "Per-request timeout (default 60).")
  int timeoutSeconds;

  @Option(
      names = "--retries",
      defaultValue = "2",
      paramLabel = "N",
      description =
          "Retries of a request after a connection failure or a server error, 0-10 (default 2).")
  int retries;

  @Option(
      names = "--retry-wait",
      defaultValue = "1000",
      paramLabel = "MILLIS",
      description = "Wait before the first retry, doubled for each next one (default 1000 ms).")
  long retryWaitMillis;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SchoolSnapshot s;
    if (url != null || npsn != null) {
      if (url == null || npsn == null) {
        throw new IllegalArgumentException("--url and --npsn go together");
      }
      if ((out == null) == (history == null)) {
        throw new IllegalArgumentException("fetch: give exactly one of --out DIR or --history DIR");
      }
      if (history != null) {
        out = history.resolve(npsn.strip()).resolve(STAMP.format(clock.instant()));
        if (java.nio.file.Files.exists(out)) {
          throw new IllegalArgumentException(
              out + ": already exists (two fetches in the same second)");
        }
      }
      String token = token();
      DapodikWebService ws =
          DapodikWebService.builder()
              .baseUri(url)
              .npsn(npsn)
              .token(token)
              .requestTimeout(Duration.ofSeconds(timeoutSeconds))
              .maxRetries(retries)
              .backoff(Duration.ofMillis(retryWaitMillis))
              .build();
      var result = ws.fetch();
      result.saveTo(out);
      s = result.snapshot();
      spec.commandLine()
          .getOut()
          .printf(
              "%s: %d PTK, %d peserta didik, %d rombel -> %s%n",
              s.sekolah().map(x -> x.nama()).orElse(npsn),
              s.ptk().size(),
              s.pesertaDidik().size(),
              s.rombel().size(),
              out);
    } else if (dapodikDb == null && dapodikApp == null) {
      throw new IllegalArgumentException(
          "nothing to fetch: give --url and --npsn, or --dapodik-db / --dapodik-app");
    } else if (out == null) {
      throw new IllegalArgumentException(
          "fetch: --dapodik-db / --dapodik-app without --url need --out DIR (an existing dump folder)");
    } else {
      s = WebServiceDump.read(out);
    }
    int exit = SinkronCli.READY;
    if (dapodikDb != null || dapodikApp != null) {
      exit = local(s);
    }
    spec.commandLine().getOut().flush();
    return exit;
  }

  /**
   * Reads the local Dapodik installation and saves the export beside the Web Service files. When it
   * cannot be read, an export saying so is saved (so that {@code sinkron check} never calls the
   * gate READY) and the exit code is {@link SinkronCli#BAD_INPUT}.
   */
  private int local(SchoolSnapshot s) {
    DapodikLocal local;
    int exit = SinkronCli.READY;
    try {
      if (dapodikDb != null) {
        DapodikDbAccess access =
            DapodikDbAccess.parse(
                dapodikDb,
                dapodikDbUser,
                dapodikDbPasswordFile != null
                    ? fileSecret(dapodikDbPasswordFile)
                    : secret(
                        dapodikDbPasswordEnv,
                        "Password basis data Dapodik (" + dapodikDbUser + "): "));
        try {
          local = DapodikDatabase.read(access);
        } finally {
          access.clearPassword();
        }
      } else {
        String user = System.getenv(dapodikAppUserEnv);
        if (user == null || user.isBlank()) {
          throw new IllegalArgumentException(
              "environment variable " + dapodikAppUserEnv + " (application user) is not set");
        }
        String semester =
            s.semesterId()
                .map(x -> x.value())
                .orElseThrow(
                    () -> new IllegalArgumentException("the dump folder has no active semester"));
        DapodikApp.Access access =
            DapodikApp.Access.of(
                dapodikApp,
                user.strip(),
                secret(dapodikAppPasswordEnv, "Password aplikasi Dapodik: "),
                semester,
                dapodikAppRole);
        try {
          local = DapodikApp.read(access);
        } finally {
          access.clearPassword();
        }
      }
    } catch (DapodikAccessException e) {
      spec.commandLine().getErr().println("sinkron: " + e.kind() + ": " + e.getMessage());
      String why = e.kind() + ": " + e.getMessage();
      local =
          ImmutableDapodikLocal.builder()
              .source(
                  dapodikDb != null
                      ? DapodikLocal.Source.DATABASE
                      : DapodikLocal.Source.APPLICATION)
              .putUnavailable(DapodikLocal.Part.VALIDATION, why)
              .putUnavailable(DapodikLocal.Part.SYNC_LOG, why)
              .putUnavailable(DapodikLocal.Part.CHANGES, why)
              .build();
      exit = SinkronCli.BAD_INPUT;
    }
    WebServiceDump.write(ImmutableSchoolSnapshot.copyOf(s).withDapodikLocal(local), out);
    spec.commandLine()
        .getOut()
        .printf(
            "Dapodik lokal (%s): %d hasil validasi, %d riwayat sinkronisasi, %d tabel dengan"
                + " perubahan belum terkirim -> %s%n",
            local.source(),
            local.validation().size(),
            local.syncRuns().size(),
            local.changes().size(),
            out.resolve(DapodikLocalFile.FILE_NAME));
    return exit;
  }

  /** The first line of a password file (its content is never printed). */
  private static char[] fileSecret(Path file) {
    try {
      java.util.List<String> lines =
          java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
      if (lines.isEmpty() || lines.get(0).isEmpty()) {
        throw new IllegalArgumentException("password file " + file + " is empty");
      }
      return lines.get(0).toCharArray();
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read password file " + file);
    }
  }

  /** A secret from an environment variable or the terminal, never from an argument. */
  private static char[] secret(String env, String prompt) {
    if (env != null) {
      String v = System.getenv(env);
      if (v == null || v.isEmpty()) {
        throw new IllegalArgumentException("environment variable " + env + " is not set");
      }
      return v.toCharArray();
    }
    Console console = System.console();
    if (console == null) {
      throw new IllegalArgumentException(
          "no password: name an environment variable (no terminal to ask)");
    }
    char[] p = console.readPassword(prompt);
    if (p == null || p.length == 0) {
      throw new IllegalArgumentException("no password given");
    }
    return p;
  }

  private String token() {
    if (tokenEnv != null) {
      String t = System.getenv(tokenEnv);
      if (t == null || t.isBlank()) {
        throw new IllegalArgumentException("environment variable " + tokenEnv + " is not set");
      }
      return t.strip();
    }
    Console console = System.console();
    if (console == null) {
      throw new IllegalArgumentException(
          "no token: use --token-env VAR (no terminal to ask for it)");
    }
    char[] t = console.readPassword("Token Web Service Dapodik: ");
    if (t == null || t.length == 0) {
      throw new IllegalArgumentException("no token given");
    }
    return new String(t).strip();
  }
}
