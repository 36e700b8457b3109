package id.sinkron.erapor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Basis;
import id.sinkron.check.CheckOptions;
import id.sinkron.check.Finding;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import id.sinkron.erapor.fixture.Fixtures;
import id.sinkron.erapor.fixture.SmkContoh;
import id.sinkron.erapor.fixture.SmpContoh.Expected;
import id.sinkron.model.SchoolSnapshot;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The realistic SMK through the facade, as E-Rapor SMK: exactly the deliberate defects (table in
 * SmkContoh).
 */
class SmkContohTest {
  static final SchoolSnapshot SCHOOL = SmkContoh.school();

  static Report report(Locale locale) {
    return Sinkron.checker()
        .asOf(Fixtures.AS_OF)
        .locale(locale)
        .only(Application.E_RAPOR)
        .check(SCHOOL);
  }

  @Test
  void yieldsExactlyTheExpectedFindings() {
    Report r = report(Locale.forLanguageTag("id"));
    Set<Expected> actual =
        r.findings(Application.E_RAPOR).stream()
            .map(f -> new Expected(f.code(), f.subject().id(), f.severity()))
            .collect(Collectors.toSet());
    assertThat(actual).containsExactlyInAnyOrderElementsOf(SmkContoh.EXPECTED);
    assertThat(r.findings(Application.E_RAPOR)).hasSameSizeAs(SmkContoh.EXPECTED);
    assertThat(r.verdict(Application.E_RAPOR)).isEqualTo(Verdict.NOT_READY);
    assertThat(r.notEvaluated()).isEmpty();
  }

  @Test
  void droppedRombelCarryTheirStudentsAndPembelajaranOnce() {
    Report r = report(Locale.ENGLISH);
    assertThat(r.findings(Application.E_RAPOR))
        .filteredOn(
            f ->
                Set.of(
                        "ERAPOR-ROMBEL-NO-WALI",
                        "ERAPOR-ROMBEL-WALI-UNKNOWN",
                        "ERAPOR-ROMBEL-NOT-PULLED",
                        "ERAPOR-KURIKULUM-MISSING")
                    .contains(f.code()))
        .extracting(f -> f.subject().id(), f -> f.arguments().subList(0, 3))
        .containsExactlyInAnyOrder(
            tuple(
                "r-11b",
                java.util.List.of(
                    "3",
                    "5",
                    r.findings().stream()
                        .filter(x -> x.subject().id().equals("r-11b"))
                        .findFirst()
                        .orElseThrow()
                        .arguments()
                        .get(2))),
            tuple("r-11c", java.util.List.of("ptk-pindah", "3", "5")),
            tuple("r-12a", java.util.List.of("12", "3", "5")),
            tuple(
                "r-12c",
                java.util.List.of(
                    "3",
                    "5",
                    r.findings().stream()
                        .filter(x -> x.subject().id().equals("r-12c"))
                        .findFirst()
                        .orElseThrow()
                        .arguments()
                        .get(2))));
    ERaporAssessment a = r.details(Application.E_RAPOR, ERaporAssessment.class).orElseThrow();
    assertThat(a.placementSummary().rombelNotPulled()).isEqualTo(12);
    assertThat(a.placementSummary().noRombel()).isEqualTo(1);
    assertThat(a.placementSummary().multiRombel()).isEqualTo(1);
  }

  @Test
  void detailsNameTheVariantAndWhichRombelAreNotPulled() throws Exception {
    Report r = report(Locale.forLanguageTag("id"));
    ERaporAssessment a = r.details(Application.E_RAPOR, ERaporAssessment.class).orElseThrow();
    assertThat(a.variant()).isEqualTo(ERaporVariant.SMK);
    assertThat(a.variantFromOptions()).isFalse();
    assertThat(a.eraporVersion()).contains("7.0.4");
    assertThat(a.rombel())
        .filteredOn(rr -> !rr.pulled())
        .extracting(RombelReadiness::rombonganBelajarId, rr -> rr.notPulledReason().orElseThrow())
        .containsExactly(
            tuple("r-11b", NotPulledReason.NO_WALI),
            tuple("r-11c", NotPulledReason.WALI_UNKNOWN),
            tuple("r-12a", NotPulledReason.JENIS_NOT_PULLED),
            tuple("r-12c", NotPulledReason.KURIKULUM_MISSING),
            tuple("r-10a-lama", NotPulledReason.OTHER_SEMESTER),
            tuple("r-paskibra", NotPulledReason.EKSKUL_NO_PEMBINA),
            tuple("r-futsal", NotPulledReason.EKSKUL_PEMBINA_UNKNOWN),
            tuple("r-rohis", NotPulledReason.EKSKUL_NO_RUANG));
    String json = r.toJson();
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json)
                .at("/details/E_RAPOR/variant")
                .asText())
        .isEqualTo("SMK");
  }

  @Test
  void smkFindingsCarryTheSourceBasisAndEnglishRendersEveryOne() {
    Report r = report(Locale.ENGLISH);
    assertThat(r.findings(Application.E_RAPOR))
        .allSatisfy(
            f -> {
              assertThat(f.message()).isNotBlank().doesNotContain("{");
              assertThat(f.fix()).isNotBlank().doesNotContain("{");
              assertThat(f.basis().citation()).doesNotContain("|| SP");
            });
    assertThat(r.findings(Application.E_RAPOR))
        .filteredOn(f -> f.code().equals("ERAPOR-ROMBEL-NOT-PULLED"))
        .singleElement()
        .satisfies(f -> assertThat(f.basis().kind()).isEqualTo(Basis.Kind.SOURCE));
  }

  @Test
  void theSameSchoolPredictedAsSpDropsTheSmkOnlyCodes() {
    ERaporAssessment sp =
        ERapor.assess(
            SCHOOL,
            CheckOptions.builder()
                .referenceDate(Fixtures.AS_OF)
                .putVariants(Application.E_RAPOR, "SP")
                .build());
    assertThat(sp.variant()).isEqualTo(ERaporVariant.SP);
    assertThat(sp.variantFromOptions()).isTrue();
    Set<String> codes = sp.findings().stream().map(Finding::code).collect(Collectors.toSet());
    assertThat(codes)
        .doesNotContain(
            "ERAPOR-ROMBEL-NOT-PULLED",
            "ERAPOR-WALI-ROLE-MISSING",
            "ERAPOR-EKSKUL-PEMBINA-UNKNOWN",
            "ERAPOR-EKSKUL-NO-RUANG",
            "ERAPOR-PD-NO-NIPD",
            "ERAPOR-PTK-NO-NUPTK",
            "ERAPOR-ELECTIVE-WALI-MISMATCH");
    assertThat(codes).contains("ERAPOR-WALI-NO-ACCOUNT", "ERAPOR-EKSKUL-NO-PEMBINA");
    assertThat(sp.notEvaluated())
        .extracting(NotEvaluated::code, NotEvaluated::reasonKey)
        .containsExactly(tuple("ERAPOR-ELECTIVE-WALI-MISMATCH", "erapor.reason.elective.sp"));
    assertThat(sp.findings())
        .allSatisfy(f -> assertThat(f.basis().kind()).isIn(Basis.Kind.PRESS, Basis.Kind.INFERRED));
  }
}
