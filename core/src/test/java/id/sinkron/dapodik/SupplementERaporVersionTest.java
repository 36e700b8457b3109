package id.sinkron.dapodik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.Supplement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supplement's {@code erapor_version} (0.2): read as text, written back by {@code saveTo}. */
class SupplementERaporVersionTest {
  @TempDir Path tmp;

  /**
   * A copy of the SMK quirks dump whose supplement starts with {@code "erapor_version": <json>}.
   */
  Path dumpWith(String json) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "dump");
    try (Stream<Path> files = Files.list(Fixtures.dump(Fixtures.SMK))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName().toString()));
      }
    }
    Path sup = dir.resolve("sinkron-supplement.json");
    String text = Files.readString(sup, StandardCharsets.UTF_8);
    Files.writeString(
        sup,
        "{\"erapor_version\": " + json + ",\n" + text.substring(text.indexOf('{') + 1),
        StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void aStringOrANumberIsKeptAsText() throws IOException {
    assertThat(
            WebServiceDump.read(dumpWith("\" 7.0.4 \""))
                .supplement()
                .flatMap(Supplement::eraporVersion))
        .contains("7.0.4");
    assertThat(WebServiceDump.read(dumpWith("8")).supplement().flatMap(Supplement::eraporVersion))
        .contains("8");
    assertThat(
            WebServiceDump.read(dumpWith("null")).supplement().flatMap(Supplement::eraporVersion))
        .isEmpty();
    assertThat(
            WebServiceDump.read(Fixtures.dump(Fixtures.SMK))
                .supplement()
                .flatMap(Supplement::eraporVersion))
        .isEmpty();
  }

  @Test
  void anObjectIsAFormatErrorNamingTheField() throws IOException {
    Path dir = dumpWith("{\"smk\": \"7.0.4\"}");
    assertThatThrownBy(() -> WebServiceDump.read(dir))
        .isInstanceOf(DapodikFormatException.class)
        .hasMessageContaining("erapor_version")
        .hasMessageContaining("sinkron-supplement.json");
  }

  @Test
  void saveToWritesItBack() throws IOException {
    SchoolSnapshot s = WebServiceDump.read(dumpWith("\"7.0.4\""));
    Path out = tmp.resolve("saved");
    WebServiceDump.write(s, out);
    assertThat(WebServiceDump.read(out).supplement().flatMap(Supplement::eraporVersion))
        .contains("7.0.4");
  }
}
