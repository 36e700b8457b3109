package id.sinkron.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvinsiTest {
  /** DOMAIN.md §3.3. */
  private static final Set<String> KEMENDAGRI =
      Set.of(
          "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35",
          "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
          "81", "82", "91", "92", "93", "94", "95", "96");

  /** DOMAIN.md §3.4: Dapodik province code to Kemendagri code. */
  private static final Map<String, String> DAPODIK =
      Map.ofEntries(
          Map.entry("01", "31"),
          Map.entry("02", "32"),
          Map.entry("03", "33"),
          Map.entry("04", "34"),
          Map.entry("05", "35"),
          Map.entry("06", "11"),
          Map.entry("07", "12"),
          Map.entry("08", "13"),
          Map.entry("09", "14"),
          Map.entry("10", "15"),
          Map.entry("11", "16"),
          Map.entry("12", "18"),
          Map.entry("13", "61"),
          Map.entry("14", "62"),
          Map.entry("15", "63"),
          Map.entry("16", "64"),
          Map.entry("17", "71"),
          Map.entry("18", "72"),
          Map.entry("19", "73"),
          Map.entry("20", "74"),
          Map.entry("21", "81"),
          Map.entry("22", "51"),
          Map.entry("23", "52"),
          Map.entry("24", "53"),
          Map.entry("25", "91"),
          Map.entry("26", "17"),
          Map.entry("27", "82"),
          Map.entry("28", "36"),
          Map.entry("29", "19"),
          Map.entry("30", "75"),
          Map.entry("31", "21"),
          Map.entry("32", "92"),
          Map.entry("33", "76"),
          Map.entry("34", "65"));

  @Test
  void thirtyEightKemendagriCodes() {
    assertThat(Arrays.stream(Provinsi.values()).map(Provinsi::code).collect(Collectors.toSet()))
        .isEqualTo(KEMENDAGRI);
    for (String code : KEMENDAGRI) {
      assertThat(Provinsi.fromCode(code)).map(Provinsi::code).contains(code);
    }
    assertThat(Provinsi.fromCode("32")).map(Provinsi::nama).contains("Jawa Barat");
    assertThat(Provinsi.fromCode("96")).contains(Provinsi.PAPUA_BARAT_DAYA);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"00", "09", "22", "37", "99", "3", "320", "3a", " 32"})
  void unknownCodes(String code) {
    assertThat(Provinsi.fromCode(code)).isEmpty();
  }

  @Test
  void dapodikMapping() {
    DAPODIK.forEach(
        (dapodik, kemendagri) -> {
          assertThat(Provinsi.fromDapodikKodeWilayah(dapodik))
              .as(dapodik)
              .map(Provinsi::code)
              .contains(kemendagri);
          assertThat(Provinsi.fromDapodikKodeWilayah(dapodik + "6001  "))
              .as(dapodik)
              .map(Provinsi::code)
              .contains(kemendagri);
          assertThat(Provinsi.fromCode(kemendagri).flatMap(Provinsi::dapodikCode))
              .contains(dapodik);
        });
    assertThat(Provinsi.fromDapodikKodeWilayah(" 026001 ")).contains(Provinsi.JAWA_BARAT);
    assertThat(Provinsi.PAPUA_TENGAH.dapodikCode()).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"35", "350000", "36", "360000", "00", "37", "99", "0", "x2", "  "})
  void dapodikCodesWithoutProvince(String kodeWilayah) {
    assertThat(Provinsi.fromDapodikKodeWilayah(kodeWilayah)).isEmpty();
  }
}
