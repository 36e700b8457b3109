package id.sinkron.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.Checker;
import id.sinkron.ReportOrder;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import id.sinkron.testkit.Defect;
import id.sinkron.testkit.SchoolGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * End-to-end run over a generated kabupaten: {@code --schools} dump folders (default 1,000; SD,
 * SMP, SMA and SMK with 60–440 students, ≈ 250 on average, about a third with one to three
 * catalogue defects) are written once to a folder, then
 *
 * <ol>
 *   <li>plain Jackson parses every file of every folder into a {@code JsonNode} tree (the
 *       baseline);
 *   <li>Sinkron reads and checks every folder with {@code Checker.checkDumps} and writes one
 *       compact report per line (as {@code sinkron check-all} does);
 * </ol>
 *
 * both on the same fixed thread pool ({@code --threads}, default the number of processors), after a
 * warm-up pass of each over the first {@code --warmup} folders. It prints wall time, students per
 * second per core, the peak heap used (sampled every 5 ms) and the ratio Sinkron time / Jackson
 * time.
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar id.sinkron.benchmarks.KabupatenRun --schools 1000
 * </pre>
 *
 * Options: {@code --dir DIR} (reuse or create the kabupaten there; default a temporary folder,
 * deleted at the end unless {@code --keep}), {@code --threads N}, {@code --warmup N} (default 100),
 * {@code --generate-only} (write the kabupaten to {@code --dir} and stop: input for {@code
 * check-all} and the Spark job, see {@code benchmarks/spark-vs-check-all.sh}).
 */
public final class KabupatenRun {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private KabupatenRun() {}

  public static void main(String[] args) throws Exception {
    int schools = intArg(args, "--schools", 1000);
    int threads = intArg(args, "--threads", Runtime.getRuntime().availableProcessors());
    int warmup = intArg(args, "--warmup", 100);
    String dirArg = strArg(args, "--dir", null);
    boolean keep = List.of(args).contains("--keep") || dirArg != null;
    Path root = dirArg != null ? Path.of(dirArg) : Files.createTempDirectory("sinkron-kabupaten");

    System.out.printf(
        Locale.ROOT,
        "machine: %d processors, java %s (%s), max heap %d MB%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));

    long t0 = System.nanoTime();
    Kabupaten kab = generate(root, schools);
    System.out.printf(
        Locale.ROOT,
        "kabupaten: %d schools, %d students, %d PTK, %.1f MB of JSON in %s (ready in %.1f s)%n",
        kab.folders.size(),
        kab.students,
        kab.ptk,
        kab.bytes / 1e6,
        root,
        (System.nanoTime() - t0) / 1e9);
    if (List.of(args).contains("--generate-only")) {
      return;
    }

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Checker checker = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31));
      List<Path> head = kab.folders.subList(0, Math.min(warmup, kab.folders.size()));
      jackson(head, pool);
      sinkron(checker, head, pool, threads, root.resolve("warmup.jsonl"));

      HeapSampler heap = new HeapSampler();
      System.gc();
      heap.start();
      long j0 = System.nanoTime();
      long nodes = jackson(kab.folders, pool);
      double jackson = (System.nanoTime() - j0) / 1e9;
      long jacksonPeak = heap.stop();

      System.gc();
      heap = new HeapSampler();
      heap.start();
      long s0 = System.nanoTime();
      Result r = sinkron(checker, kab.folders, pool, threads, root.resolve("results.jsonl"));
      double sinkron = (System.nanoTime() - s0) / 1e9;
      long sinkronPeak = heap.stop();

      int cores = Math.min(threads, Runtime.getRuntime().availableProcessors());
      System.out.printf(
          Locale.ROOT,
          "plain Jackson tree parse: %.2f s (%d top-level nodes), peak heap %d MB%n",
          jackson,
          nodes,
          jacksonPeak / (1024 * 1024));
      System.out.printf(
          Locale.ROOT,
          "Sinkron read+check+JSONL: %.2f s, %d reports (%s), %d findings, peak heap %d MB%n",
          sinkron,
          r.reports,
          r.verdicts,
          r.findings,
          sinkronPeak / (1024 * 1024));
      System.out.printf(
          Locale.ROOT,
          "students/s: %.0f total, %.0f per core (%d threads on %d cores)%n",
          kab.students / sinkron,
          kab.students / sinkron / cores,
          threads,
          cores);
      System.out.printf(Locale.ROOT, "ratio Sinkron / Jackson: %.2f%n", sinkron / jackson);
    } finally {
      pool.shutdown();
      if (!keep) {
        delete(root);
      }
    }
  }

  record Kabupaten(List<Path> folders, long students, long ptk, long bytes) {}

  record Result(long reports, long findings, Map<Verdict, Long> verdicts) {}

  /** Writes the kabupaten (or reuses one already written there with the same number of schools). */
  static Kabupaten generate(Path root, int schools) throws IOException {
    Path manifest = root.resolve("kabupaten.tsv");
    List<Path> folders = new ArrayList<>();
    long students = 0;
    long ptk = 0;
    if (Files.exists(manifest) && Files.readAllLines(manifest).size() == schools) {
      for (String line : Files.readAllLines(manifest)) {
        String[] f = line.split("\t");
        folders.add(root.resolve(f[0]));
        students += Long.parseLong(f[1]);
        ptk += Long.parseLong(f[2]);
      }
    } else {
      Random rnd = new Random(2026);
      Defect[] defects = Defect.values();
      StringBuilder tsv = new StringBuilder();
      for (int i = 0; i < schools; i++) {
        double b = rnd.nextDouble();
        SchoolGenerator g =
            b < 0.55
                ? SchoolGenerator.sd()
                : b < 0.8
                    ? SchoolGenerator.smp()
                    : b < 0.9 ? SchoolGenerator.sma() : SchoolGenerator.smk();
        g.seed(i).students(60 + rnd.nextInt(381));
        if (rnd.nextInt(3) == 0) {
          for (int k = rnd.nextInt(3); k >= 0; k--) {
            g.with(defects[rnd.nextInt(defects.length)]);
          }
        }
        Path dir = root.resolve(String.format("%04d", i));
        id.sinkron.model.SchoolSnapshot s;
        try {
          s = g.saveTo(dir);
        } catch (IllegalStateException tooSmall) {
          s = SchoolGenerator.of(g.bentuk()).seed(i).students(250).saveTo(dir);
        }
        folders.add(dir);
        students += s.pesertaDidik().size();
        ptk += s.ptk().size();
        tsv.append(dir.getFileName())
            .append('\t')
            .append(s.pesertaDidik().size())
            .append('\t')
            .append(s.ptk().size())
            .append('\n');
      }
      Files.writeString(manifest, tsv);
    }
    long bytes = 0;
    for (Path d : folders) {
      try (Stream<Path> s = Files.list(d)) {
        for (Path f : s.toList()) {
          bytes += Files.size(f);
        }
      }
    }
    return new Kabupaten(folders, students, ptk, bytes);
  }

  /**
   * Parses every JSON file of every folder into a tree on the pool; returns the number of top-level
   * nodes.
   */
  static long jackson(List<Path> folders, ExecutorService pool) throws Exception {
    List<Future<Long>> futures = new ArrayList<>();
    for (Path d : folders) {
      futures.add(
          pool.submit(
              () -> {
                long n = 0;
                try (Stream<Path> s = Files.list(d)) {
                  for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(f)) {
                      JsonNode tree = MAPPER.readTree(in);
                      n += tree.size();
                    }
                  }
                }
                return n;
              }));
    }
    long total = 0;
    for (Future<Long> f : futures) {
      total += f.get();
    }
    return total;
  }

  static Result sinkron(
      Checker checker, List<Path> folders, ExecutorService pool, int threads, Path out)
      throws IOException {
    AtomicLong findings = new AtomicLong();
    Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    long reports = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        Stream<Report> rs =
            checker.checkDumps(folders.stream(), pool, threads * 8, ReportOrder.INPUT)) {
      for (Report r : (Iterable<Report>) rs::iterator) {
        r.writeJson(w, false);
        w.newLine();
        reports++;
        findings.addAndGet(r.findings().size());
        for (Application a : Application.values()) {
          verdicts.merge(r.verdict(a), 1L, Long::sum);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Result(reports, findings.get(), verdicts);
  }

  /**
   * Samples the used heap every 5 ms on a daemon thread; {@link #stop()} returns the maximum seen.
   */
  static final class HeapSampler {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile boolean running = true;
    private volatile long max;
    private Thread thread;

    void start() {
      thread =
          new Thread(
              () -> {
                while (running) {
                  max = Math.max(max, memory.getHeapMemoryUsage().getUsed());
                  try {
                    Thread.sleep(5);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    long stop() throws InterruptedException {
      running = false;
      thread.join();
      return Math.max(max, memory.getHeapMemoryUsage().getUsed());
    }
  }

  static void delete(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static int intArg(String[] args, String name, int def) {
    String v = strArg(args, name, null);
    return v == null ? def : Integer.parseInt(v);
  }

  private static String strArg(String[] args, String name, String def) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return def;
  }
}
