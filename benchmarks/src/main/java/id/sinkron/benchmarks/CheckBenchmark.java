package id.sinkron.benchmarks;

import id.sinkron.Checker;
import id.sinkron.Sinkron;
import id.sinkron.check.Report;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.testkit.SchoolGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Checking one generated school with every validator on the classpath (Info GTK, E-Rapor, ARKAS),
 * as of the generator's reference date; the default school is clean, so this is the cost of
 * evaluating every rule, not of rendering findings. {@code checkAndJson} adds the compact report
 * JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CheckBenchmark {
  @Param({"1000"})
  public int students;

  SchoolSnapshot school;
  Checker checker;

  @Setup
  public void setUp() {
    SchoolGenerator g = SchoolGenerator.smp().seed(1000).students(students);
    school = g.build();
    checker = Sinkron.checker().asOf(g.referenceDate());
    if (checker.validators().size() < 3) {
      System.err.println("warning: only " + checker.validators() + " on the classpath");
    }
  }

  @Benchmark
  public Report check() {
    return checker.check(school);
  }

  @Benchmark
  public String checkAndJson() {
    return checker.check(school).toJson(false);
  }
}
