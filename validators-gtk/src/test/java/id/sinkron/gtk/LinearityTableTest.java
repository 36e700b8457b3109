package id.sinkron.gtk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.model.Jenjang;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class LinearityTableTest {
  static LinearityTable tsv(String text) {
    return LinearityTable.fromTsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The general subjects of SD, SMP and SMA (reference/README.md list and the Kurikulum Merdeka
   * curricula 10111, 10211, 10311), each with the level it is taught at.
   */
  static final Map<String, List<Jenjang>> GENERAL =
      Map.ofEntries(
          Map.entry(
              "100011070", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // PAI dan Budi Pekerti
          Map.entry("100012050", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Kristen
          Map.entry("100013010", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Katolik
          Map.entry("100014140", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Buddha
          Map.entry("100015010", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Hindu
          Map.entry("100016010", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Konghucu
          Map.entry("200010000", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // PPKn
          Map.entry(
              "200010300", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Pendidikan Pancasila
          Map.entry("300110000", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Bahasa Indonesia
          Map.entry("300210000", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Bahasa Inggris
          Map.entry("401000000", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Matematika
          Map.entry("401100000", List.of(Jenjang.SD, Jenjang.SMP)), // IPA
          Map.entry("401200000", List.of(Jenjang.SD, Jenjang.SMP)), // IPS
          Map.entry("401900000", List.of(Jenjang.SD)), // IPAS
          Map.entry("400200000", List.of(Jenjang.SD)), // Guru Kelas SD
          Map.entry("500010000", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // PJOK
          Map.entry("500050000", List.of(Jenjang.SMP, Jenjang.SMA)), // BK
          Map.entry("600011000", List.of(Jenjang.SMP, Jenjang.SMA)), // Seni dan Budaya
          Map.entry("843020100", List.of(Jenjang.SD)), // Seni Budaya (SD Merdeka)
          Map.entry("700109000", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Seni Musik
          Map.entry("700110000", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Seni Tari
          Map.entry("700121000", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Seni Rupa
          Map.entry("700122000", List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Seni Teater
          Map.entry("600070000", List.of(Jenjang.SMP)), // Prakarya
          Map.entry("600060000", List.of(Jenjang.SMA)), // Prakarya dan Kewirausahaan
          Map.entry("700106100", List.of(Jenjang.SMP, Jenjang.SMA)), // Informatika
          Map.entry(
              "300311900",
              List.of(Jenjang.SD, Jenjang.SMP, Jenjang.SMA)), // Muatan Lokal Bahasa Daerah
          Map.entry("401121000", List.of(Jenjang.SMA)), // Fisika
          Map.entry("401130100", List.of(Jenjang.SMA)), // Kimia
          Map.entry("401110200", List.of(Jenjang.SMA)), // Biologi
          Map.entry("401230000", List.of(Jenjang.SMA)), // Sejarah
          Map.entry("401220000", List.of(Jenjang.SMA)), // Geografi
          Map.entry("401250100", List.of(Jenjang.SMA)), // Ekonomi
          Map.entry("401241000", List.of(Jenjang.SMA)), // Sosiologi
          Map.entry("401260000", List.of(Jenjang.SMA)), // Antropologi
          Map.entry("300130000", List.of(Jenjang.SMA)), // Bahasa Indonesia Tingkat Lanjut
          Map.entry("300230000", List.of(Jenjang.SMA)), // Bahasa Inggris Tingkat Lanjut
          Map.entry("401002000", List.of(Jenjang.SMA))); // Matematika Tingkat Lanjut

  @Test
  void bundledTableCoversEveryGeneralSubjectOfSdSmpSma() {
    LinearityTable t = LinearityTable.bundled();
    SoftAssertions soft = new SoftAssertions();
    GENERAL.forEach(
        (mapel, levels) -> {
          for (Jenjang j : levels) {
            boolean covered = t.fields().stream().anyMatch(f -> t.isLinear(f, mapel, j));
            soft.assertThat(covered).as(mapel + " at " + j).isTrue();
          }
        });
    soft.assertAll();
  }

  @Test
  void bundledRowsNameTheirSourceAndFieldCodesHaveThreeDigits() {
    assertThat(LinearityTable.bundled().entries())
        .isNotEmpty()
        .allSatisfy(
            e -> {
              assertThat(e.source()).isNotBlank();
              assertThat(e.field()).matches("\\d{3}");
              assertThat(e.mataPelajaranId()).matches("\\d{9}");
            });
    assertThat(LinearityTable.bundled().fields())
        .contains(
            "027", "097", "100", "127", "154", "156", "157", "180", "217", "220", "224", "810");
  }

  @Test
  void bundledTableContainsEverySeedPair() throws Exception {
    LinearityTable seed;
    try (var in = getClass().getResourceAsStream("/linearity_seed.tsv")) {
      seed = LinearityTable.fromTsv(in);
    }
    assertThat(seed.entries()).hasSize(40);
    LinearityTable bundled = LinearityTable.bundled();
    for (LinearityTable.Entry e : seed.entries()) {
      for (Jenjang j : Jenjang.values()) {
        assertThat(bundled.isLinear(e.field(), e.mataPelajaranId(), j)).as(e.toString()).isTrue();
      }
    }
  }

  @Test
  void guruKelasSdIsLinearWithClassSubjectsOnlyAtSd() {
    LinearityTable t = LinearityTable.bundled();
    assertThat(t.isLinear("027", "401000000", Jenjang.SD)).isTrue();
    assertThat(t.isLinear("027", "401000000", Jenjang.SMP)).isFalse();
    assertThat(t.isLinear("027", "400200000", Jenjang.SLB)).isTrue();
    assertThat(t.linearSubjects("027", Jenjang.SMP)).containsExactly("400200000");
  }

  @Test
  void readsTheSeedFormatAndNormalisesFieldCodes() {
    LinearityTable t =
        tsv(
            "bidang_studi_sertifikasi\tnama_bidang_studi\tmata_pelajaran_id\tnama_mata_pelajaran\n"
                + "# comment\n\n27\tGuru Kelas SD\t400200000\tGuru Kelas SD/MI/SLB\n180\tMatematika\t401000000\tMatematika\n");
    assertThat(t.fields()).containsExactly("027", "180");
    assertThat(t.knows("27")).isTrue();
    assertThat(t.knows(" 027 ")).isTrue();
    assertThat(t.knows("181")).isFalse();
    assertThat(t.knowsAll(List.of("027", "180"))).isTrue();
    assertThat(t.knowsAll(List.of("027", "181"))).isFalse();
    assertThat(t.knowsAll(List.of())).isFalse();
    assertThat(t.isLinear("180", "401000000", Jenjang.SMA)).isTrue();
    assertThat(t.isLinear("181", "401000000", Jenjang.SMA)).isFalse();
    assertThat(LinearityTable.normalizeField("7")).isEqualTo("007");
    assertThat(LinearityTable.normalizeField("A1")).isEqualTo("A1");
    assertThat(LinearityTable.normalizeField(null)).isEmpty();
  }

  @Test
  void rejectsMalformedTablesNamingTheLine() {
    assertThatThrownBy(() -> tsv("field\tmapel\n180\t401000000\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bidang_studi_sertifikasi");
    assertThatThrownBy(
            () ->
                tsv("bidang_studi_sertifikasi\tmata_pelajaran_id\tjenjang\n180\t401000000\tSMU\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> tsv("bidang_studi_sertifikasi\tmata_pelajaran_id\n180\t\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> tsv("")).isInstanceOf(IllegalArgumentException.class);
  }
}
