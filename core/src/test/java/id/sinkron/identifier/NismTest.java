package id.sinkron.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Built from the NISM rule of {@code docs/evidence/emis-madrasah.md} (Kepdirjen 363/2017): the
 * madrasah's NSM, two digits of the entry year, a 4-digit number restarting at 0001 each year.
 * Invented numbers only.
 */
class NismTest {
  private static final String NISM = "111232050041250007";

  @Test
  void valid() {
    assertThat(Nism.check(NISM)).isSameAs(List.of());
    assertThat(Nism.tryParse("111232050041 25 0007")).map(Nism::value).contains(NISM);
    Nism n = Nism.parse(NISM);
    assertThat(n.nsm()).isEqualTo(Nsm.parse("111232050041"));
    assertThat(n.entryYearTwoDigits()).isEqualTo(25);
    assertThat(n.number()).isEqualTo(7);
    assertThat(n.belongsTo(Nsm.parse("111232050041"))).isTrue();
    assertThat(n.belongsTo(Nsm.parse("111232050042"))).isFalse();
    assertThat(n.masked()).isEqualTo("1112**********0007");
    assertThat(n).hasToString("Nism[1112**********0007]");
    assertThat(n.kind()).isEqualTo(IdentifierKind.NISM);
  }

  @Test
  void firstNumberOfAYearIs0001() {
    assertThat(Nism.check("121132730001240001")).isEmpty();
    assertThat(Nism.check("121132730001240000")).containsExactly(IdentifierProblem.ZERO_SERIAL);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "<null>",
      value = {
        "<null>, EMPTY",
        "11123205004125000A, NOT_DIGITS",
        "11123205004125007, WRONG_LENGTH",
        "111232050041, WRONG_LENGTH",
        "000000000000000000, PLACEHOLDER",
        "111111111111250007, PLACEHOLDER",
        "141232050041250007, UNKNOWN_TYPE",
        "111332050041250007, UNKNOWN_STATUS",
        "111232050041250000, ZERO_SERIAL",
      })
  void problems(String raw, IdentifierProblem expected) {
    assertThat(Nism.check(raw)).containsExactly(expected);
    assertThat(Nism.isValid(raw)).isFalse();
    assertThat(Nism.tryParse(raw)).isEmpty();
    assertThatThrownBy(() -> Nism.parse(raw))
        .isInstanceOfSatisfying(
            IdentifierFormatException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(IdentifierKind.NISM);
              assertThat(e.reason()).isEqualTo(expected);
            });
  }

  @Test
  void allSegmentProblemsTogether() {
    assertThat(Nism.check("100332050041250000"))
        .containsExactly(
            IdentifierProblem.ZERO_SERIAL,
            IdentifierProblem.UNKNOWN_TYPE,
            IdentifierProblem.UNKNOWN_STATUS);
  }
}
