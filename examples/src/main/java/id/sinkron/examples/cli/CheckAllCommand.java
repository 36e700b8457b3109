package id.sinkron.examples.cli;

import id.sinkron.Checker;
import id.sinkron.ReportOrder;
import id.sinkron.check.Application;
import id.sinkron.check.ApplicationSummary;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sinkron check-all ROOT}: checks every dump folder directly under {@code ROOT} (sorted by
 * name) in parallel and writes one compact report JSON per line (JSON Lines, in folder order), with
 * a progress bar on standard error and a summary at the end. Memory stays bounded by a few schools
 * whatever the number of folders ({@code Checker.checkDumps}).
 *
 * <p>Exit codes: 0 every school is ready (every requested application evaluated and ready); 2 bad
 * usage, a {@code ROOT} without dump folders, or at least one folder with nothing readable (its
 * line in the results carries the input problems; the other schools are still checked); else 1 when
 * at least one school has blockers; else 3 when at least one school could not be evaluated whole.
 * The summary counts the schools per outcome.
 */
@Command(
    name = "check-all",
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every school: every requested application evaluated and ready",
      "1:at least one school has a blocker (and every folder was readable)",
      "2:usage error, no dump folder under ROOT, or at least one folder with nothing readable",
      "3:no blocker and every folder readable, but some requested application of some school could not be evaluated"
    },
    description =
        "Check every dump folder under ROOT (one school each) in parallel; write one report JSON per line.")
final class CheckAllCommand implements Callable<Integer> {
  /**
   * Schools in flight per worker thread. Reports come out in folder order, so one large school
   * holds back the others; a window of 8 per thread keeps the workers busy (measured: a window of
   * 16 on 2 threads ran 20–30 % faster than 4) while memory stays bounded by a few schools.
   */
  static final int IN_FLIGHT_PER_THREAD = 8;

  @Parameters(
      index = "0",
      paramLabel = "ROOT",
      description = "Folder whose sub-folders are dump folders.")
  Path root;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the JSON Lines to FILE instead of standard output.")
  Path out;

  @Mixin CheckerOptions options = new CheckerOptions();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads; default the number of processors.")
  Integer threads;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Draw a progress bar on standard error (default: only when it is a terminal).")
  Boolean progress;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException(root + ": not a folder");
    }
    Checker checker = options.checker(null);
    CliText text = new CliText(options.locale());
    List<Path> dirs;
    try (Stream<Path> s = Files.list(root)) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    if (dirs.isEmpty()) {
      throw new IllegalArgumentException(text.t("checkall.noDumps", root));
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (n < 1) {
      throw new IllegalArgumentException("--threads must be at least 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Tally tally = new Tally();
    long start = System.nanoTime();
    Progress bar = new Progress(err, dirs.size(), progressBar(), text);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            n,
            r -> {
              Thread t = new Thread(r, "sinkron-check-all");
              t.setDaemon(true);
              return t;
            });
    Path tmp = null;
    try {
      Writer w;
      if (out == null) {
        w = stdout;
      } else {
        Path abs = out.toAbsolutePath();
        tmp = Files.createTempFile(abs.getParent(), ".sinkron-", ".tmp");
        w =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8));
      }
      try (Stream<Report> reports =
          checker.checkDumps(dirs.stream(), pool, IN_FLIGHT_PER_THREAD * n, ReportOrder.INPUT)) {
        for (Report r : (Iterable<Report>) reports::iterator) {
          r.writeJson(w, false);
          w.write('\n');
          tally.add(r);
          bar.step(tally);
        }
      }
      w.flush();
      if (out != null) {
        w.close();
        Files.move(
            tmp,
            out.toAbsolutePath(),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        tmp = null;
      }
    } finally {
      pool.shutdownNow();
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
    }
    bar.done();
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter summary = out == null ? err : stdout;
    tally.print(summary, text, seconds, out);
    summary.flush();
    if (tally.unreadable > 0) {
      return SinkronCli.BAD_INPUT;
    }
    if (tally.notReady > 0) {
      return SinkronCli.BLOCKERS;
    }
    return tally.incomplete > 0 ? SinkronCli.INCOMPLETE : SinkronCli.READY;
  }

  /**
   * {@code --progress} / {@code --no-progress} when given, else only when standard error is a
   * terminal.
   */
  boolean progressBar() {
    return progress != null ? progress : System.console() != null;
  }

  /** Counts per application and verdict, findings per severity, unreadable schools. */
  static final class Tally {
    final Map<Application, Map<Verdict, Integer>> verdicts = new EnumMap<>(Application.class);
    int schools;
    int ready;
    int notReady;
    int incomplete;
    int unreadable;
    long blockers;
    long warnings;
    long infos;

    void add(Report r) {
      schools++;
      for (ApplicationSummary s : r.applications().values()) {
        verdicts
            .computeIfAbsent(s.application(), a -> new EnumMap<>(Verdict.class))
            .merge(s.verdict(), 1, Integer::sum);
        blockers += s.blockers();
        warnings += s.warnings();
        infos += s.infos();
      }
      switch (r.outcome()) {
        case READY -> ready++;
        case NOT_READY -> notReady++;
        case INCOMPLETE -> incomplete++;
        case UNREADABLE -> unreadable++;
      }
    }

    void print(PrintWriter w, CliText text, double seconds, Path out) {
      w.println(text.t("checkall.summary.title", schools));
      w.println(
          "  " + text.t("checkall.summary.outcomes", ready, notReady, incomplete, unreadable));
      for (Map.Entry<Application, Map<Verdict, Integer>> e : verdicts.entrySet()) {
        Map<Verdict, Integer> v = e.getValue();
        w.println(
            "  "
                + text.t(
                    "checkall.summary.app",
                    text.t("app." + e.getKey().name()),
                    v.getOrDefault(Verdict.READY, 0),
                    v.getOrDefault(Verdict.NOT_READY, 0),
                    v.getOrDefault(Verdict.NOT_EVALUATED, 0)));
      }
      w.println("  " + text.t("checkall.summary.findings", blockers, warnings, infos));
      if (unreadable > 0) {
        w.println("  " + text.t("checkall.summary.unreadable", unreadable));
      }
      w.println(
          "  "
              + text.t(
                  "checkall.summary.time",
                  String.format(Locale.ROOT, "%.1f", seconds),
                  String.format(Locale.ROOT, "%.1f", schools / Math.max(seconds, 1e-9))));
      if (out != null) {
        w.println("  " + text.t("checkall.summary.out", out));
      }
    }
  }

  /**
   * A one-line progress bar redrawn with a carriage return, at most every 100 ms and at the end.
   */
  static final class Progress {
    private static final int BAR = 30;
    private final PrintWriter err;
    private final int total;
    private final boolean on;
    private final CliText text;
    private final long start = System.nanoTime();
    private long last;

    Progress(PrintWriter err, int total, boolean on, CliText text) {
      this.err = err;
      this.total = total;
      this.on = on;
      this.text = text;
    }

    void step(Tally t) {
      long now = System.nanoTime();
      if (!on || (now - last < 100_000_000L && t.schools < total)) {
        return;
      }
      last = now;
      int filled = (int) ((long) BAR * t.schools / total);
      err.print(
          "\r["
              + "#".repeat(filled)
              + "-".repeat(BAR - filled)
              + "] "
              + text.t(
                  "checkall.progress",
                  t.schools,
                  total,
                  t.notReady,
                  t.unreadable,
                  (now - start) / 1_000_000_000L));
      err.flush();
    }

    void done() {
      if (on) {
        err.println();
        err.flush();
      }
    }
  }
}
