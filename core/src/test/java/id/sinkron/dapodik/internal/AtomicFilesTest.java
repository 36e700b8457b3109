package id.sinkron.dapodik.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  static String[] names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void replacesFilesAndRemovesStaleOnes() throws IOException {
    Files.writeString(dir.resolve("a.json"), "old a");
    Files.writeString(dir.resolve("stale.json"), "stale");
    Files.writeString(dir.resolve("mine.txt"), "keep");
    Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
    files.put("a.json", out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
    files.put(
        "b.json",
        out -> {
          out.write("new b".getBytes(StandardCharsets.UTF_8));
          out.close(); // contents may close their stream (Jackson does)
        });
    AtomicFiles.replace(dir, files, Set.of("a.json", "b.json", "stale.json"));
    assertThat(names(dir)).containsExactly("a.json", "b.json", "mine.txt");
    assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo("new a");
    assertThat(Files.readString(dir.resolve("b.json"))).isEqualTo("new b");
  }

  @Test
  void aFailureWhileWritingChangesNothingAndLeavesNoTemporaryFile() throws IOException {
    Files.writeString(dir.resolve("a.json"), "old a");
    Files.writeString(dir.resolve("b.json"), "old b");
    Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
    files.put("a.json", out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
    files.put(
        "b.json",
        out -> {
          out.write("half of b".getBytes(StandardCharsets.UTF_8));
          throw new IOException("disk full");
        });
    assertThatThrownBy(() -> AtomicFiles.replace(dir, files, Set.of("a.json", "b.json")))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(names(dir)).containsExactly("a.json", "b.json");
    assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo("old a");
    assertThat(Files.readString(dir.resolve("b.json"))).isEqualTo("old b");
  }
}
