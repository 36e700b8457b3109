package com.example.school;

import id.sinkron.Sinkron;
import id.sinkron.check.Report;
import id.sinkron.dapodik.DapodikWebService;
import id.sinkron.dapodik.FetchResult;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

public final class FetchSchool {
  public static Report fetchAndCheck(URI base, String npsn, String token, Path out, LocalDate asOf) {
    DapodikWebService ws = DapodikWebService.builder()
        .baseUri(base).npsn(npsn).token(token)        // the Web Service token registered for this PC's IP
        .requestTimeout(Duration.ofSeconds(60))
        .maxRetries(2)                                // only connection failures and 5xx are retried
        .build();
    FetchResult result = ws.fetch();                  // all endpoints or a DapodikWebServiceException: never partial
    result.saveTo(out);                               // the raw responses, exactly as received
    return Sinkron.checker().asOf(asOf).check(result.snapshot());
  }
}
