package id.sinkron.examples.cli;

import id.sinkron.compare.Comparison;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.SchoolSnapshot;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sinkron diff OLD NEW} / {@code sinkron diff --last DIR/NPSN}: what the edits between two
 * dump folders of one school will do downstream. Exit 1 when the change brings in a blocker;
 * otherwise 3 when either report is incomplete (a requested application not evaluated), else 0; 2
 * for bad usage or unreadable input.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Compare two dump folders of one school (e.g. the last sync and now): findings fixed and new, "
            + "teachers whose Info GTK prediction changes, students entering or leaving the BOSP count, rombel "
            + "deleted, re-created or renamed. Exit 1 when the change brings in a blocker.")
final class DiffCommand implements Callable<Integer> {
  @Parameters(
      index = "0..1",
      arity = "0..2",
      paramLabel = "DIR",
      description = "OLD and NEW dump folders.")
  List<Path> dirs;

  @Option(
      names = "--last",
      paramLabel = "DIR",
      description =
          "A history folder written by 'fetch --history' (DIR/NPSN): compare its two latest fetches.")
  Path last;

  @Mixin ReportOptions options;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path[] pair = folders();
    SchoolSnapshot before = WebServiceDump.read(pair[0]);
    SchoolSnapshot after = WebServiceDump.read(pair[1]);
    Comparison c = options.checker(null).compare(before, after);
    String text =
        switch (options.format) {
          case json -> c.toJson() + "\n";
          case html -> new DiffHtmlRenderer().render(c, pair[0], pair[1]);
          case text -> new DiffTextRenderer().render(c, pair[0], pair[1]);
        };
    write(text);
    if (c.introducesBlocker()) {
      return SinkronCli.BLOCKERS;
    }
    // a comparison of reports that are not whole says nothing certain about what did not change
    return c.before().isComplete() && c.after().isComplete()
        ? SinkronCli.READY
        : SinkronCli.INCOMPLETE;
  }

  private Path[] folders() throws IOException {
    if (last != null) {
      if (dirs != null && !dirs.isEmpty()) {
        throw new IllegalArgumentException("diff: give either OLD NEW or --last DIR, not both");
      }
      if (!Files.isDirectory(last)) {
        throw new IllegalArgumentException(last + ": not a folder");
      }
      List<Path> fetches;
      try (Stream<Path> s = Files.list(last)) {
        fetches = s.filter(Files::isDirectory).sorted().toList();
      }
      if (fetches.size() < 2) {
        throw new IllegalArgumentException(
            last + ": needs two fetches to compare, found " + fetches.size());
      }
      return new Path[] {fetches.get(fetches.size() - 2), fetches.get(fetches.size() - 1)};
    }
    if (dirs == null || dirs.size() != 2) {
      throw new IllegalArgumentException("diff: give OLD and NEW dump folders, or --last DIR");
    }
    for (Path d : dirs) {
      if (!Files.isDirectory(d)) {
        throw new IllegalArgumentException(d + ": not a folder");
      }
    }
    return new Path[] {dirs.get(0), dirs.get(1)};
  }

  private void write(String text) throws IOException {
    if (options.out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return;
    }
    Path abs = options.out.toAbsolutePath();
    Path tmp = Files.createTempFile(abs.getParent(), ".sinkron-", ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write(text);
    }
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
