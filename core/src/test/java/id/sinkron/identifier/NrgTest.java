package id.sinkron.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented numbers only. The 12-digit length is uncertain (DOMAIN.md §3.7). */
class NrgTest {
  private static final String VALID = "083216475902";

  @Test
  void valid() {
    assertThat(Nrg.check(VALID)).isSameAs(List.of());
    assertThat(Nrg.parse("0832 1647 5902")).isEqualTo(Nrg.parse(VALID));
    assertThat(Nrg.parse(VALID)).hasToString("Nrg[0832****5902]");
    assertThat(Nrg.tryParse(VALID)).map(Nrg::masked).contains("0832****5902");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "<null>",
      value = {
        "<null>, EMPTY",
        "08321647590A, NOT_DIGITS",
        "08321647590, WRONG_LENGTH",
        "0832164759021, WRONG_LENGTH",
        "111111111111, PLACEHOLDER",
        "123456789012, PLACEHOLDER",
      })
  void problems(String raw, IdentifierProblem expected) {
    assertThat(Nrg.check(raw)).containsExactly(expected);
    assertThat(Nrg.isValid(raw)).isFalse();
    assertThatThrownBy(() -> Nrg.parse(raw))
        .isInstanceOfSatisfying(
            IdentifierFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(IdentifierKind.NRG));
  }
}
