package id.sinkron.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.testkit.SchoolGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a saved dump folder of a generated 1,000-student SMP ({@code WebServiceDump.read}),
 * against plain Jackson parsing the same files into {@code JsonNode} trees (the baseline of the
 * ratio).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DumpReadBenchmark {
  @Param({"1000", "5000"})
  public int students;

  Path dir;
  List<Path> files;
  final ObjectMapper mapper = new ObjectMapper();

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("sinkron-bench-dump");
    SchoolGenerator.smp().seed(1000).students(students).saveTo(dir);
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public SchoolSnapshot read() {
    return WebServiceDump.read(dir);
  }

  @Benchmark
  public void jacksonTree(Blackhole bh) throws IOException {
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        JsonNode n = mapper.readTree(in);
        bh.consume(n);
      }
    }
  }
}
