package id.sinkron.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Invented numbers only. */
class NpwpTest {
  /** Invented legacy NPWP; Luhn over 01234567[4] holds. */
  private static final String LEGACY = "012345674123000";

  @ParameterizedTest
  @ValueSource(
      strings = {
        LEGACY,
        "01.234.567.4-123.000",
        "01 234 567 4 123 000",
        "0012345674123000",
        "00.123.456.74-123.000", // "0" + legacy 15
        "3273014508950003", // a NIK (invented) as 16-digit NPWP
      })
  void valid(String raw) {
    assertThat(Npwp.check(raw)).isSameAs(List.of());
    assertThat(Npwp.isValid(raw)).isTrue();
    assertThat(Npwp.tryParse(raw)).isPresent();
  }

  @Test
  void forms() {
    Npwp legacy = Npwp.parse("01.234.567.4-123.000");
    assertThat(legacy.value()).isEqualTo(LEGACY);
    assertThat(legacy.isNikBased()).isFalse();
    assertThat(legacy.legacyValue()).contains(LEGACY);

    Npwp padded = Npwp.parse("0" + LEGACY);
    assertThat(padded.isNikBased()).isFalse();
    assertThat(padded.legacyValue()).contains(LEGACY);
    assertThat(padded).isNotEqualTo(legacy);

    Npwp nik = Npwp.parse("3273014508950003");
    assertThat(nik.isNikBased()).isTrue();
    assertThat(nik.legacyValue()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "<null>",
      value = {
        "<null>, EMPTY",
        "'-', EMPTY",
        "01234567412300X, NOT_DIGITS",
        "01234567412300, WRONG_LENGTH",
        "01234567412300012, WRONG_LENGTH",
        "000000000000000, PLACEHOLDER",
        "00.000.000.0-000.000, PLACEHOLDER",
        "0000000000000000, PLACEHOLDER",
        "012345671123000, BAD_CHECKSUM",
        "0012345671123000, BAD_CHECKSUM",
        "9973014508950003, UNKNOWN_PROVINCE", // 16 digits, not starting with 0: read as a NIK
        "3273013208950003, BAD_DATE",
      })
  void problems(String raw, IdentifierProblem expected) {
    assertThat(Npwp.check(raw)).containsExactly(expected);
    assertThat(Npwp.isValid(raw)).isFalse();
    assertThatThrownBy(() -> Npwp.parse(raw))
        .isInstanceOfSatisfying(
            IdentifierFormatException.class,
            e -> assertThat(e.kind()).isEqualTo(IdentifierKind.NPWP));
  }

  @Test
  void masking() {
    Npwp npwp = Npwp.parse(LEGACY);
    assertThat(npwp.masked()).isEqualTo("0123*******3000");
    assertThat(npwp).hasToString("Npwp[0123*******3000]");
  }
}
