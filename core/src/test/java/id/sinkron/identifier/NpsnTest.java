package id.sinkron.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented numbers only. */
class NpsnTest {
  private static final String VALID = "20517384";

  @Test
  void valid() {
    assertThat(Npsn.check(VALID)).isSameAs(List.of());
    assertThat(Npsn.tryParse(" 2051 7384 ")).map(Npsn::value).contains(VALID);
    assertThat(Npsn.parse("2051-7384")).isEqualTo(Npsn.parse(VALID));
    assertThat(Npsn.parse(VALID).masked()).isEqualTo("20****84");
    assertThat(Npsn.parse(VALID)).hasToString("Npsn[20****84]");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "<null>",
      value = {
        "<null>, EMPTY",
        "'  ', EMPTY",
        "P2051738, NOT_DIGITS",
        "69P17384, NOT_DIGITS",
        "2051738, WRONG_LENGTH",
        "205173845, WRONG_LENGTH",
        "00000000, PLACEHOLDER",
        "12345678, PLACEHOLDER",
      })
  void problems(String raw, IdentifierProblem expected) {
    assertThat(Npsn.check(raw)).containsExactly(expected);
    assertThat(Npsn.isValid(raw)).isFalse();
    assertThatThrownBy(() -> Npsn.parse(raw))
        .isInstanceOfSatisfying(
            IdentifierFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(IdentifierKind.NPSN));
  }
}
