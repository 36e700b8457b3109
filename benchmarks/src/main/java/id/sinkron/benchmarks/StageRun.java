package id.sinkron.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.Checker;
import id.sinkron.Sinkron;
import id.sinkron.check.Report;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.SchoolSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where the time of {@link KabupatenRun}'s Sinkron phase goes, on one thread and in steady state:
 * for each round, plain Jackson {@code readTree} of every file, then per folder {@code
 * WebServiceDump.read}, {@code Checker.check} and the compact report JSON (to a null writer), each
 * timed and printed as a multiple of the Jackson round. Usage: {@code StageRun DIR [ROUNDS]} on a
 * folder written by {@code KabupatenRun --dir DIR}; read the last rounds (the JIT needs about five
 * to settle).
 */
public final class StageRun {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private StageRun() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    List<Path> folders = new ArrayList<>();
    try (Stream<Path> s = Files.list(root)) {
      s.filter(Files::isDirectory).sorted().forEach(folders::add);
    }
    Checker checker = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31));
    Writer nowhere = Writer.nullWriter();
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      for (Path d : folders) {
        try (Stream<Path> s = Files.list(d)) {
          for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
            try (InputStream in = Files.newInputStream(f)) {
              MAPPER.readTree(in);
            }
          }
        }
      }
      double jackson = System.nanoTime() - t0;
      long read = 0;
      long check = 0;
      long json = 0;
      for (Path d : folders) {
        long a = System.nanoTime();
        SchoolSnapshot s = WebServiceDump.read(d);
        long b = System.nanoTime();
        Report r = checker.check(s);
        long c = System.nanoTime();
        r.writeJson(nowhere, false);
        long e = System.nanoTime();
        read += b - a;
        check += c - b;
        json += e - c;
      }
      System.out.printf(
          Locale.ROOT,
          "round %d: Jackson %.2f s; Sinkron %.2f s = %.2f x (read %.2f x, check %.2f x, report JSON %.2f x)%n",
          round,
          jackson / 1e9,
          (read + check + json) / 1e9,
          (read + check + json) / jackson,
          read / jackson,
          check / jackson,
          json / jackson);
    }
  }
}
