package id.sinkron.profile;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.model.Jenjang;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegulationProfilesTest {
  @Test
  void bundledProfilesCarryTheRegulationNumbers() {
    RegulationProfile p = RegulationProfiles.permendikdasmen11of2025();
    assertThat(p.minJtm()).isEqualTo(24);
    assertThat(p.maxJtm()).isEqualTo(40);
    assertThat(p.otherDutyCap()).isEqualTo(6);
    assertThat(p.retirementAge()).isEqualTo(60);
    assertThat(p.rombelCaps()).containsEntry(Jenjang.SMP, 32);
    assertThat(p.cutOffFor(2025)).isEqualTo(LocalDate.of(2025, 8, 31));
    assertThat(p.duty("11"))
        .hasValueSatisfying(
            d -> {
              assertThat(d.category()).isEqualTo(DutyCategory.MAIN);
              assertThat(d.jtm()).isEqualTo(12);
            });
    assertThat(p.duty("2").map(DutyRule::category)).hasValue(DutyCategory.KEPALA_SEKOLAH);
    assertThat(RegulationProfiles.permendikbud15of2018().duty("52").map(DutyRule::jtm)).hasValue(6);
    assertThat(p.duty("52").map(DutyRule::jtm)).hasValue(2);
  }

  @Test
  void everyNumericValueHasASource() throws Exception {
    for (RegulationProfile p : RegulationProfiles.all()) {
      for (Method m : RegulationProfile.class.getDeclaredMethods()) {
        if (m.getParameterCount() == 0
            && !m.isDefault()
            && !Map.of("name", 1, "title", 1, "firstTahunAjaran", 1, "sources", 1, "notes", 1)
                .containsKey(m.getName())) {
          assertThat(p.sources()).as(p.name() + "." + m.getName()).containsKey(m.getName());
        }
      }
    }
  }

  @Test
  void faceToFaceMinimumOnlyFrom2025AndCurriculumExcessFromTheLastRow() {
    RegulationProfile p2025 = RegulationProfiles.permendikdasmen11of2025();
    RegulationProfile p2018 = RegulationProfiles.permendikbud15of2018();
    assertThat(p2025.minTatapMukaJtm()).hasValue(16);
    assertThat(p2025.minTatapMukaJtmWithMainDuty()).hasValue(12);
    assertThat(p2018.minTatapMukaJtm()).isEmpty();
    assertThat(p2018.minTatapMukaJtmWithMainDuty()).isEmpty();
    assertThat(p2025.curriculumExcessFrom()).isEqualTo(ExcessHoursFrom.LAST_ROW);
    assertThat(
            ImmutableRegulationProfile.copyOf(p2025)
                .withCurriculumExcessFrom(ExcessHoursFrom.FIRST_ROW)
                .curriculumExcessFrom())
        .isEqualTo(ExcessHoursFrom.FIRST_ROW);
  }

  @Test
  void chosenByTahunAjaran() {
    assertThat(RegulationProfiles.forTahunAjaran(2024).name())
        .isEqualTo(RegulationProfiles.PERMENDIKBUD_15_2018);
    assertThat(RegulationProfiles.forTahunAjaran(2025).name())
        .isEqualTo(RegulationProfiles.PERMENDIKDASMEN_11_2025);
    assertThat(RegulationProfiles.forDate(LocalDate.of(2025, 6, 30)).name())
        .isEqualTo(RegulationProfiles.PERMENDIKBUD_15_2018);
    assertThat(RegulationProfiles.forDate(LocalDate.of(2025, 7, 1)).name())
        .isEqualTo(RegulationProfiles.PERMENDIKDASMEN_11_2025);
  }

  @Test
  void callersOverrideValues() {
    RegulationProfile p =
        ImmutableRegulationProfile.copyOf(RegulationProfiles.permendikdasmen11of2025())
            .withMinJtm(18);
    assertThat(p.minJtm()).isEqualTo(18);
    assertThat(p.jjmCategory(18)).isEqualTo("A1");
    assertThat(RegulationProfiles.permendikdasmen11of2025().jjmCategory(18)).isEqualTo("A2");
    assertThat(RegulationProfiles.permendikdasmen11of2025().jjmCategory(12)).isEqualTo("A3");
    assertThat(RegulationProfiles.permendikdasmen11of2025().jjmCategory(11)).isEqualTo("A4");
  }

  @Test
  void ageBandEdges() {
    AgeBand sd = RegulationProfiles.permendikdasmen11of2025().bospAgeBands().get(Jenjang.SD);
    LocalDate cut = LocalDate.of(2025, 8, 31);
    assertThat(sd.contains(LocalDate.of(2020, 2, 29), cut)).isTrue(); // 5 y 6 m
    assertThat(sd.contains(LocalDate.of(2020, 3, 1), cut)).isFalse(); // 5 y 5 m
    assertThat(sd.contains(LocalDate.of(2008, 9, 1), cut)).isTrue(); // 16 y 11 m
    assertThat(sd.contains(LocalDate.of(2008, 8, 31), cut)).isFalse(); // 17 today
    assertThat(sd.describeYears()).isEqualTo("5,5–16");
  }
}
