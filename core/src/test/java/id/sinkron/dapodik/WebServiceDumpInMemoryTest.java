package id.sinkron.dapodik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.Checker;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutableProvenance;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.InputProblemCode;
import id.sinkron.model.SchoolSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code WebServiceDump.read(source, files)} reads bodies held in memory exactly as the same files
 * in a folder.
 */
class WebServiceDumpInMemoryTest {
  static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> m = new HashMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.toList()) {
        m.put(f.getFileName().toString(), Files.readAllBytes(f));
      }
    }
    return m;
  }

  static SchoolSnapshot withSource(SchoolSnapshot s, String source) {
    return ImmutableSchoolSnapshot.copyOf(s)
        .withProvenance(ImmutableProvenance.copyOf(s.provenance()).withSource(source));
  }

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.SMK, Fixtures.SD, Fixtures.EMPTY_LISTS, Fixtures.UNREADABLE})
  void sameSnapshotAsTheFolder(String fixture) throws IOException {
    Path dir = Fixtures.dump(fixture);
    SchoolSnapshot fromFolder = WebServiceDump.read(dir);
    SchoolSnapshot inMemory = WebServiceDump.read("table row 7", files(dir));
    assertThat(inMemory.provenance().source()).isEqualTo("table row 7");
    assertThat(inMemory).isEqualTo(withSource(fromFolder, "table row 7"));
    assertThat(inMemory.inputProblems()).isEqualTo(fromFolder.inputProblems());
  }

  @Test
  void endpointNamesMayLeaveOutTheExtensionAndMissingRequiredBodiesAreReported()
      throws IOException {
    Map<String, byte[]> f = files(Fixtures.dump(Fixtures.SMK));
    Map<String, byte[]> renamed = new HashMap<>();
    renamed.put("getSekolah", f.get("getSekolah.json"));
    renamed.put("getGtk", f.get("getGtk.json"));
    renamed.put("getRombonganBelajar.json", f.get("getRombonganBelajar.json"));
    renamed.put("getPesertaDidik", null);
    renamed.put(WebServiceDump.SUPPLEMENT_FILE, f.get(WebServiceDump.SUPPLEMENT_FILE));
    SchoolSnapshot s = WebServiceDump.read("x", renamed);
    assertThat(s.endpoints())
        .containsExactlyInAnyOrder(Endpoint.SEKOLAH, Endpoint.GTK, Endpoint.ROMBONGAN_BELAJAR);
    assertThat(s.inputProblems())
        .filteredOn(p -> p.code() == InputProblemCode.ENDPOINT_MISSING)
        .singleElement()
        .satisfies(p -> assertThat(p.endpoint()).contains(Endpoint.PESERTA_DIDIK));
    assertThat(s.ptk()).isNotEmpty().anySatisfy(p -> assertThat(p.sertifikasi()).isNotEmpty());
  }

  @Test
  void unknownNamesAndDuplicatesAreRejected() {
    byte[] b = "{}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> WebServiceDump.read("x", Map.of("getGuru.json", b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("getGuru.json");
    assertThatThrownBy(() -> WebServiceDump.read("x", Map.of("getGtk", b, "getGtk.json", b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("getGtk.json");
  }

  @Test
  void aBodyThatIsNotJsonNamesTheFile() throws IOException {
    Map<String, byte[]> f = files(Fixtures.dump(Fixtures.SD));
    f.put("getGtk.json", "Access denied".getBytes(StandardCharsets.UTF_8));
    assertThat(WebServiceDump.read("x", f).inputProblems())
        .extracting(p -> p.code())
        .contains(InputProblemCode.WS_ERROR);
    f.put("getGtk.json", "{\"rows\": [".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> WebServiceDump.read("x", f))
        .isInstanceOf(DapodikFormatException.class)
        .hasMessageContaining("getGtk.json");
  }

  @Test
  void checkerTurnsAnUnreadableSchoolIntoItsInputProblem() throws IOException {
    Checker checker = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31));
    Map<String, byte[]> f = files(Fixtures.dump(Fixtures.SD));
    f.put("getPesertaDidik.json", "{\"rows\": [".getBytes(StandardCharsets.UTF_8));
    Report r = checker.check("kab/row-3", () -> WebServiceDump.read("kab/row-3", f));
    assertThat(r.inputProblems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(InputProblemCode.ROW_UNREADABLE);
              assertThat(p.file()).contains("kab/row-3");
              assertThat(p.detail()).contains("getPesertaDidik.json");
            });
    for (Application a : Application.values()) {
      assertThat(r.verdict(a)).isEqualTo(Verdict.NOT_EVALUATED);
    }
    Report missing =
        checker.check(
            "gone",
            () -> {
              throw new UncheckedIOException(new java.nio.file.NoSuchFileException("gone"));
            });
    assertThat(missing.inputProblems())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo(InputProblemCode.ENDPOINT_MISSING));
    Report good = checker.check("ok", () -> WebServiceDump.read(Fixtures.dump(Fixtures.SD)));
    assertThat(good.toJson(false))
        .isEqualTo(checker.check(WebServiceDump.read(Fixtures.dump(Fixtures.SD))).toJson(false));
  }
}
