package id.sinkron.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.model.JenisKelamin;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented numbers only. */
class NipTest {
  /** Invented PNS: born 1987-04-12, TMT CPNS 2010-01, woman, serial 003. */
  private static final String PNS = "198704122010012003";

  /** Invented PPPK: born 1992-11-05, TMT 2023, intake 1, man, serial 004. */
  private static final String PPPK = "199211052023211004";

  @Test
  void pnsForm() {
    assertThat(Nip.check(PNS)).isSameAs(List.of());
    assertThat(Nip.checkPns(PNS)).isEmpty();
    assertThat(Nip.isValidPns(PNS)).isTrue();
    Nip nip = Nip.parse(PNS);
    assertThat(nip.form()).isEqualTo(NipForm.PNS);
    assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1987, 4, 12));
    assertThat(nip.sex()).isEqualTo(JenisKelamin.P);
    assertThat(nip.tmtCpns()).contains(YearMonth.of(2010, 1));
    assertThat(nip.tmtYear()).isEqualTo(2010);
  }

  @Test
  void pppkForm() {
    assertThat(Nip.check(PPPK)).isEmpty();
    assertThat(Nip.isValid(PPPK)).isTrue();
    assertThat(Nip.checkPns(PPPK)).containsExactly(IdentifierProblem.WRONG_FORM);
    assertThat(Nip.isValidPns(PPPK)).isFalse();
    Nip nip = Nip.parse(PPPK);
    assertThat(nip.form()).isEqualTo(NipForm.PPPK);
    assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1992, 11, 5));
    assertThat(nip.sex()).isEqualTo(JenisKelamin.L);
    assertThat(nip.tmtCpns()).isEmpty();
    assertThat(nip.tmtYear()).isEqualTo(2023);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "<null>",
      value = {
        "<null>, EMPTY",
        "' ', EMPTY",
        "19870412201001200X, NOT_DIGITS",
        "19870412201001200, WRONG_LENGTH",
        "1987041220100120031, WRONG_LENGTH",
        "111111111111111111, PLACEHOLDER",
        "123456789012345678, PLACEHOLDER",
        "198704322010012003, BAD_DATE",
        "198713122010012003, BAD_DATE",
        "198700122010012003, BAD_DATE",
        "189904122010012003, BAD_DATE",
        "198702292010012003, BAD_DATE",
        "198704122010132003, BAD_TMT",
        "198704122010002003, BAD_TMT",
        "198704122010202003, BAD_TMT",
        "198704122010302003, BAD_TMT",
        "198704121899012003, BAD_TMT",
        "198704121987032003, BAD_TMT",
        "199211051991211004, BAD_TMT",
        "198704122010013003, BAD_SEX_DIGIT",
        "198704122010010003, BAD_SEX_DIGIT",
        "199211052023213004, BAD_SEX_DIGIT",
        "198704122010012000, ZERO_SERIAL",
        "198704322010133000, BAD_DATE BAD_TMT BAD_SEX_DIGIT ZERO_SERIAL",
      })
  void problems(String raw, String expected) {
    List<IdentifierProblem> want =
        Arrays.stream(expected.split(" ")).map(IdentifierProblem::valueOf).toList();
    assertThat(Nip.check(raw)).containsExactlyElementsOf(want);
    assertThat(Nip.isValid(raw)).isFalse();
    assertThat(Nip.tryParse(raw)).isEmpty();
    assertThat(Nip.checkPns(raw)).startsWith(want.get(0));
    assertThatThrownBy(() -> Nip.parse(raw))
        .isInstanceOfSatisfying(
            IdentifierFormatException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(IdentifierKind.NIP);
              assertThat(e.reason()).isEqualTo(want.get(0));
              assertThat(e.problems()).containsExactlyElementsOf(want);
            });
  }

  @Test
  void checkPnsAddsWrongFormToOtherProblems() {
    assertThat(Nip.checkPns("199211052023213004"))
        .containsExactly(IdentifierProblem.BAD_SEX_DIGIT, IdentifierProblem.WRONG_FORM);
  }

  @Test
  void edgeCasesThatAreValid() {
    assertThat(Nip.check("198704121987042003")).as("TMT in the birth month").isEmpty();
    assertThat(Nip.check("200002292024291999")).as("29 Feb 2000, PPPK intake 9").isEmpty();
  }

  @Test
  void separatorsAreStripped() {
    assertThat(Nip.normalize("19870412 201001 2 003")).isEqualTo(PNS);
    assertThat(Nip.parse("19870412 201001 2 003"))
        .isEqualTo(Nip.parse(PNS))
        .hasSameHashCodeAs(Nip.parse("19870412.201001.2.003"));
    assertThat(Nip.check("19870412-201001-2-003")).isEmpty();
  }

  @Test
  void crossCheck() {
    Nip nip = Nip.parse(PNS);
    assertThat(nip.crossCheck(LocalDate.of(1987, 4, 12), JenisKelamin.P)).isEmpty();
    assertThat(nip.crossCheck(null, null)).isEmpty();
    assertThat(nip.crossCheck(LocalDate.of(1987, 4, 13), JenisKelamin.P))
        .containsExactly(NipMismatch.BIRTH_DATE);
    assertThat(nip.crossCheck(LocalDate.of(1987, 4, 12), JenisKelamin.L))
        .containsExactly(NipMismatch.SEX);
    assertThat(nip.crossCheck(LocalDate.of(1988, 4, 12), JenisKelamin.L))
        .containsExactly(NipMismatch.BIRTH_DATE, NipMismatch.SEX);
  }

  @Test
  void masking() {
    Nip nip = Nip.parse(PNS);
    assertThat(nip.masked()).isEqualTo("1987**********2003");
    assertThat(nip).hasToString("Nip[1987**********2003]");
    assertThat(nip.toString()).doesNotContain(PNS).doesNotContainPattern("\\d{5}");
  }
}
