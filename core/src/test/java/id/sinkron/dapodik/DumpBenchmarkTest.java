package id.sinkron.dapodik;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Opt-in timing run ({@code -Dsinkron.bench=true}); prints the figure, asserts nothing. */
@EnabledIfSystemProperty(named = "sinkron.bench", matches = "true")
class DumpBenchmarkTest {
  @Test
  void readAFiveThousandStudentSchool(@TempDir Path dir) throws Exception {
    System.out.println("[sinkron.bench] " + DumpBenchmark.run(dir, 15, 31));
  }
}
