package id.sinkron.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented numbers only. */
class NuptkTest {
  private static final String VALID = "4361752653200013";

  @Test
  void valid() {
    assertThat(Nuptk.check(VALID)).isSameAs(List.of());
    assertThat(Nuptk.parse("4361 7526 5320 0013")).isEqualTo(Nuptk.parse(VALID));
    assertThat(Nuptk.parse(VALID).isTemporary()).isFalse();
    assertThat(Nuptk.parse(VALID).masked()).isEqualTo("4361********0013");
    assertThat(Nuptk.parse(VALID)).hasToString("Nuptk[4361********0013]");
    assertThat(Nuptk.parse(VALID).toString()).doesNotContain(VALID);
  }

  @ParameterizedTest
  @CsvSource({"9999175265320001", "9000175265320001", "9898175265320001"})
  void oldTemporaryNumbersAreValidButFlagged(String raw) {
    assertThat(Nuptk.check(raw)).isEmpty();
    assertThat(Nuptk.parse(raw).isTemporary()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "<null>",
      value = {
        "<null>, EMPTY",
        "436175265320001X, NOT_DIGITS",
        "436175265320001, WRONG_LENGTH",
        "43617526532000131, WRONG_LENGTH",
        "0000000000000000, PLACEHOLDER",
        "9999999999999999, PLACEHOLDER",
        "1234567890123456, PLACEHOLDER",
      })
  void problems(String raw, IdentifierProblem expected) {
    assertThat(Nuptk.check(raw)).containsExactly(expected);
    assertThat(Nuptk.isValid(raw)).isFalse();
    assertThat(Nuptk.tryParse(raw)).isEmpty();
    assertThatThrownBy(() -> Nuptk.parse(raw))
        .isInstanceOfSatisfying(
            IdentifierFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(IdentifierKind.NUPTK));
  }
}
