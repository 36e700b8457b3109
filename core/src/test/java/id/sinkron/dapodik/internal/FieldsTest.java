package id.sinkron.dapodik.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.model.SemesterId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldsTest {
  @ParameterizedTest(name = "id ''{0}'' -> ''{1}''")
  @CsvSource(
      value = {"abc|abc", " abc |abc", "''|", "-|", " - |", "NULL|", "4.00|4.00"},
      delimiter = '|',
      nullValues = "NULL")
  void ids(String raw, String expected) {
    assertThat(Fields.id(raw).orElse(null)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "code ''{0}'' -> ''{1}''")
  @CsvSource(
      value = {
        "4|4",
        "4.00|4",
        "4.0|4",
        "4.5|4.5",
        "020805AB|020805AB",
        ".0|.0",
        "4.|4.",
        "-|",
        "''|"
      },
      delimiter = '|')
  void codes(String raw, String expected) {
    assertThat(Fields.code(raw).orElse(null)).isEqualTo(expected);
  }

  @Test
  void textIsKeptExactly() {
    assertThat(Fields.text(" A  B ")).contains(" A  B ");
    assertThat(Fields.text("")).contains("");
    assertThat(Fields.text("-")).contains("-");
    assertThat(Fields.text(null)).isEmpty();
  }

  @ParameterizedTest(name = "integer ''{0}''")
  @CsvSource({"4,4", "'4',4", "4.00,4", "' 24 ',24", "-,", "'',"})
  void integers(String raw, Integer expected) {
    Fields f = new Fields();
    assertThat(f.integer("jam", raw).orElse(null)).isEqualTo(expected);
    assertThat(f.ok()).isTrue();
  }

  @ParameterizedTest(name = "bad integer ''{0}''")
  @CsvSource({"empat", "4.5", "99999999999", "1e3"})
  void badIntegers(String raw) {
    Fields f = new Fields();
    assertThat(f.integer("jam_mengajar_per_minggu", raw)).isEmpty();
    assertThat(f.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("jam_mengajar_per_minggu");
              assertThat(e.value()).isEqualTo(raw);
            });
  }

  @ParameterizedTest(name = "date ''{0}''")
  @CsvSource({
    "2010-01-05,2010-01-05",
    "2010-01-05 00:00:00,2010-01-05",
    "2010-01-05T07:00:00+07,2010-01-05",
    "2024-02-29,2024-02-29",
    "-,",
    "'',"
  })
  void dates(String raw, LocalDate expected) {
    Fields f = new Fields();
    assertThat(f.date("tanggal_lahir", raw).orElse(null)).isEqualTo(expected);
    assertThat(f.ok()).isTrue();
  }

  @ParameterizedTest(name = "bad date ''{0}''")
  @CsvSource({
    "2010-13-45",
    "2023-02-29",
    "0000-00-00",
    "05-01-2010",
    "2010/01/05",
    "2010-01-05X",
    "20100105"
  })
  void badDates(String raw) {
    Fields f = new Fields();
    assertThat(f.date("tanggal_lahir", raw)).isEmpty();
    assertThat(f.errors()).hasSize(1);
  }

  @ParameterizedTest(name = "flag ''{0}''")
  @CsvSource({
    "1,true",
    "0,false",
    "true,true",
    "FALSE,false",
    "Ya,true",
    "Tidak,false",
    "-,",
    "'',"
  })
  void flags(String raw, Boolean expected) {
    Fields f = new Fields();
    assertThat(f.flag("ptk_induk", raw).orElse(null)).isEqualTo(expected);
    assertThat(f.ok()).isTrue();
  }

  @Test
  void badFlagAndSemester() {
    Fields f = new Fields();
    assertThat(f.flag("ptk_induk", "2")).isEmpty();
    assertThat(f.semester("semester_id", "2025")).isEmpty();
    assertThat(f.semester("semester_id", "20252.00")).contains(SemesterId.of("20252"));
    assertThat(f.errors())
        .extracting(Fields.Error::field)
        .containsExactly("ptk_induk", "semester_id");
  }

  @Test
  void nestedPaths() {
    Fields f = new Fields();
    f.nested("pembelajaran", 2).integer("jam_mengajar_per_minggu", "x");
    f.nested("ptk.p-1").nested("tugas_tambahan", 0).date("tmt_tambahan", "x");
    assertThat(f.errors())
        .extracting(Fields.Error::field)
        .containsExactly(
            "pembelajaran[2].jam_mengajar_per_minggu", "ptk.p-1.tugas_tambahan[0].tmt_tambahan");
  }

  @Test
  void masking() {
    assertThat(Problems.mask("nik", "3204011204780001")).isEqualTo("3204********0001");
    assertThat(Problems.mask("pembelajaran[0].ptk_id", "abc")).isEqualTo("abc");
    assertThat(Problems.mask("tanggal_lahir", "2010-13-45")).doesNotContain("13");
    assertThat(Problems.mask("nama_ibu", "SITI AMINAH")).isEqualTo("S*** A*****");
    assertThat(Problems.mask("password", "anything")).isEqualTo("****");
    assertThat(
            BodyReader.sanitise(
                "Unrecognized token '3204011204780001x': was expecting ('true', 'false' or 'null')"))
        .doesNotContain("3204011204780001")
        .startsWith("Unrecognized token '3204");
  }

  @Test
  void errorBodiesAreRecognisedByText() {
    assertThat(
            ErrorBody.classify("Data GTK tidak ditemukan", id.sinkron.model.Endpoint.GTK)
                .isEmptyList())
        .isTrue();
    assertThat(
            ErrorBody.classify("Data GTK tidak ditemukan", id.sinkron.model.Endpoint.PESERTA_DIDIK)
                .kind())
        .isEqualTo(ErrorBody.Kind.UNKNOWN);
    assertThat(ErrorBody.classify("  access denied - x", id.sinkron.model.Endpoint.GTK).kind())
        .isEqualTo(ErrorBody.Kind.ACCESS_DENIED);
    assertThat(ErrorBody.classify("x".repeat(1000), id.sinkron.model.Endpoint.GTK).message())
        .hasSize(300);
  }
}
