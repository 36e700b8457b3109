package id.sinkron.gtk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import id.sinkron.model.Ptk;
import id.sinkron.model.SchoolSnapshot;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The realistic SMP through the facade: exactly the expected findings, details and JSON. */
class RealisticSchoolTest {
  static final SchoolSnapshot SCHOOL = SmpFixture.build();

  static Report check(Locale locale) {
    return Sinkron.checker()
        .asOf(TestSchool.AS_OF_2025)
        .only(Application.INFO_GTK)
        .locale(locale)
        .validators(List.of(new InfoGtkValidator()))
        .check(SCHOOL);
  }

  static Set<SmpFixture.Expected> found(Report r) {
    return r.findings(Application.INFO_GTK).stream()
        .map(
            f ->
                new SmpFixture.Expected(
                    f.code(), f.subject().kind(), f.subject().id(), f.severity()))
        .collect(Collectors.toSet());
  }

  @Test
  void facadeRunYieldsExactlyTheExpectedFindings() {
    Report r = check(Locale.forLanguageTag("id"));
    assertThat(found(r)).containsExactlyInAnyOrderElementsOf(SmpFixture.EXPECTED);
    // one finding per problem: never the same code, subject and field twice
    assertThat(r.findings(Application.INFO_GTK))
        .extracting(f -> f.code() + "|" + f.subject().id() + "|" + f.field().orElse(""))
        .doesNotHaveDuplicates();
    assertThat(r.verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_READY);
    assertThat(r.profile()).isEqualTo("PERMENDIKDASMEN_11_2025");
    assertThat(found(check(Locale.ENGLISH))).isEqualTo(found(r));
  }

  @Test
  void onlyNonIndukAndBkLoadsAreNotEvaluated() {
    assertThat(check(Locale.ENGLISH).notEvaluated())
        .extracting(
            n -> n.code(), n -> n.subject().map(s -> s.id()).orElse(null), n -> n.reasonKey())
        .containsExactlyInAnyOrder(
            tuple("GTK-LOAD-BELOW-MIN", "bi3", "gtk.reason.load.not.induk"),
            tuple("GTK-LOAD-BELOW-MIN", "bk", "gtk.reason.load.guru.bk"));
  }

  @Test
  void theValidatorIsFoundByServiceLoaderAndGivesTheSameResult() {
    List<ApplicationValidator> found =
        Sinkron.discover(getClass().getClassLoader()).stream()
            .filter(v -> v instanceof InfoGtkValidator)
            .toList();
    assertThat(found).hasSize(1);
    Report r =
        Sinkron.checker()
            .asOf(TestSchool.AS_OF_2025)
            .only(Application.INFO_GTK)
            .validators(found)
            .check(SCHOOL);
    assertThat(found(r)).isEqualTo(found(check(Locale.ENGLISH)));
  }

  @Test
  void loadBelowMinCarriesTheBreakdownAsArguments() {
    Finding f =
        check(Locale.forLanguageTag("id")).findings(Application.INFO_GTK).stream()
            .filter(x -> x.code().equals("GTK-LOAD-BELOW-MIN") && x.subject().id().equals("mat2"))
            .findFirst()
            .orElseThrow();
    // 20 teaching + 2 wali kelas + 0 duties = 22, short 2 of 24, A2; 5 JTM in the empty rombel;
    // duties known;
    // nothing above the curriculum allocation
    assertThat(f.arguments()).containsExactly("20", "2", "0", "22", "2", "24", "A2", "5", "1", "0");
  }

  @Test
  void detailsPredictStatusCodesAndLoadPerTeacher() {
    GtkAssessment a =
        check(Locale.forLanguageTag("id"))
            .details(Application.INFO_GTK, GtkAssessment.class)
            .orElseThrow();
    assertThat(a.teachers()).hasSize(22);
    assertThat(a.notValid())
        .extracting(TeacherAssessment::ptkId)
        .containsExactlyInAnyOrderElementsOf(SmpFixture.EXPECTED_NOT_VALID);
    Map<String, List<String>> codes = new HashMap<>();
    for (TeacherAssessment t : a.teachers()) {
      if (!t.codes().isEmpty()) {
        codes.put(t.ptkId(), t.codes().stream().map(InfoGtkStatusCode::code).toList());
      }
    }
    assertThat(codes).isEqualTo(SmpFixture.EXPECTED_CODES);

    TeacherAssessment mat2 = a.teacher("mat2").orElseThrow();
    assertThat(mat2.recognisedJtm()).contains(22);
    assertThat(mat2.jjmCategory()).contains("A2");
    assertThat(mat2.findingCodes())
        .containsExactlyInAnyOrder("GTK-LOAD-BELOW-MIN", "GTK-HOURS-EMPTY-ROMBEL");
    TeacherAssessment ipa2 = a.teacher("ipa2").orElseThrow();
    assertThat(ipa2.linearJtm()).contains(12);
    assertThat(ipa2.recognisedJtm()).contains(32);
    TeacherAssessment ks = a.teacher("ks").orElseThrow();
    assertThat(ks.recognisedJtm()).contains(29);
    assertThat(ks.status()).isEqualTo(GtkStatus.VALID);
    assertThat(ks.bebanKerja().teaching())
        .extracting(TeachingHours::excluded)
        .containsExactly(
            java.util.Optional.empty(), java.util.Optional.of(HoursExclusion.EKSTRAKURIKULER));
    TeacherAssessment bi3 = a.teacher("bi3").orElseThrow();
    assertThat(bi3.loadEvaluation()).isEqualTo(LoadEvaluation.NOT_INDUK);
    assertThat(bi3.recognisedJtm()).isEmpty();
    assertThat(bi3.status()).isEqualTo(GtkStatus.VALID);
    assertThat(a.teacher("bk").orElseThrow().loadEvaluation()).isEqualTo(LoadEvaluation.GURU_BK);
    assertThat(a.teacher("tu1")).isEmpty();
  }

  @Test
  void reportJsonHoldsTeachersAndNoPersonalData() throws Exception {
    String json = check(Locale.forLanguageTag("id")).toJson();
    JsonNode details = new ObjectMapper().readTree(json).path("details").path("INFO_GTK");
    assertThat(details.isObject()).isTrue();
    Set<String> top = new HashSet<>();
    details.fieldNames().forEachRemaining(top::add);
    assertThat(top).containsExactly("teachers");
    assertThat(details.path("teachers")).hasSize(22);
    for (JsonNode t : details.path("teachers")) {
      assertThat(
              t.has("ptkId")
                  && t.has("status")
                  && t.has("codes")
                  && t.has("recognisedJtm")
                  && t.has("jjmCategory")
                  && t.has("bebanKerja")
                  && !t.has("load"))
          .as(t.toString())
          .isTrue();
      assertThat(t.has("findings")).isFalse();
    }
    JsonNode mat2 = null;
    for (JsonNode t : details.path("teachers")) {
      if (t.path("ptkId").asText().equals("mat2")) {
        mat2 = t;
      }
    }
    assertThat(mat2.path("codes").get(0).asText()).isEqualTo("02");
    assertThat(mat2.path("recognisedJtm").asInt()).isEqualTo(22);
    assertThat(mat2.path("bebanKerja").path("teaching").get(0).has("rombelNama")).isTrue();

    for (Ptk p : SCHOOL.ptk()) {
      assertThat(json).doesNotContain(p.nama());
      p.nik().filter(n -> n.length() > 4).ifPresent(n -> assertThat(json).doesNotContain(n));
      p.nip().ifPresent(n -> assertThat(json).doesNotContain(n));
      p.nuptk().filter(n -> n.length() > 4).ifPresent(n -> assertThat(json).doesNotContain(n));
      for (var s : p.sertifikasi()) {
        s.nomorSertifikat().ifPresent(n -> assertThat(json).doesNotContain(n));
        s.nrg().ifPresent(n -> assertThat(json).doesNotContain(n));
      }
    }
  }
}
