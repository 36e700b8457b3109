package id.sinkron.erapor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.model.SemesterId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DapodikVersionTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2024,2024",
    "2024.a,2024.a",
    "2024.C,2024.c",
    "2026 C,2026.c",
    "2026c,2026.c",
    "v2026.b,2026.b",
    "Dapodik versi 2026.c,2026.c",
    "' 2025.b ',2025.b",
    "2026-c,2026.c",
    "Versi 2023,2023"
  })
  void parsesDapodiksScheme(String raw, String canonical) {
    assertThat(DapodikVersion.tryParse(raw)).map(DapodikVersion::toString).contains(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "4.1.0", "2026.cc", "2026.1", "20", "abc", "1999", "2026.c.1", "2026..c"})
  void rejectsOtherSchemes(String raw) {
    assertThat(DapodikVersion.tryParse(raw)).isEmpty();
    assertThatThrownBy(() -> DapodikVersion.parse(raw))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersYearThenPatch() {
    List<String> ordered =
        List.of("2024", "2024.a", "2024.c", "2025", "2025.b", "2026", "2026.a", "2026.c", "2027");
    for (int i = 0; i + 1 < ordered.size(); i++) {
      DapodikVersion a = DapodikVersion.parse(ordered.get(i));
      DapodikVersion b = DapodikVersion.parse(ordered.get(i + 1));
      assertThat(a.isOlderThan(b)).as(a + " < " + b).isTrue();
      assertThat(b.isOlderThan(a)).isFalse();
    }
    assertThat(DapodikVersion.parse("2026.C"))
        .isEqualTo(DapodikVersion.parse("2026.c"))
        .hasSameHashCodeAs(DapodikVersion.of(2026, Optional.of('C')));
    assertThat(DapodikVersion.parse("2026").patch()).isEmpty();
    assertThat(DapodikVersion.parse("2026.b").year()).isEqualTo(2026);
  }

  @Test
  void bundledTableRowsAllHaveASourceAndEvidence() {
    DapodikVersionTable t = DapodikVersionTable.bundled();
    assertThat(t.rows())
        .hasSize(7)
        .allSatisfy(
            r -> {
              assertThat(r.source()).startsWith("http");
              assertThat(r.evidence()).isIn("doc", "press", "inferred");
              assertThat(r.minimum().year()).isEqualTo(r.tahunAjaranStart() + 1);
            });
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "20251,2026",
    "20252,2026.b",
    "20241,2025",
    "20242,2025",
    "20231,2024",
    "20221,2023",
    "20222,2023.d",
    "20212,2022.d"
  })
  void bundledMinimumPerSemester(String semester, String minimum) {
    assertThat(DapodikVersionTable.bundled().minimumFor(SemesterId.of(semester)))
        .map(r -> r.minimum().toString())
        .contains(minimum);
  }

  @ParameterizedTest
  @ValueSource(strings = {"20211", "20261", "20191"})
  void bundledTableHasNoRowOutsideWhatWasSourced(String semester) {
    assertThat(DapodikVersionTable.bundled().minimumFor(SemesterId.of(semester))).isEmpty();
  }

  static DapodikVersionTable tsv(String text) throws IOException {
    return DapodikVersionTable.fromTsv(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsACallersTsvWithColumnsInAnyOrder() throws IOException {
    DapodikVersionTable t =
        tsv(
            "# my table\n\nsource\tmin_version\tsemester\ttahun_ajaran\tevidence\n"
                + "dinas letter\t2026.C\t\t2025/2026\tdoc\n"
                + "later patch\t2026.d\tgenap\t2025\tinferred\n");
    assertThat(t.rows()).hasSize(2);
    assertThat(t.minimumFor(SemesterId.of("20251")))
        .map(r -> r.minimum().toString())
        .contains("2026.c");
    assertThat(t.minimumFor(SemesterId.of("20252"))).map(r -> r.source()).contains("later patch");
    assertThat(t.rows().get(0).tahunAjaran()).isEqualTo("2025/2026");
  }

  @Test
  void rejectsMalformedTables() {
    assertThatThrownBy(() -> tsv("tahun_ajaran\tsemester\tmin_version\tevidence\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
    assertThatThrownBy(
            () ->
                tsv(
                    "tahun_ajaran\tsemester\tmin_version\tevidence\tsource\n2025/2027\t1\t2026\tdoc\tx\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(
            () ->
                tsv(
                    "tahun_ajaran\tsemester\tmin_version\tevidence\tsource\n2025/2026\t3\t2026\tdoc\tx\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("semester");
    assertThatThrownBy(
            () ->
                tsv(
                    "tahun_ajaran\tsemester\tmin_version\tevidence\tsource\n2025/2026\t1\t4.1\tdoc\tx\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> tsv("# only a comment\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
