package id.sinkron.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Built from the NSM rule of {@code docs/evidence/emis-madrasah.md} (SK Dirjen Pendis
 * DJ.I/456A/2008): digits 1–3 type (101 RA, 111 MI, 121 MTs, 131 MA), digit 4 status (1 negeri, 2
 * swasta), 5–6 province, 7–8 kab/kota, 9–12 sequence. Invented numbers only.
 */
class NsmTest {
  private static final String MI_SWASTA = "111232050041";

  @Test
  void valid() {
    assertThat(Nsm.check(MI_SWASTA)).isSameAs(List.of());
    assertThat(Nsm.tryParse(" 111.2.32.05.0041 ")).map(Nsm::value).contains(MI_SWASTA);
    assertThat(Nsm.parse("1112-3205-0041")).isEqualTo(Nsm.parse(MI_SWASTA));
    assertThat(Nsm.parse(MI_SWASTA).masked()).isEqualTo("1112****0041");
    assertThat(Nsm.parse(MI_SWASTA)).hasToString("Nsm[1112****0041]");
    assertThat(Nsm.parse(MI_SWASTA).kind()).isEqualTo(IdentifierKind.NSM);
  }

  @ParameterizedTest
  @CsvSource({
    "101235070005, RA, false, 35, 3507, 0005",
    "111232050041, MI, false, 32, 3205, 0041",
    "121132730001, MTS, true, 32, 3273, 0001",
    "131135780012, MA, true, 35, 3578, 0012",
  })
  void segments(
      String raw,
      JenisMadrasah jenis,
      boolean negeri,
      String province,
      String regency,
      String sequence) {
    Nsm nsm = Nsm.parse(raw);
    assertThat(nsm.jenis()).isEqualTo(jenis);
    assertThat(nsm.isNegeri()).isEqualTo(negeri);
    assertThat(nsm.statusCode()).isEqualTo(negeri ? "1" : "2");
    assertThat(nsm.provinceCode()).isEqualTo(province);
    assertThat(nsm.regencyCode()).isEqualTo(regency);
    assertThat(nsm.sequence()).isEqualTo(sequence);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "<null>",
      value = {
        "<null>, EMPTY",
        "'  ', EMPTY",
        "11123205004A, NOT_DIGITS",
        "11123205004, WRONG_LENGTH",
        "1112320500411, WRONG_LENGTH",
        "111111111111, PLACEHOLDER",
        "123456789012, PLACEHOLDER",
        "141232050041, UNKNOWN_TYPE",
        "100232050041, UNKNOWN_TYPE",
        "111332050041, UNKNOWN_STATUS",
        "121032050041, UNKNOWN_STATUS",
      })
  void problems(String raw, IdentifierProblem expected) {
    assertThat(Nsm.check(raw)).containsExactly(expected);
    assertThat(Nsm.isValid(raw)).isFalse();
    assertThat(Nsm.tryParse(raw)).isEmpty();
    assertThatThrownBy(() -> Nsm.parse(raw))
        .isInstanceOfSatisfying(
            IdentifierFormatException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(IdentifierKind.NSM);
              assertThat(e.reason()).isEqualTo(expected);
            });
  }

  @Test
  void typeAndStatusTogether() {
    assertThat(Nsm.check("100332050041"))
        .containsExactly(IdentifierProblem.UNKNOWN_TYPE, IdentifierProblem.UNKNOWN_STATUS);
  }

  @Test
  void provinceAndSequenceAreNotChecked() {
    // 99 is not a Kemendagri province; the SK's own list was not found, so the NSM stays valid.
    assertThat(Nsm.check("111299050041")).isEmpty();
    assertThat(Nsm.check("111232050000")).isEmpty();
  }

  @Test
  void exceptionMessageIsMasked() {
    assertThatThrownBy(() -> Nsm.parse("141232050041"))
        .hasMessageNotContaining("141232050041")
        .hasMessageContaining("1412****0041");
  }

  @Test
  void jenisMadrasahTingkat() {
    assertThat(JenisMadrasah.MI.allowsTingkat(1)).isTrue();
    assertThat(JenisMadrasah.MI.allowsTingkat(7)).isFalse();
    assertThat(JenisMadrasah.MTS.allowsTingkat(7)).isTrue();
    assertThat(JenisMadrasah.MTS.allowsTingkat(10)).isFalse();
    assertThat(JenisMadrasah.MA.allowsTingkat(12)).isTrue();
    assertThat(JenisMadrasah.MA.allowsTingkat(9)).isFalse();
    assertThat(JenisMadrasah.RA.allowsTingkat(0)).isFalse();
    assertThat(JenisMadrasah.RA.allowsTingkat(1)).isFalse();
    assertThat(JenisMadrasah.ofCode(121)).contains(JenisMadrasah.MTS);
    assertThat(JenisMadrasah.ofCode(141)).isEmpty();
  }
}
