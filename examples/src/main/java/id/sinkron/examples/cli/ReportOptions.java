package id.sinkron.examples.cli;

import id.sinkron.Checker;
import id.sinkron.check.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options of the commands that check one school and print its report ({@code demo}, {@code check}):
 * the checker options plus the report's format and destination.
 */
final class ReportOptions {
  enum Format {
    text,
    json,
    html
  }

  @Mixin CheckerOptions check = new CheckerOptions();

  @Option(names = "--format", defaultValue = "text", description = "text (default), json or html.")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path out;

  Checker checker(LocalDate defaultAsOf) {
    return check.checker(defaultAsOf);
  }

  Locale locale() {
    return check.locale();
  }

  /** Writes the report in the chosen format and returns the exit code. */
  int emit(Report report, PrintWriter stdout) throws IOException {
    String text =
        switch (format) {
          case json -> report.toJson() + "\n";
          case html -> new HtmlReportRenderer().render(report);
          case text -> new TextReportRenderer().render(report);
        };
    if (out == null) {
      stdout.print(text);
      stdout.flush();
    } else {
      Path abs = out.toAbsolutePath();
      Path tmp = Files.createTempFile(abs.getParent(), ".sinkron-", ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write(text);
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    // the gate: nothing evaluated is never success (Report.outcome: 0 ready, 1 blockers, 2
    // unreadable, 3 incomplete)
    return report.outcome().exitCode();
  }
}
