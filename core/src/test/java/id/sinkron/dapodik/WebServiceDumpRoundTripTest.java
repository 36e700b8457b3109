package id.sinkron.dapodik;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutablePtk;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.ImmutableSekolah;
import id.sinkron.model.ImmutableSertifikasi;
import id.sinkron.model.ImmutableTugasTambahan;
import id.sinkron.model.InputProblemCode;
import id.sinkron.model.SchoolSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** read → write → read gives an equal snapshot. */
class WebServiceDumpRoundTripTest {
  @TempDir Path tmp;

  static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.SMK, Fixtures.SD, Fixtures.EMPTY_LISTS})
  void cleanFixturesRoundTripExactly(String fixture) {
    SchoolSnapshot first = WebServiceDump.read(Fixtures.dump(fixture));
    WebServiceDump.write(first, tmp.resolve("out"));
    SchoolSnapshot second = WebServiceDump.read(tmp.resolve("out"));
    assertThat(Fixtures.normalised(second)).isEqualTo(Fixtures.normalised(first));
    assertThat(second.provenance().source())
        .isEqualTo(tmp.resolve("out").toAbsolutePath().normalize().toString());
  }

  @Test
  void unreadableRowsAreNotWrittenSoOnlyTheirProblemsDiffer() {
    SchoolSnapshot first = WebServiceDump.read(Fixtures.dump(Fixtures.UNREADABLE));
    WebServiceDump.write(first, tmp.resolve("out"));
    SchoolSnapshot second = WebServiceDump.read(tmp.resolve("out"));
    SchoolSnapshot expected =
        ImmutableSchoolSnapshot.copyOf(first)
            .withInputProblems(
                first.inputProblems().stream()
                    .filter(p -> p.code() != InputProblemCode.ROW_UNREADABLE)
                    .toList());
    assertThat(Fixtures.normalised(second)).isEqualTo(Fixtures.normalised(expected));
    assertThat(second.inputProblems())
        .extracting(p -> p.code())
        .containsExactly(InputProblemCode.SEMESTER_MIXED);
    // and from then on it is stable
    WebServiceDump.write(second, tmp.resolve("again"));
    assertThat(Fixtures.normalised(WebServiceDump.read(tmp.resolve("again"))))
        .isEqualTo(Fixtures.normalised(second));
  }

  @Test
  void writtenFilesHaveTheWebServiceShape() throws IOException {
    WebServiceDump.write(WebServiceDump.read(Fixtures.dump(Fixtures.SMK)), tmp);
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "getSekolah.json",
              "getGtk.json",
              "getPesertaDidik.json",
              "getRombonganBelajar.json",
              "getPengguna.json",
              "sinkron-supplement.json");
    }
    JsonNode sekolah = JSON.readTree(tmp.resolve("getSekolah.json").toFile());
    assertThat(sekolah.get("rows").isObject()).isTrue();
    assertThat(sekolah.at("/rows/bentuk_pendidikan_id").isInt())
        .as("integer columns are numbers")
        .isTrue();
    assertThat(sekolah.at("/rows/is_sks").isBoolean()).isTrue();
    JsonNode gtk = JSON.readTree(tmp.resolve("getGtk.json").toFile());
    assertThat(gtk.get("results").asInt()).isEqualTo(4);
    assertThat(gtk.get("rows").isArray()).isTrue();
    // results equals the rows written (issue 12), limit too (it was 0): a reader that checks
    // results agrees
    for (String f :
        List.of(
            "getGtk.json",
            "getPesertaDidik.json",
            "getRombonganBelajar.json",
            "getPengguna.json")) {
      JsonNode n = JSON.readTree(tmp.resolve(f).toFile());
      assertThat(n.get("results").asInt()).as(f).isEqualTo(n.get("rows").size()).isPositive();
      assertThat(n.get("limit").asInt()).as(f).isEqualTo(n.get("rows").size());
      assertThat(n.get("start").asInt()).as(f).isZero();
    }
    assertThat(gtk.at("/rows/0/ptk_induk").asText()).isEqualTo("1");
    assertThat(gtk.at("/rows/0/jenis_ptk_id").isTextual()).isTrue();
    JsonNode pd = JSON.readTree(tmp.resolve("getPesertaDidik.json").toFile());
    assertThat(pd.at("/rows/2/anggota_rombel_id").asText())
        .isEqualTo("Belum masuk ke dalam rombongan belajar");
    assertThat(pd.at("/rows/2/rombongan_belajar_id").isNull()).isTrue();
    assertThat(Files.readString(tmp.resolve("getPengguna.json"))).doesNotContain("password");
  }

  @Test
  void emptyListsAreWrittenAsTheServerWouldSendThem() throws IOException {
    WebServiceDump.write(WebServiceDump.read(Fixtures.dump(Fixtures.EMPTY_LISTS)), tmp);
    JsonNode gtk = JSON.readTree(tmp.resolve("getGtk.json").toFile());
    assertThat(gtk.get("success").asBoolean(true)).isFalse();
    assertThat(gtk.get("message").asText()).isEqualTo("Data GTK tidak ditemukan");
  }

  @Test
  void writingReplacesAnOldDumpCompletely() throws IOException {
    Path dir = Fixtures.copy(Fixtures.SMK, tmp.resolve("d"));
    Files.writeString(dir.resolve("notes.txt"), "operator notes");
    SchoolSnapshot sd = WebServiceDump.read(Fixtures.dump(Fixtures.SD));
    WebServiceDump.write(sd, dir);
    assertThat(dir.resolve("getPengguna.json")).doesNotExist();
    assertThat(dir.resolve("sinkron-supplement.json")).doesNotExist();
    assertThat(dir.resolve("notes.txt")).exists();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
    assertThat(Fixtures.normalised(WebServiceDump.read(dir))).isEqualTo(Fixtures.normalised(sd));
  }

  @Test
  void aSnapshotBuiltInJavaGetsASupplementForItsPtkData() {
    SchoolSnapshot s =
        ImmutableSchoolSnapshot.builder()
            .sekolah(
                ImmutableSekolah.builder()
                    .sekolahId("s-1")
                    .nama("SMP CONTOH")
                    .npsn("69999903")
                    .build())
            .addPtk(
                ImmutablePtk.builder()
                    .ptkId("p-1")
                    .nama("GURU SATU")
                    .nrg("112233445566")
                    .addSertifikasi(
                        ImmutableSertifikasi.builder()
                            .bidangStudiSertifikasi("180")
                            .tahunSertifikasi(2015)
                            .build())
                    .addTugasTambahan(
                        ImmutableTugasTambahan.builder()
                            .jabatanPtkId("11")
                            .tmtTambahan(LocalDate.of(2025, 7, 14))
                            .build())
                    .build())
            .build();
    WebServiceDump.write(s, tmp);
    SchoolSnapshot back = WebServiceDump.read(tmp);
    assertThat(back.ptk())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.nrg()).contains("112233445566");
              assertThat(p.sertifikasi()).hasSize(1);
              assertThat(p.tugasTambahan()).hasSize(1);
            });
    assertThat(back.ptkSupplementKnown()).isTrue();
    assertThat(back.endpoints()).contains(Endpoint.SEKOLAH, Endpoint.GTK);
    // zero students: written as the server's empty-list error, read back as zero rows
    assertThat(back.has(Endpoint.PESERTA_DIDIK)).isTrue();
    assertThat(back.pesertaDidik()).isEmpty();
  }
}
