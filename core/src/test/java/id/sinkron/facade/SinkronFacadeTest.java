package id.sinkron.facade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.Checker;
import id.sinkron.ReportOrder;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.check.Outcome;
import id.sinkron.check.Report;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;
import id.sinkron.check.Verdict;
import id.sinkron.dapodik.Fixtures;
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
import id.sinkron.testing.TestGtkValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkronFacadeTest {
  static final String PTK_WITHOUT_NIK = "00000000-0000-4000-8000-000000000002";

  static SchoolSnapshot school() {
    return ImmutableSchoolSnapshot.builder()
        .sekolah(
            ImmutableSekolah.builder()
                .sekolahId("s-1")
                .nama("SMP NEGERI 1 CONTOH")
                .npsn("20212345")
                .bentukPendidikan(BentukPendidikan.SMP)
                .statusSekolah("1")
                .build())
        .semesterId(SemesterId.of("20251"))
        .addPtk(
            ImmutablePtk.builder()
                .ptkId("00000000-0000-4000-8000-000000000001")
                .nama("GURU PERTAMA")
                .nik("3273011002750004")
                .jenisKelamin(JenisKelamin.L)
                .jenisPtk(JenisPtk.GURU_MAPEL)
                .build())
        .addPtk(
            ImmutablePtk.builder()
                .ptkId(PTK_WITHOUT_NIK)
                .nama("BUDI CONTOH")
                .jenisPtk(JenisPtk.GURU_MAPEL)
                .build())
        .build();
  }

  @Test
  void discoversTheTestValidatorThroughServiceLoader() {
    assertThat(Sinkron.checker().validators())
        .extracting(v -> v.getClass().getSimpleName())
        .contains("TestGtkValidator");
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
    Report en =
        Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).locale(Locale.ENGLISH).check(school());
    assertThat(id.findings().get(0).messageKey()).isEqualTo(en.findings().get(0).messageKey());
    assertThat(id.findings().get(0).message()).isNotEqualTo(en.findings().get(0).message());
  }

  @Test
  void withoutValidatorsEveryApplicationIsNotEvaluated() {
    Report r =
        Sinkron.checker().validators(List.of()).asOf(LocalDate.of(2025, 8, 31)).check(school());
    for (Application a : Application.values()) {
      assertThat(r.verdict(a)).isEqualTo(Verdict.NOT_EVALUATED);
      assertThat(r.summary(a).reason()).isPresent();
    }
    assertThat(r.findings()).isEmpty();
    assertThat(r.hasBlockers()).isFalse();
    // issue 19 item 5: "no validator found" is impossible to miss
    assertThat(r.requestedApplications()).isEmpty();
    assertThat(r.isComplete()).isFalse();
    assertThat(r.isReady()).isFalse();
    assertThat(r.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(r.outcome().exitCode()).isEqualTo(3);
    assertThat(r.incompleteReasons())
        .singleElement()
        .satisfies(x -> assertThat(x).contains("classpath"));
    assertThat(r.toJson())
        .contains("\"complete\" : false")
        .contains("\"outcome\" : \"INCOMPLETE\"");
    // also when the caller names an application
    Report only =
        Sinkron.checker().validators(List.of()).only(Application.INFO_GTK).check(school());
    assertThat(only.requestedApplications()).containsExactly(Application.INFO_GTK);
    assertThat(only.incompleteReasons()).hasSize(2);
    assertThat(only.isReady()).isFalse();
  }

  @Test
  void requestedAreTheApplicationsWithAValidatorUnlessOnlyNarrowsThem() {
    // core's tests have one validator on the classpath (Info GTK): that is what is requested
    SchoolSnapshot clean = ImmutableSchoolSnapshot.copyOf(school()).withPtk(school().ptk().get(0));
    Report r = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(clean);
    assertThat(r.requestedApplications()).containsExactly(Application.INFO_GTK);
    assertThat(r.verdict(Application.ARKAS)).isEqualTo(Verdict.NOT_EVALUATED);
    assertThat(r.isComplete()).isTrue();
    assertThat(r.outcome()).isEqualTo(Outcome.READY);
    assertThat(r.isReady()).isTrue();
    assertThat(r.incompleteReasons()).isEmpty();
    // asking for an application whose validator is missing makes the report incomplete
    Report arkas =
        Sinkron.checker()
            .asOf(LocalDate.of(2025, 8, 31))
            .only(Application.INFO_GTK, Application.ARKAS)
            .check(clean);
    assertThat(arkas.requestedApplications())
        .containsExactly(Application.INFO_GTK, Application.ARKAS);
    assertThat(arkas.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(arkas.incompleteReasons())
        .singleElement()
        .satisfies(x -> assertThat(x).startsWith("ARKAS"));
    // a blocker wins over incompleteness
    Report blocked =
        Sinkron.checker()
            .asOf(LocalDate.of(2025, 8, 31))
            .only(Application.INFO_GTK, Application.ARKAS)
            .check(school());
    assertThat(blocked.outcome()).isEqualTo(Outcome.NOT_READY);
    assertThat(blocked.isComplete()).isFalse();
  }

  /** The test validator under another application, applicable to every school or to none. */
  record Wrapped(Application app, boolean applies)
      implements id.sinkron.check.ApplicationValidator {
    static final TestGtkValidator v = new TestGtkValidator();

    @Override
    public Application application() {
      return app;
    }

    @Override
    public java.util.Set<Endpoint> requiredEndpoints() {
      return v.requiredEndpoints();
    }

    @Override
    public List<? extends id.sinkron.check.FindingCode> codes() {
      return v.codes();
    }

    @Override
    public String messageBundle() {
      return v.messageBundle();
    }

    @Override
    public List<id.sinkron.check.Rule> rules() {
      return v.rules();
    }

    @Override
    public boolean appliesTo(SchoolSnapshot school) {
      return applies;
    }
  }

  @Test
  void anApplicationNotApplicableIsNotRequestedAndNothingApplicableIsNeverReady() {
    Report r =
        Sinkron.checker()
            .validators(List.of(new Wrapped(Application.INFO_GTK, false)))
            .asOf(LocalDate.of(2025, 8, 31))
            .check(school());
    assertThat(r.verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(r.requestedApplications()).isEmpty();
    assertThat(r.isComplete()).isFalse();
    assertThat(r.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(r.incompleteReasons())
        .singleElement()
        .satisfies(x -> assertThat(x).contains("berlaku"));
    // beside an applicable application it is neither failed nor ready: the report is complete
    Report both =
        Sinkron.checker()
            .validators(
                List.of(
                    new Wrapped(Application.INFO_GTK, false), new Wrapped(Application.ARKAS, true)))
            .asOf(LocalDate.of(2025, 8, 31))
            .check(ImmutableSchoolSnapshot.copyOf(school()).withPtk(school().ptk().get(0)));
    assertThat(both.requestedApplications()).containsExactly(Application.ARKAS);
    assertThat(both.verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(both.outcome()).isEqualTo(Outcome.READY);
  }

  @Test
  void aSnapshotWithoutAnyResponseIsUnreadableNeverReady() {
    SchoolSnapshot nothing =
        ImmutableSchoolSnapshot.copyOf(school()).withEndpoints(EnumSet.noneOf(Endpoint.class));
    Report r = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(nothing);
    assertThat(r.hasBlockers()).isFalse();
    assertThat(r.outcome()).isEqualTo(Outcome.UNREADABLE);
    assertThat(r.outcome().exitCode()).isEqualTo(2);
    assertThat(r.isReady()).isFalse();
  }

  @Test
  void brokenSchoolsInCheckDumpsAreNeverReadyAndSayWhyInOneLanguage(@TempDir Path tmp)
      throws Exception {
    Path cut = Fixtures.copy(Fixtures.SMK, tmp.resolve("cut"));
    Files.writeString(
        cut.resolve("getGtk.json"), Files.readString(cut.resolve("getGtk.json")).substring(0, 300));
    Path missing = tmp.resolve("missing");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (Locale locale : List.of(Checker.INDONESIAN, Locale.ENGLISH)) {
        List<Report> reports;
        try (Stream<Report> s =
            Sinkron.checker()
                .asOf(LocalDate.of(2025, 8, 31))
                .locale(locale)
                .checkDumps(Stream.of(cut, missing), pool, 2, ReportOrder.INPUT)) {
          reports = s.toList();
        }
        for (Report r : reports) {
          assertThat(r.hasBlockers()).isFalse();
          assertThat(r.isReady()).isFalse();
          assertThat(r.outcome()).isEqualTo(Outcome.UNREADABLE);
          String m = r.describe(r.inputProblems().get(0));
          assertThat(m)
              .doesNotContain("Source")
              .doesNotContain("REDACTED")
              .doesNotContain("Exception")
              .doesNotContain(" -,")
              .doesNotContain("(-")
              .doesNotContain("''");
          if (locale == Locale.ENGLISH) {
            assertThat(m).doesNotContain("tidak").doesNotContain("berkas");
          } else {
            assertThat(m).doesNotContain(" the ").doesNotContain(" is ").doesNotContain("could");
          }
        }
        assertThat(reports.get(0).describe(reports.get(0).inputProblems().get(0)))
            .contains("getGtk.json")
            .contains(locale == Locale.ENGLISH ? "cut off" : "terpotong");
        assertThat(reports.get(1).describe(reports.get(1).inputProblems().get(0)))
            .contains(locale == Locale.ENGLISH ? "does not exist" : "tidak ada");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void missingRequiredEndpointMeansNotEvaluated() {
    SchoolSnapshot s =
        ImmutableSchoolSnapshot.copyOf(school()).withEndpoints(EnumSet.of(Endpoint.SEKOLAH));
    Report r = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(s);
    assertThat(r.verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_EVALUATED);
    assertThat(r.summary(Application.INFO_GTK).reason())
        .hasValueSatisfying(x -> assertThat(x).contains("getGtk.json"));
  }

  @Test
  void unreadableRowInARequiredEndpointIsNeverReady() {
    SchoolSnapshot s =
        ImmutableSchoolSnapshot.copyOf(school())
            .withPtk(school().ptk().get(0))
            .withInputProblems(
                ImmutableInputProblem.builder()
                    .code(InputProblemCode.ROW_UNREADABLE)
                    .endpoint(Endpoint.GTK)
                    .file("getGtk.json")
                    .row(3)
                    .field("tanggal_lahir")
                    .value("2010-13-45")
                    .detail("not a date")
                    .build());
    Report r = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(s);
    assertThat(r.summary(Application.INFO_GTK).blockers()).isZero();
    assertThat(r.verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_READY);
    assertThat(r.inputProblems())
        .extracting(p -> p.code().code())
        .containsExactly("INPUT-ROW-UNREADABLE");
    assertThat(r.toJson()).contains("\"row\" : 3").contains("getGtk.json");
  }

  @Test
  void onlyLimitsTheApplications() {
    Report r =
        Sinkron.checker().only(Application.ARKAS).asOf(LocalDate.of(2025, 8, 31)).check(school());
    assertThat(r.verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_EVALUATED);
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void profileFollowsTheTahunAjaran() {
    SchoolSnapshot old =
        ImmutableSchoolSnapshot.copyOf(school()).withSemesterId(SemesterId.of("20242"));
    assertThat(Sinkron.checker().asOf(LocalDate.of(2025, 3, 1)).check(old).profile())
        .isEqualTo("PERMENDIKBUD_15_2018");
    assertThat(
            Sinkron.checker()
                .profile(RegulationProfiles.permendikdasmen11of2025())
                .check(old)
                .profile())
        .isEqualTo("PERMENDIKDASMEN_11_2025");
  }

  @Test
  void aSharedAnalysisIsComputedOncePerSchoolCheck() {
    id.sinkron.testing.TestGtkValidator.COMPUTED.set(0);
    Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(school());
    assertThat(id.sinkron.testing.TestGtkValidator.COMPUTED.get())
        .as("two rules and the details read it")
        .isEqualTo(1);
    Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(school());
    assertThat(id.sinkron.testing.TestGtkValidator.COMPUTED.get())
        .as("a new check computes it anew")
        .isEqualTo(2);
  }

  @Test
  void everyFindingCarriesItsCodesBasisIntoTheJson() throws Exception {
    Report r = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(school());
    assertThat(r.findings())
        .isNotEmpty()
        .allSatisfy(
            f -> assertThat(f.basis().kind()).isEqualTo(id.sinkron.check.Basis.Kind.INFERRED));
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.toJson());
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
    assertThat(r.findings())
        .allSatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
              assertThat(f.subject().kind()).isEqualTo(SubjectKind.PTK);
            });
  }
}
