package id.sinkron.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented numbers only. */
class NisnTest {
  private static final String VALID = "0094417265";

  @Test
  void valid() {
    assertThat(Nisn.check(VALID)).isSameAs(List.of());
    assertThat(Nisn.isValid(VALID)).isTrue();
    assertThat(Nisn.tryParse(VALID)).map(Nisn::value).contains(VALID);
    assertThat(Nisn.parse("009 441 7265"))
        .isEqualTo(Nisn.parse(VALID))
        .hasSameHashCodeAs(Nisn.parse("009-441-7265"));
    assertThat(Nisn.parse("009.441.7265").value()).isEqualTo(VALID);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "<null>",
      value = {
        "<null>, EMPTY",
        "'', EMPTY",
        "' - ', EMPTY",
        "009441726A, NOT_DIGITS",
        "00944172650, WRONG_LENGTH",
        "009441726, WRONG_LENGTH",
        "0000000000, PLACEHOLDER",
        "7777777777, PLACEHOLDER",
        "0123456789, PLACEHOLDER",
        "1234567890, PLACEHOLDER",
        "5678901234, PLACEHOLDER",
        "NULL, PLACEHOLDER",
      })
  void problems(String raw, String expected) {
    List<IdentifierProblem> want =
        Arrays.stream(expected.split(" ")).map(IdentifierProblem::valueOf).toList();
    assertThat(Nisn.check(raw)).containsExactlyElementsOf(want);
    assertThat(Nisn.isValid(raw)).isFalse();
    assertThat(Nisn.tryParse(raw)).isEmpty();
    assertThatThrownBy(() -> Nisn.parse(raw))
        .isInstanceOfSatisfying(
            IdentifierFormatException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(IdentifierKind.NISN);
              assertThat(e.reason()).isEqualTo(want.get(0));
            });
  }

  @Test
  void birthYearHintIsAWarnOnlyHeuristic() {
    Nisn nisn = Nisn.parse(VALID);
    assertThat(nisn.birthYearHint()).isEqualTo(9);
    assertThat(nisn.matchesBirthYear(2009)).isTrue();
    assertThat(nisn.matchesBirthYear(2010)).isFalse();
    Nisn odd = Nisn.parse("9874417265");
    assertThat(odd.birthYearHint()).isEqualTo(987);
    assertThat(odd.matchesBirthYear(1987)).isTrue();
    assertThat(odd.matchesBirthYear(2009)).isFalse();
  }

  @Test
  void masking() {
    Nisn nisn = Nisn.parse(VALID);
    assertThat(nisn.masked()).isEqualTo("00******65");
    assertThat(nisn).hasToString("Nisn[00******65]");
    assertThat(nisn.toString()).doesNotContain(VALID).doesNotContainPattern("\\d{3}");
  }
}
