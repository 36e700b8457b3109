package id.sinkron.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ModelTest {
  static final String NIK = "3273011002750004";

  static Ptk ptk() {
    return ImmutablePtk.builder()
        .ptkId("p-1")
        .nama("BUDI CONTOH")
        .nik(NIK)
        .nuptk("3542753654200012")
        .nip("197502102005011003")
        .tanggalLahir(LocalDate.of(1975, 2, 10))
        .jenisKelamin(JenisKelamin.L)
        .jenisPtk(JenisPtk.of("4"))
        .statusKepegawaian(StatusKepegawaian.of("1"))
        .addSertifikasi(
            ImmutableSertifikasi.builder()
                .nomorSertifikat("123456789012")
                .nrg("112233445566")
                .bidangStudiSertifikasi("180")
                .build())
        .build();
  }

  @Test
  void toStringOfPtkContainsNoIdentifierDigitsNorName() {
    String s = ptk().toString();
    assertThat(s).doesNotContain("BUDI").doesNotContain("1975");
    // no run of 5 or more digits from any identifier
    assertThat(Pattern.compile("\\d{5,}").matcher(s).find()).as(s).isFalse();
    assertThat(s).contains("p-1");
  }

  @Test
  void jacksonRoundTripOfTheModel() throws Exception {
    ObjectMapper m =
        new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    SchoolSnapshot s =
        ImmutableSchoolSnapshot.builder()
            .sekolah(
                ImmutableSekolah.builder()
                    .sekolahId("s")
                    .nama("SMP")
                    .bentukPendidikan(BentukPendidikan.of("6"))
                    .build())
            .semesterId(SemesterId.of("20251"))
            .addPtk(ptk())
            .addRombel(
                ImmutableRombel.builder()
                    .rombonganBelajarId("r")
                    .nama("7A")
                    .jenisRombel(JenisRombel.KELAS)
                    .tingkatPendidikanId(7)
                    .addPembelajaran(
                        ImmutablePembelajaran.builder()
                            .pembelajaranId("pb")
                            .mataPelajaranId("401000000")
                            .jamMengajarPerMinggu(5)
                            .ptkId("p-1")
                            .build())
                    .build())
            .build();
    String json = m.writeValueAsString(s);
    assertThat(m.readValue(json, SchoolSnapshot.class)).isEqualTo(s);
  }

  @Test
  void codeTypesKnowTheirGroupsAndKeepUnknownIds() {
    assertThat(JenisPtk.of("20").isKepalaSekolah()).isTrue();
    assertThat(JenisPtk.of("20").isTeacher()).isTrue();
    assertThat(JenisPtk.of("11").isTeacher()).isFalse();
    assertThat(JenisPtk.of(" 777 ").id()).isEqualTo("777");
    assertThat(JenisPtk.of("777").isTeacher()).isFalse();
    assertThat(StatusKepegawaian.of("10").isPnsOrCpns()).isTrue();
    assertThat(StatusKepegawaian.of("11").isPppk()).isTrue();
    assertThat(StatusKepegawaian.of("4").isGtyPty()).isTrue();
    assertThat(JenisRombel.of("14").isClass()).isTrue();
    assertThat(JenisRombel.of("2").isClass()).isFalse();
    assertThat(JenisRombel.of("51").isClass()).isFalse();
    assertThat(JenisRombel.of("16").isElective()).isTrue();
    assertThat(BentukPendidikan.of("36").jenjang()).isEqualTo(Jenjang.SMP);
    assertThat(BentukPendidikan.of("15").jenjang()).isEqualTo(Jenjang.SMK);
    assertThat(BentukPendidikan.of("99").jenjang()).isEqualTo(Jenjang.OTHER);
    assertThat(Jenjang.SMK.allowsTingkat(13)).isTrue();
    assertThat(Jenjang.SMA.allowsTingkat(13)).isFalse();
    assertThatThrownBy(() -> JenisPtk.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void semesterId() {
    SemesterId s = SemesterId.of("20251");
    assertThat(s.tahunAjaranStart()).isEqualTo(2025);
    assertThat(s.tahunAjaran()).isEqualTo("2025/2026");
    assertThat(s.isGanjil()).isTrue();
    assertThat(SemesterId.ofDate(LocalDate.of(2026, 2, 1))).isEqualTo(SemesterId.of("20252"));
    assertThat(SemesterId.tryParse("2025")).isEmpty();
    assertThatThrownBy(() -> SemesterId.of("20253")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dutyActiveOnADate() {
    ImmutableTugasTambahan t =
        ImmutableTugasTambahan.builder()
            .jabatanPtkId("11")
            .nomorSk("SK-1")
            .tmtTambahan(LocalDate.of(2025, 7, 14))
            .build();
    assertThat(t.isActiveOn(LocalDate.of(2025, 7, 14))).isTrue();
    assertThat(t.isActiveOn(LocalDate.of(2025, 7, 13))).isFalse();
    assertThat(t.withTstTambahan(LocalDate.of(2025, 9, 1)).isActiveOn(LocalDate.of(2025, 9, 1)))
        .isFalse();
  }

  @Test
  void snapshotEndpointsDefault() {
    SchoolSnapshot s = ImmutableSchoolSnapshot.builder().build();
    assertThat(s.has(Endpoint.GTK)).isTrue();
    assertThat(s.has(Endpoint.PENGGUNA)).isFalse();
    assertThat(s.ptkSupplementKnown()).isFalse();
  }
}
