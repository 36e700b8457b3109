package id.sinkron.examples.cli;

import id.sinkron.dapodik.DapodikWebService;
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
 * responses as a dump folder. The token is read from an environment variable or a prompt, never from
 * an argument (arguments are visible to other users of the machine).
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = "Fetch getSekolah, getGtk, getPesertaDidik, getRombonganBelajar and getPengguna from a Dapodik Web Service and save them as a dump folder.")
final class FetchCommand implements Callable<Integer> {
  @Option(names = "--url", required = true, description = "Web Service base URL, e.g. http://localhost:5774")
  URI url;

  @Option(names = "--npsn", required = true, description = "The school's NPSN.")
  String npsn;

  @Option(names = "--token-env", paramLabel = "VAR",
      description = "Environment variable holding the Web Service token; without it the token is asked for.")
  String tokenEnv;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder to save the responses to.")
  Path out;

  @Option(names = "--history", paramLabel = "DIR",
      description = "Keep a history instead: save under DIR/NPSN/<UTC timestamp>/; 'sinkron diff --last DIR/NPSN' "
          + "compares the two latest.")
  Path history;

  /** The clock naming history folders (tests set it). */
  static java.time.Clock clock = java.time.Clock.systemUTC();

  private static final java.time.format.DateTimeFormatter STAMP =
      java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC);

  @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS", description = "Per-request timeout (default 60).")
  int timeoutSeconds;

  @Option(names = "--retries", defaultValue = "2", paramLabel = "N",
      description = "Retries of a request after a connection failure or a server error, 0-10 (default 2).")
  int retries;

  @Option(names = "--retry-wait", defaultValue = "1000", paramLabel = "MILLIS",
      description = "Wait before the first retry, doubled for each next one (default 1000 ms).")
  long retryWaitMillis;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ((out == null) == (history == null)) {
      throw new IllegalArgumentException("fetch: give exactly one of --out DIR or --history DIR");
    }
    if (history != null) {
      out = history.resolve(npsn.strip()).resolve(STAMP.format(clock.instant()));
      if (java.nio.file.Files.exists(out)) {
        throw new IllegalArgumentException(out + ": already exists (two fetches in the same second)");
      }
    }
    String token = token();
    DapodikWebService ws = DapodikWebService.builder().baseUri(url).npsn(npsn).token(token)
        .requestTimeout(Duration.ofSeconds(timeoutSeconds)).maxRetries(retries).backoff(Duration.ofMillis(retryWaitMillis))
        .build();
    var result = ws.fetch();
    result.saveTo(out);
    var s = result.snapshot();
    spec.commandLine().getOut().printf("%s: %d PTK, %d peserta didik, %d rombel -> %s%n",
        s.sekolah().map(x -> x.nama()).orElse(npsn), s.ptk().size(), s.pesertaDidik().size(), s.rombel().size(), out);
    spec.commandLine().getOut().flush();
    return SinkronCli.READY;
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
      throw new IllegalArgumentException("no token: use --token-env VAR (no terminal to ask for it)");
    }
    char[] t = console.readPassword("Token Web Service Dapodik: ");
    if (t == null || t.length == 0) {
      throw new IllegalArgumentException("no token given");
    }
    return new String(t).strip();
  }
}
