package id.sinkron.facade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.Checker;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;
import id.sinkron.check.Verdict;
import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutableInputProblem;
import id.sinkron.model.ImmutablePtk;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.ImmutableSekolah;
import id.sinkron.model.InputProblemCode;
import id.sinkron.model.JenisKelamin;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.SemesterId;
import id.sinkron.profile.RegulationProfiles;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SinkronFacadeTest {
  static final String PTK_WITHOUT_NIK = "00000000-0000-4000-8000-000000000002";

  static SchoolSnapshot school() {
    return ImmutableSchoolSnapshot.builder()
        .sekolah(ImmutableSekolah.builder().sekolahId("s-1").nama("SMP NEGERI 1 CONTOH").npsn("20212345")
            .bentukPendidikan(BentukPendidikan.SMP).statusSekolah("1").build())
        .semesterId(SemesterId.of("20251"))
        .addPtk(ImmutablePtk.builder().ptkId("00000000-0000-4000-8000-000000000001").nama("GURU PERTAMA")
            .nik("3273011002750004").jenisKelamin(JenisKelamin.L).jenisPtk(JenisPtk.GURU_MAPEL).build())
        .addPtk(ImmutablePtk.builder().ptkId(PTK_WITHOUT_NIK).nama("BUDI CONTOH").jenisPtk(JenisPtk.GURU_MAPEL).build())
        .build();
  }

  @Test
  void discoversTheTestValidatorThroughServiceLoader() {
    assertThat(Sinkron.checker().validators()).extracting(v -> v.getClass().getSimpleName()).contains("TestGtkValidator");
  }

  @Test
  void reportJsonFieldByField() throws Exception {
    Report report = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(school());
    JsonNode json = new ObjectMapper().readTree(report.toJson());

    assertThat(json.get("schema").asText()).isEqualTo("sinkron-report/1");
    assertThat(json.at("/school/npsn").asText()).isEqualTo("20212345");
    assertThat(json.at("/school/nama").asText()).isEqualTo("SMP NEGERI 1 CONTOH");
    assertThat(json.at("/school/semesterId").asText()).isEqualTo("20251");
    assertThat(json.get("asOf").asText()).isEqualTo("2025-08-31");
    assertThat(json.get("profile").asText()).isEqualTo("PERMENDIKDASMEN_11_2025");
    assertThat(json.at("/applications/INFO_GTK/verdict").asText()).isEqualTo("NOT_READY");
    assertThat(json.at("/applications/INFO_GTK/blockers").asInt()).isEqualTo(1);
    assertThat(json.at("/applications/INFO_GTK/warnings").asInt()).isZero();
    assertThat(json.at("/applications/E_RAPOR/verdict").asText()).isEqualTo("NOT_EVALUATED");
    assertThat(json.at("/applications/ARKAS/verdict").asText()).isEqualTo("NOT_EVALUATED");

    JsonNode f = json.get("findings").get(0);
    assertThat(json.get("findings")).hasSize(1);
    assertThat(f.get("code").asText()).isEqualTo("TEST-NIK-MISSING");
    assertThat(f.get("application").asText()).isEqualTo("INFO_GTK");
    assertThat(f.get("severity").asText()).isEqualTo("BLOCKER");
    assertThat(f.at("/subject/kind").asText()).isEqualTo("PTK");
    assertThat(f.at("/subject/id").asText()).isEqualTo(PTK_WITHOUT_NIK);
    assertThat(f.at("/subject/name").asText()).isEqualTo("B*** C*****");
    assertThat(f.get("field").asText()).isEqualTo("nik");
    assertThat(f.get("message").asText()).contains("24");
    assertThat(f.get("fix").asText()).isNotBlank();
    assertThat(f.get("reference").asText()).isEqualTo("Test reference");

    assertThat(json.get("notEvaluated")).hasSize(1);
    assertThat(json.at("/notEvaluated/0/code").asText()).isEqualTo("TEST-LINEAR");
    assertThat(json.get("inputProblems")).isEmpty();
    assertThat(json.at("/details/INFO_GTK/teachers").asInt()).isEqualTo(2);
  }

  @Test
  void sameInputGivesTheSameBytes() {
    Checker c = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31));
    assertThat(c.check(school()).toJson()).isEqualTo(c.check(school()).toJson());
  }

  @Test
  void namesAreRevealedOnlyWhenAsked() {
    Report r = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).revealNames(true).check(school());
    assertThat(r.toJson()).contains("BUDI CONTOH");
    Report masked = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(school());
    assertThat(masked.toJson()).doesNotContain("BUDI CONTOH");
  }

  @Test
  void englishMessagesWhenAsked() {
    Report id = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(school());
    Report en = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).locale(Locale.ENGLISH).check(school());
    assertThat(id.findings().get(0).messageKey()).isEqualTo(en.findings().get(0).messageKey());
    assertThat(id.findings().get(0).message()).isNotEqualTo(en.findings().get(0).message());
  }

  @Test
  void withoutValidatorsEveryApplicationIsNotEvaluated() {
    Report r = Sinkron.checker().validators(List.of()).asOf(LocalDate.of(2025, 8, 31)).check(school());
    for (Application a : Application.values()) {
      assertThat(r.verdict(a)).isEqualTo(Verdict.NOT_EVALUATED);
      assertThat(r.summary(a).reason()).isPresent();
    }
    assertThat(r.findings()).isEmpty();
    assertThat(r.hasBlockers()).isFalse();
  }

  @Test
  void missingRequiredEndpointMeansNotEvaluated() {
    SchoolSnapshot s = ImmutableSchoolSnapshot.copyOf(school()).withEndpoints(EnumSet.of(Endpoint.SEKOLAH));
    Report r = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(s);
    assertThat(r.verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_EVALUATED);
    assertThat(r.summary(Application.INFO_GTK).reason()).hasValueSatisfying(x -> assertThat(x).contains("getGtk.json"));
  }

  @Test
  void unreadableRowInARequiredEndpointIsNeverReady() {
    SchoolSnapshot s = ImmutableSchoolSnapshot.copyOf(school())
        .withPtk(school().ptk().get(0))
        .withInputProblems(ImmutableInputProblem.builder().code(InputProblemCode.ROW_UNREADABLE)
            .endpoint(Endpoint.GTK).file("getGtk.json").row(3).field("tanggal_lahir").value("2010-13-45")
            .detail("not a date").build());
    Report r = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(s);
    assertThat(r.summary(Application.INFO_GTK).blockers()).isZero();
    assertThat(r.verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_READY);
    assertThat(r.inputProblems()).extracting(p -> p.code().code()).containsExactly("INPUT-ROW-UNREADABLE");
    assertThat(r.toJson()).contains("\"row\" : 3").contains("getGtk.json");
  }

  @Test
  void onlyLimitsTheApplications() {
    Report r = Sinkron.checker().only(Application.ARKAS).asOf(LocalDate.of(2025, 8, 31)).check(school());
    assertThat(r.verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_EVALUATED);
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void profileFollowsTheTahunAjaran() {
    SchoolSnapshot old = ImmutableSchoolSnapshot.copyOf(school()).withSemesterId(SemesterId.of("20242"));
    assertThat(Sinkron.checker().asOf(LocalDate.of(2025, 3, 1)).check(old).profile()).isEqualTo("PERMENDIKBUD_15_2018");
    assertThat(Sinkron.checker().profile(RegulationProfiles.permendikdasmen11of2025()).check(old).profile())
        .isEqualTo("PERMENDIKDASMEN_11_2025");
  }

  @Test
  void aSharedAnalysisIsComputedOncePerSchoolCheck() {
    id.sinkron.testing.TestGtkValidator.COMPUTED.set(0);
    Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(school());
    assertThat(id.sinkron.testing.TestGtkValidator.COMPUTED.get()).as("two rules and the details read it").isEqualTo(1);
    Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(school());
    assertThat(id.sinkron.testing.TestGtkValidator.COMPUTED.get()).as("a new check computes it anew").isEqualTo(2);
  }

  @Test
  void everyFindingCarriesItsCodesBasisIntoTheJson() throws Exception {
    Report r = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(school());
    assertThat(r.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.basis().kind()).isEqualTo(
        id.sinkron.check.Basis.Kind.INFERRED));
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.toJson());
    for (com.fasterxml.jackson.databind.JsonNode f : json.get("findings")) {
      assertThat(f.at("/basis/kind").asText()).isEqualTo("INFERRED");
      assertThat(f.at("/basis/label").asText()).isEqualTo("uji");
      assertThat(f.at("/basis/citation").asText()).isEqualTo("core test validator");
    }
  }

  @Test
  void findingsAreInStableOrder() {
    Report r = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(school());
    assertThat(r.findings()).isSortedAccordingTo(Finding.ORDER);
    assertThat(r.findings()).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
      assertThat(f.subject().kind()).isEqualTo(SubjectKind.PTK);
    });
  }
}
