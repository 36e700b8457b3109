package id.sinkron.identifier;

import static id.sinkron.identifier.IdentifierProblem.EMPTY;
import static id.sinkron.identifier.IdentifierProblem.NOT_DIGITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.model.JenisKelamin;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Invented numbers only. */
class NikTest {
  /** Invented: Jawa Barat, 3273 01, woman born 05-08-(19|20)95, serial 0003. */
  private static final String WOMAN = "3273014508950003";

  /** Invented: DI Yogyakarta, man born 17-03-(19|20)10, serial 0012. */
  private static final String MAN = "3404021703100012";

  @Test
  void validNikHasNoProblemsAndSharesTheEmptyList() {
    assertThat(Nik.check(WOMAN)).isEmpty();
    assertThat(Nik.check(WOMAN)).isSameAs(Nik.check(MAN)).isSameAs(List.of());
    assertThat(Nik.isValid(WOMAN)).isTrue();
    assertThat(Nik.tryParse(WOMAN)).map(Nik::value).contains(WOMAN);
    assertThat(Nik.parse(WOMAN).value()).isEqualTo(WOMAN);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "-", " . - ", "\t"})
  void emptyValues(String raw) {
    assertThat(Nik.check(raw)).containsExactly(EMPTY);
    assertThat(Nik.isValid(raw)).isFalse();
    assertThat(Nik.tryParse(raw)).isEmpty();
    assertThatThrownBy(() -> Nik.parse(raw))
        .isInstanceOfSatisfying(
            IdentifierFormatException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(IdentifierKind.NIK);
              assertThat(e.reason()).isEqualTo(EMPTY);
            });
  }

  @ParameterizedTest
  @CsvSource({
    // input, expected problems (space separated)
    "3273O14508950003, NOT_DIGITS",
    "3273014508950003a, NOT_DIGITS WRONG_LENGTH",
    "3273/01/450895/0003, NOT_DIGITS WRONG_LENGTH",
    "327301450895000, WRONG_LENGTH",
    "32730145089500031, WRONG_LENGTH",
    "0000000000000000, PLACEHOLDER",
    "1111111111111111, PLACEHOLDER",
    "9999999999999999, PLACEHOLDER",
    "1234567890123456, PLACEHOLDER",
    "NULL, PLACEHOLDER",
    "null, PLACEHOLDER",
    "9973014508950003, UNKNOWN_PROVINCE",
    "0073014508950003, UNKNOWN_PROVINCE",
    "3773014508950003, UNKNOWN_PROVINCE",
    "2273014508950003, UNKNOWN_PROVINCE",
    "3273013208950003, BAD_DATE", // day 32
    "3273014008950003, BAD_DATE", // day 40
    "3273017208950003, BAD_DATE", // day 72 (woman 32)
    "3273010008950003, BAD_DATE", // day 00
    "3273011500950003, BAD_DATE", // month 00
    "3273011513950003, BAD_DATE", // month 13
    "3273013104950003, BAD_DATE", // 31 April
    "3273017104950003, BAD_DATE", // 31 April, woman
    "3273013002960003, BAD_DATE", // 30 February
    "3273012902010003, BAD_DATE", // 29 February: neither 1901 nor 2001 is a leap year
    "3273014508950000, ZERO_SERIAL",
    "3273011010000000, ZERO_SERIAL SEVEN_ZEROS",
    "3273012900000005, BAD_DATE SEVEN_ZEROS",
    "9973013208950000, UNKNOWN_PROVINCE BAD_DATE ZERO_SERIAL",
  })
  void problems(String raw, String expected) {
    List<IdentifierProblem> want =
        Arrays.stream(expected.split(" ")).map(IdentifierProblem::valueOf).toList();
    assertThat(Nik.check(raw)).containsExactlyElementsOf(want);
    assertThat(Nik.isValid(raw)).isFalse();
    assertThat(Nik.tryParse(raw)).isEmpty();
    assertThatThrownBy(() -> Nik.parse(raw))
        .isInstanceOfSatisfying(
            IdentifierFormatException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(IdentifierKind.NIK);
              assertThat(e.reason()).isEqualTo(want.get(0));
              assertThat(e.problems()).containsExactlyElementsOf(want);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3273012902000003", // 29 Feb 2000 (1900 is not a leap year, 2000 is)
        "3273012902960003", // 29 Feb 1996
        "3273016902040003", // 29 Feb 2004, woman
        "3273013101990003",
        "3273017112990003", // day 31 and 71
        "9173010101990001",
        "9273010101990001",
        "9373010101990001",
        "9473010101990001",
        "9573010101990001",
        "9673010101990001", // every Papua code is accepted
        "1173010101990001",
        "6573010101990001",
        "7673010101990001",
        "8273010101990001",
      })
  void validEdgeCases(String raw) {
    assertThat(Nik.check(raw)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3273 0145 0895 0003",
        "32.73.01.450895.0003",
        "3273-01-450895-0003",
        " 3273014508950003 ",
        "3273\u00a00145\u00a00895\u00a00003",
        "3273\u201301450895\u20130003",
      })
  void separatorsAreStripped(String raw) {
    assertThat(Nik.normalize(raw)).isEqualTo(WOMAN);
    assertThat(Nik.check(raw)).isEmpty();
    assertThat(Nik.parse(raw)).isEqualTo(Nik.parse(WOMAN));
    assertThat(Nik.parse(raw).value()).isEqualTo(WOMAN);
  }

  @Test
  void normalizeKeepsOtherCharactersAndReturnsCleanInputAsIs() {
    assertThat(Nik.normalize("32/73")).isEqualTo("32/73");
    assertThat(Nik.normalize(null)).isEmpty();
    assertThat(Nik.normalize(WOMAN)).isSameAs(WOMAN);
  }

  @Test
  void decodesSegments() {
    Nik nik = Nik.parse(WOMAN);
    assertThat(nik.provinceCode()).isEqualTo("32");
    assertThat(nik.province()).isEqualTo(Provinsi.JAWA_BARAT);
    assertThat(nik.provinceName()).isEqualTo("Jawa Barat");
    assertThat(nik.regencyCode()).isEqualTo("3273");
    assertThat(nik.districtCode()).isEqualTo("327301");
    assertThat(nik.sex()).isEqualTo(JenisKelamin.P);
    assertThat(nik.birthDay()).isEqualTo(5);
    assertThat(nik.birthMonth()).isEqualTo(8);
    assertThat(nik.birthYearTwoDigits()).isEqualTo(95);

    Nik man = Nik.parse(MAN);
    assertThat(man.sex()).isEqualTo(JenisKelamin.L);
    assertThat(man.birthDay()).isEqualTo(17);
    assertThat(man.province()).isEqualTo(Provinsi.DI_YOGYAKARTA);
  }

  @Test
  void birthDateCandidatesAndDefaultCentury() {
    Nik man = Nik.parse(MAN);
    assertThat(man.birthDateCandidates())
        .containsExactly(LocalDate.of(1910, 3, 17), LocalDate.of(2010, 3, 17));
    assertThat(man.birthDate(LocalDate.of(2025, 7, 1))).contains(LocalDate.of(2010, 3, 17));
    assertThat(man.birthDate(LocalDate.of(2010, 3, 17))).contains(LocalDate.of(2010, 3, 17));
    assertThat(man.birthDate(LocalDate.of(2010, 3, 16))).contains(LocalDate.of(1910, 3, 17));
    assertThat(man.birthDate(LocalDate.of(1900, 1, 1))).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> man.birthDate(null));

    Nik leap2000 = Nik.parse("3273012902000003");
    assertThat(leap2000.birthDateCandidates()).containsExactly(LocalDate.of(2000, 2, 29));
    assertThat(leap2000.birthDate(LocalDate.of(1999, 12, 31))).isEmpty();
  }

  @Test
  void crossCheck() {
    Nik woman = Nik.parse(WOMAN);
    assertThat(woman.crossCheck(LocalDate.of(1995, 8, 5), JenisKelamin.P)).isEmpty();
    // century-independent
    assertThat(woman.crossCheck(LocalDate.of(2095, 8, 5), JenisKelamin.P)).isEmpty();
    assertThat(woman.crossCheck(LocalDate.of(1995, 8, 6), JenisKelamin.P))
        .containsExactly(NikMismatch.BIRTH_DATE);
    assertThat(woman.crossCheck(LocalDate.of(1995, 9, 5), null))
        .containsExactly(NikMismatch.BIRTH_DATE);
    assertThat(woman.crossCheck(LocalDate.of(1996, 8, 5), null))
        .containsExactly(NikMismatch.BIRTH_DATE);
    assertThat(woman.crossCheck(LocalDate.of(1995, 8, 5), JenisKelamin.L))
        .containsExactly(NikMismatch.SEX);
    assertThat(woman.crossCheck(LocalDate.of(1995, 8, 6), JenisKelamin.L))
        .containsExactly(NikMismatch.BIRTH_DATE, NikMismatch.SEX);
    assertThat(woman.crossCheck(null, null)).isEmpty();
    assertThat(woman.crossCheck(null, JenisKelamin.P)).isEmpty();
  }

  @Test
  void maskingAndToString() {
    Nik nik = Nik.parse(WOMAN);
    assertThat(nik.masked()).isEqualTo("3273********0003");
    assertThat(nik).hasToString("Nik[3273********0003]");
    assertThat(nik.toString()).doesNotContain(WOMAN).doesNotContainPattern("\\d{5}");
  }

  @Test
  void equalsAndHashCodeOnValue() {
    assertThat(Nik.parse(WOMAN))
        .isEqualTo(Nik.parse("3273 0145 0895 0003"))
        .hasSameHashCodeAs(Nik.parse("3273.014508950003"))
        .isNotEqualTo(Nik.parse(MAN))
        .isNotEqualTo(WOMAN);
  }

  @Test
  void problemListsAreImmutable() {
    List<IdentifierProblem> problems = Nik.check("9973013208950000");
    assertThatThrownBy(() -> problems.add(NOT_DIGITS))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Nik.check("x").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Nik.check(null)).containsExactly(EMPTY);
  }
}
