package id.sinkron.erapor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.CheckOptions;
import id.sinkron.check.Finding;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import id.sinkron.erapor.fixture.SmpContoh;
import id.sinkron.erapor.fixture.SmpContoh.Expected;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import id.sinkron.model.SchoolSnapshot;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The realistic SMP through the facade: exactly the deliberate defects, and nothing personal in
 * details.
 */
class SmpContohTest {
  static final SchoolSnapshot SCHOOL = SmpContoh.school();

  static Report report(Locale locale) {
    return Sinkron.checker()
        .asOf(SmpContoh.asOf())
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
    assertThat(actual).containsExactlyInAnyOrderElementsOf(SmpContoh.EXPECTED);
    assertThat(r.findings(Application.E_RAPOR)).hasSameSizeAs(SmpContoh.EXPECTED);
    assertThat(r.verdict(Application.E_RAPOR)).isEqualTo(Verdict.NOT_READY);
    assertThat(r.summary(Application.E_RAPOR).blockers()).isEqualTo(12);
    assertThat(r.summary(Application.E_RAPOR).warnings()).isEqualTo(7);
    assertThat(r.summary(Application.E_RAPOR).infos()).isEqualTo(1);
    assertThat(r.notEvaluated())
        .extracting(NotEvaluated::code)
        .containsExactly("ERAPOR-ELECTIVE-WALI-MISMATCH");
  }

  @Test
  void theServiceLoaderFindsTheValidator() {
    assertThat(Sinkron.checker().validators())
        .anySatisfy(v -> assertThat(v).isInstanceOf(ERaporValidator.class));
    Report r = Sinkron.checker().asOf(SmpContoh.asOf()).check(SCHOOL);
    assertThat(r.findings(Application.E_RAPOR)).hasSameSizeAs(SmpContoh.EXPECTED);
  }

  @Test
  void englishRendersEveryFindingToo() {
    Report r = report(Locale.ENGLISH);
    assertThat(r.findings(Application.E_RAPOR))
        .hasSameSizeAs(SmpContoh.EXPECTED)
        .allSatisfy(
            f -> {
              assertThat(f.message()).isNotBlank().doesNotContain("{");
              assertThat(f.fix()).isNotBlank().doesNotContain("{");
            });
    assertThat(r.findings(Application.E_RAPOR))
        .extracting(Finding::message)
        .isNotEqualTo(
            report(Locale.forLanguageTag("id")).findings(Application.E_RAPOR).stream()
                .map(Finding::message)
                .toList());
  }

  @Test
  void detailsCarryRombelReadinessAndPlacement() throws Exception {
    Report r = report(Locale.forLanguageTag("id"));
    ERaporAssessment a = r.details(Application.E_RAPOR, ERaporAssessment.class).orElseThrow();
    assertThat(a.variant()).isEqualTo(ERaporVariant.SP);
    assertThat(a.rombel()).hasSize(14);
    assertThat(a.rombel())
        .filteredOn(rr -> !rr.pulled())
        .extracting(RombelReadiness::rombonganBelajarId, rr -> rr.notPulledReason().orElseThrow())
        .containsExactly(
            tuple("r-9a", NotPulledReason.NO_WALI),
            tuple("r-7a-lama", NotPulledReason.OTHER_SEMESTER),
            tuple("r-paskibra", NotPulledReason.EKSKUL_NO_PEMBINA));
    assertThat(a.rombel()).filteredOn(rr -> rr.kind() == RombelKind.CLASS).hasSize(11);
    assertThat(a.rombel())
        .filteredOn(rr -> rr.rombonganBelajarId().equals("r-8c"))
        .singleElement()
        .satisfies(
            rr -> {
              assertThat(rr.nama()).isEqualTo("VIII C");
              assertThat(rr.tingkatPendidikanId()).contains(8);
              assertThat(rr.waliPtkId()).contains("ptk-06");
              assertThat(rr.waliNamaMasked()).contains("G*** C*****, S.P*.");
              assertThat(rr.memberCount()).isEqualTo(5);
              assertThat(rr.pembelajaranCount()).isEqualTo(6);
              assertThat(rr.findings())
                  .containsExactly(
                      "ERAPOR-ANGGOTA-ORPHAN",
                      "ERAPOR-PEMBELAJARAN-DUPLICATE",
                      "ERAPOR-WALI-NO-ACCOUNT");
              assertThat(rr.ready()).isFalse();
            });
    assertThat(a.rombel())
        .filteredOn(rr -> rr.rombonganBelajarId().equals("r-7a"))
        .singleElement()
        .satisfies(rr -> assertThat(rr.ready()).isTrue());
    assertThat(a.rombel())
        .filteredOn(rr -> rr.rombonganBelajarId().equals("r-9b"))
        .singleElement()
        .satisfies(rr -> assertThat(rr.waliNamaMasked()).isEmpty());
    assertThat(a.placementSummary())
        .satisfies(
            ps -> {
              assertThat(ps.activeStudents()).isEqualTo(39);
              assertThat(ps.placed()).isEqualTo(33);
              assertThat(ps.rombelNotPulled()).isEqualTo(4);
              assertThat(ps.noRombel()).isEqualTo(1);
              assertThat(ps.multiRombel()).isEqualTo(1);
            });
    assertThat(a.dapodikVersion()).contains("2025.c");
    assertThat(a.minimumDapodikVersion()).contains("2026");

    JsonNode json = new ObjectMapper().readTree(r.toJson());
    JsonNode details = json.at("/details/E_RAPOR");
    assertThat(details.get("rombel")).hasSize(14);
    assertThat(details.get("variant").asText()).isEqualTo("SP");
    assertThat(details.at("/rombel/6/pulled").asBoolean()).isFalse();
    assertThat(details.at("/rombel/6/notPulledReason").asText()).isEqualTo("NO_WALI");
    assertThat(details.at("/rombel/0/rombonganBelajarId").asText()).isEqualTo("r-7a");
    assertThat(details.at("/rombel/0/waliNamaMasked").asText()).isEqualTo("B****** C*****, S.P*.");
    assertThat(details.get("placement")).hasSize(39);
    assertThat(details.at("/placementSummary/noRombel").asInt()).isEqualTo(1);
    assertThat(details.has("findings")).isFalse();
    assertThat(details.has("notEvaluated")).isFalse();
  }

  @Test
  void detailsHoldNoUnmaskedPersonalData() {
    String json = report(Locale.forLanguageTag("id")).toJson();
    String details = json.substring(json.indexOf("\"details\""));
    for (Ptk p : SCHOOL.ptk()) {
      assertThat(details).doesNotContain(p.nama());
    }
    for (PesertaDidik pd : SCHOOL.pesertaDidik()) {
      assertThat(details).doesNotContain(pd.nama().strip());
      pd.nisn().ifPresent(n -> assertThat(details).doesNotContain(n));
    }
  }

  @Test
  void messagesHoldNoNamesOrFullNisn() {
    Report r = report(Locale.forLanguageTag("id"));
    for (Finding f : r.findings(Application.E_RAPOR)) {
      for (Ptk p : SCHOOL.ptk()) {
        assertThat(f.message() + f.fix() + f.value().orElse("")).doesNotContain(p.nama());
      }
      for (PesertaDidik pd : SCHOOL.pesertaDidik()) {
        assertThat(f.message() + f.fix() + f.value().orElse("")).doesNotContain(pd.nama().strip());
        pd.nisn().ifPresent(n -> assertThat(f.message() + f.value().orElse("")).doesNotContain(n));
      }
    }
  }

  @Test
  void assessThroughTheEntryPointGivesTheSameResult() {
    ERaporAssessment a =
        ERapor.assess(SCHOOL, CheckOptions.builder().referenceDate(SmpContoh.asOf()).build());
    assertThat(a.evaluated()).isTrue();
    assertThat(a.ready()).isFalse();
    assertThat(a.findings())
        .extracting(f -> new Expected(f.code(), f.subject().id(), f.severity()))
        .containsExactlyInAnyOrderElementsOf(SmpContoh.EXPECTED);
    assertThat(a.notEvaluated())
        .extracting(NotEvaluated::code)
        .containsExactly("ERAPOR-ELECTIVE-WALI-MISMATCH");
  }

  @Test
  void assessWithACallersVersionTable() {
    DapodikVersionTable lenient =
        DapodikVersionTable.of(
            java.util.List.of(
                new DapodikVersionTable.Row(
                    2025,
                    java.util.Optional.empty(),
                    DapodikVersion.parse("2025.a"),
                    "inferred",
                    "caller")));
    ERaporAssessment a =
        ERapor.assess(
            SCHOOL,
            CheckOptions.builder()
                .referenceDate(SmpContoh.asOf())
                .putExtras(DapodikVersionTable.class, lenient)
                .build());
    assertThat(a.findings()).extracting(Finding::code).doesNotContain("ERAPOR-DAPODIK-VERSION");
    assertThat(a.minimumDapodikVersion()).contains("2025.a");
  }

  @Test
  void notEvaluatedWithoutARequiredResponse() {
    SchoolSnapshot noGtk =
        ImmutableSchoolSnapshot.copyOf(SCHOOL)
            .withEndpoints(
                EnumSet.of(Endpoint.SEKOLAH, Endpoint.PESERTA_DIDIK, Endpoint.ROMBONGAN_BELAJAR));
    ERaporAssessment a =
        ERapor.assess(noGtk, CheckOptions.builder().referenceDate(SmpContoh.asOf()).build());
    assertThat(a.evaluated()).isFalse();
    assertThat(a.notEvaluatedReason()).hasValueSatisfying(s -> assertThat(s).contains("getGtk"));
    assertThat(a.rombel()).isEmpty();
    assertThat(a.ready()).isFalse();
    assertThat(ERapor.check(noGtk, CheckOptions.defaults()).verdict(Application.E_RAPOR))
        .isEqualTo(Verdict.NOT_EVALUATED);
  }

  @Test
  void getPenggunaIsOptional() {
    SchoolSnapshot noPengguna =
        ImmutableSchoolSnapshot.copyOf(SCHOOL)
            .withEndpoints(
                EnumSet.of(
                    Endpoint.SEKOLAH,
                    Endpoint.GTK,
                    Endpoint.PESERTA_DIDIK,
                    Endpoint.ROMBONGAN_BELAJAR));
    Report r = Sinkron.checker().asOf(SmpContoh.asOf()).only(Application.E_RAPOR).check(noPengguna);
    assertThat(r.verdict(Application.E_RAPOR)).isEqualTo(Verdict.NOT_READY);
    assertThat(r.findings(Application.E_RAPOR))
        .extracting(Finding::code)
        .doesNotContain("ERAPOR-WALI-NO-ACCOUNT");
    assertThat(r.notEvaluated())
        .extracting(NotEvaluated::code, NotEvaluated::reasonKey)
        .contains(tuple("ERAPOR-WALI-NO-ACCOUNT", "erapor.reason.no.pengguna"));
  }

  @Test
  void reportJsonIsDeterministic() {
    assertThat(report(Locale.forLanguageTag("id")).toJson())
        .isEqualTo(report(Locale.forLanguageTag("id")).toJson());
  }
}
