package id.sinkron.examples;

import id.sinkron.Sinkron;
import id.sinkron.check.Report;
import id.sinkron.dapodik.DapodikWebService;
import id.sinkron.dapodik.FetchResult;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Fetch a school live from the Dapodik Web Service on the operator's PC, keep the raw responses,
 * and check them. The token comes from the environment, never from a command-line argument.
 */
public final class FetchFromDapodik {
  private FetchFromDapodik() {}

  /**
   * @param args base URL (http://localhost:5774), NPSN, output folder; token in DAPODIK_TOKEN
   */
  public static void main(String[] args) {
    if (args.length < 3 || System.getenv("DAPODIK_TOKEN") == null) {
      System.err.println(
          "usage: DAPODIK_TOKEN=... FetchFromDapodik http://localhost:5774 NPSN OUT_DIR");
      return;
    }
    Report report =
        run(
            URI.create(args[0]),
            args[1],
            System.getenv("DAPODIK_TOKEN"),
            Path.of(args[2]),
            LocalDate.now());
    System.out.println(report.toJson());
  }

  /** Fetches, saves the raw responses to {@code out}, and checks. */
  public static Report run(URI base, String npsn, String token, Path out, LocalDate asOf) {
    // tag::fetch[]
    DapodikWebService ws =
        DapodikWebService.builder()
            .baseUri(base)
            .npsn(npsn)
            .token(token) // the Web Service token registered for this PC's IP
            .requestTimeout(Duration.ofSeconds(60))
            .maxRetries(2) // only connection failures and 5xx are retried
            .build();
    FetchResult result = ws.fetch(); // all endpoints or a DapodikWebServiceException: never partial
    result.saveTo(out); // the raw responses, exactly as received
    Report report = Sinkron.checker().asOf(asOf).check(result.snapshot());
    // end::fetch[]
    return report;
  }
}
