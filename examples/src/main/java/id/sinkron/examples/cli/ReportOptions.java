package id.sinkron.examples.cli;

import id.sinkron.Checker;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Options shared by the commands that check and print a report. */
final class ReportOptions {
  enum Format { text, json, html }

  @Option(names = "--as-of", paramLabel = "DATE", description = "Reference date (YYYY-MM-DD); default today.")
  LocalDate asOf;

  @Option(names = "--only", split = ",", paramLabel = "APP", description = "Check only these: gtk, erapor, arkas.")
  List<String> only;

  @Option(names = "--format", defaultValue = "text", description = "text (default), json or html.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path out;

  @Option(names = "--lang", defaultValue = "id", description = "Language of messages: id (default) or en.")
  String lang;

  @Option(names = "--show-names", description = "Show persons' names unmasked (identifiers stay masked).")
  boolean showNames;

  @Option(names = "--debug", description = "Print stack traces on errors.")
  boolean debug;

  Checker checker(LocalDate defaultAsOf) {
    Checker c = Sinkron.checker().locale(locale()).revealNames(showNames);
    LocalDate date = asOf != null ? asOf : defaultAsOf;
    if (date != null) {
      c = c.asOf(date);
    }
    if (only != null && !only.isEmpty()) {
      Application[] apps = only.stream().map(s -> Application.fromName(s)
          .orElseThrow(() -> new IllegalArgumentException("--only: unknown application '" + s + "' (use gtk, erapor, arkas)")))
          .toArray(Application[]::new);
      c = c.only(apps);
    }
    return c;
  }

  Locale locale() {
    switch (lang.strip().toLowerCase(Locale.ROOT)) {
      case "id":
        return Checker.INDONESIAN;
      case "en":
        return Locale.ENGLISH;
      default:
        throw new IllegalArgumentException("--lang: use id or en, not '" + lang + "'");
    }
  }

  /** Writes the report in the chosen format and returns the exit code. */
  int emit(Report report, PrintWriter stdout) throws IOException {
    String text = switch (format) {
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
    // the gate: nothing evaluated is never success (Report.outcome: 0 ready, 1 blockers, 2 unreadable, 3 incomplete)
    return report.outcome().exitCode();
  }
}
