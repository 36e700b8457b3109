package id.sinkron.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exception message never shows the digits: no run of five or more digits of the input. */
class IdentifierFormatExceptionTest {

  static Stream<Arguments> invalidInputs() {
    Function<String, Object> nik = Nik::parse;
    Function<String, Object> nisn = Nisn::parse;
    Function<String, Object> npsn = Npsn::parse;
    Function<String, Object> nuptk = Nuptk::parse;
    Function<String, Object> nip = Nip::parse;
    Function<String, Object> nrg = Nrg::parse;
    Function<String, Object> npwp = Npwp::parse;
    return Stream.of(
        Arguments.of(IdentifierKind.NIK, nik, "3273013208950003"),
        Arguments.of(IdentifierKind.NIK, nik, "9973 0145 0895 0003"),
        Arguments.of(IdentifierKind.NIK, nik, "327301450895000"),
        Arguments.of(IdentifierKind.NIK, nik, "3273014508950003123456789"),
        Arguments.of(IdentifierKind.NIK, nik, "32730x4508950003"),
        Arguments.of(IdentifierKind.NISN, nisn, "00912345"),
        Arguments.of(IdentifierKind.NISN, nisn, "00912345678"),
        Arguments.of(IdentifierKind.NPSN, npsn, "2034567"),
        Arguments.of(IdentifierKind.NPSN, npsn, "P9912345"),
        Arguments.of(IdentifierKind.NUPTK, nuptk, "120579120318674"),
        Arguments.of(IdentifierKind.NIP, nip, "199002302015031001"),
        Arguments.of(IdentifierKind.NIP, nip, "19900215201503300"),
        Arguments.of(IdentifierKind.NRG, nrg, "12345678901"),
        Arguments.of(IdentifierKind.NPWP, npwp, "01.234.567.1-123.000"));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("invalidInputs")
  void messageNamesKindAndReasonButNoDigitRun(
      IdentifierKind kind, Function<String, Object> parser, String raw) {
    IdentifierFormatException e =
        catchThrowableOfType(IdentifierFormatException.class, () -> parser.apply(raw));
    assertThat(e).isNotNull();
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.problems()).isNotEmpty().startsWith(e.reason());
    assertThat(e.getMessage()).contains(kind.name()).contains(e.reason().name());
    assertThat(e.getMessage()).doesNotContainPattern("[0-9]{5}");
    String digits = Nik.normalize(raw);
    for (int i = 0; i + 5 <= digits.length(); i++) {
      assertThat(e.getMessage()).doesNotContain(digits.substring(i, i + 5));
    }
    assertThat(e.getMessage()).contains(Masking.maskIdentifier(digits));
  }
}
