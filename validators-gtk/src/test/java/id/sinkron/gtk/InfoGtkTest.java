package id.sinkron.gtk;

import static id.sinkron.gtk.TestSchool.MATEMATIKA;
import static id.sinkron.gtk.TestSchool.cert;
import static id.sinkron.gtk.TestSchool.guru;
import static id.sinkron.gtk.TestSchool.kelas;
import static id.sinkron.gtk.TestSchool.mapel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.CheckOptions;
import id.sinkron.check.ImmutableCheckOptions;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Report;
import id.sinkron.check.Severity;
import id.sinkron.check.Verdict;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.RegulationProfiles;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public entry point, its options and the validator's metadata. */
class InfoGtkTest {
  static final CheckOptions OPTIONS =
      CheckOptions.builder().referenceDate(TestSchool.AS_OF_2025).build();

  @Test
  void assessGivesTheSameAsTheFacadeDetails() {
    SchoolSnapshot school = SmpFixture.build();
    GtkAssessment direct = InfoGtk.assess(school, OPTIONS);
    GtkAssessment viaFacade =
        Sinkron.checker()
            .asOf(TestSchool.AS_OF_2025)
            .only(Application.INFO_GTK)
            .validators(List.of(new InfoGtkValidator()))
            .check(school)
            .details(Application.INFO_GTK, GtkAssessment.class)
            .orElseThrow();
    assertThat(direct.teachers()).isEqualTo(viaFacade.teachers());
    assertThat(direct.profile()).isEqualTo(RegulationProfiles.PERMENDIKDASMEN_11_2025);
    assertThat(direct.referenceDate()).isEqualTo(TestSchool.AS_OF_2025);
    assertThat(direct.ptkSupplementKnown()).isTrue();
    assertThat(direct.findings())
        .extracting(f -> f.code())
        .containsAll(SmpFixture.EXPECTED.stream().map(SmpFixture.Expected::code).toList());
  }

  @Test
  void profileDefaultsByTahunAjaranAndCanBeSet() {
    SchoolSnapshot ta2024 = TestSchool.smp().semester("20241").ptk(guru("a", 1)).build();
    assertThat(InfoGtk.assess(ta2024, OPTIONS).profile())
        .isEqualTo(RegulationProfiles.PERMENDIKBUD_15_2018);
    assertThat(
            InfoGtk.assess(
                    ta2024,
                    ImmutableCheckOptions.copyOf(OPTIONS)
                        .withProfile(RegulationProfiles.permendikdasmen11of2025()))
                .profile())
        .isEqualTo(RegulationProfiles.PERMENDIKDASMEN_11_2025);
    SchoolSnapshot noSemester =
        ImmutableSchoolSnapshot.builder().from(ta2024).semesterId(Optional.empty()).build();
    assertThat(InfoGtk.assess(noSemester, OPTIONS).profile())
        .isEqualTo(RegulationProfiles.PERMENDIKDASMEN_11_2025);
  }

  @Test
  void aCallersLinearityTableIsUsed() {
    LinearityTable biologyTeachesIpa =
        LinearityTable.of(
            List.of(
                new LinearityTable.Entry(
                    "190",
                    "Biologi",
                    TestSchool.IPA,
                    "IPA",
                    Optional.of(id.sinkron.model.Jenjang.SMP),
                    "test")));
    GtkAssessment a =
        InfoGtk.assess(
            SmpFixture.build(),
            CheckOptions.builder()
                .from(OPTIONS)
                .putExtras(LinearityTable.class, biologyTeachesIpa)
                .build());
    TeacherAssessment ipa2 = a.teacher("ipa2").orElseThrow();
    assertThat(ipa2.codes()).isEmpty();
    assertThat(ipa2.linearJtm()).contains(32);
    // Other fields are now unknown: their linearity is not evaluated, never guessed.
    assertThat(a.notEvaluated())
        .extracting(NotEvaluated::code, n -> n.subject().map(s -> s.id()).orElse(""))
        .contains(org.assertj.core.groups.Tuple.tuple("GTK-NOT-LINEAR", "mat1"));
    assertThat(a.teacher("mat1").orElseThrow().linearJtm()).isEmpty();
  }

  @Test
  void withoutTheSupplementCertificationAndDutyRulesAreNotEvaluatedButLoadStillRuns() {
    SchoolSnapshot school =
        TestSchool.smp()
            .noSupplement()
            .ptk(guru("a", 1).addSertifikasi(cert("180", 1)))
            .rombel(kelas("A", "VII A", "a", 30).addPembelajaran(mapel("p1", MATEMATIKA, "a", 18)))
            .build();
    GtkAssessment a = InfoGtk.assess(school, OPTIONS);
    assertThat(a.notEvaluated())
        .filteredOn(n -> n.subject().isEmpty())
        .extracting(NotEvaluated::code)
        .containsExactlyInAnyOrder(
            "GTK-NOT-LINEAR",
            "GTK-CERT-INCOMPLETE",
            "GTK-CERT-DUPLICATE",
            "GTK-DUTY-INCOMPLETE",
            "GTK-DUTY-CAP",
            "GTK-DUTY-NOT-COUNTED");
    assertThat(a.findings())
        .extracting(f -> f.code(), f -> f.severity())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GTK-LOAD-BELOW-MIN", Severity.WARNING));
    TeacherAssessment t = a.teacher("a").orElseThrow();
    assertThat(t.certified()).isEmpty();
    assertThat(t.dutiesKnown()).isFalse();
    assertThat(t.recognisedJtm()).contains(20);
    assertThat(t.codes()).containsExactly(InfoGtkStatusCode.LOAD_BELOW_MIN);
    assertThat(t.status()).isEqualTo(GtkStatus.NOT_VALID);
  }

  @Test
  void aValidCertifiedTeacherIsPredictedValid() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(
                guru("k", 1)
                    .jenisPtk(id.sinkron.model.JenisPtk.KEPALA_SEKOLAH)
                    .addSertifikasi(cert("180", 1))
                    .addTugasTambahan(TestSchool.duty("2")),
                guru("a", 2).addSertifikasi(cert("180", 2)))
            .rombel(kelas("A", "VII A", "a", 30).addPembelajaran(mapel("p1", MATEMATIKA, "a", 22)))
            .build();
    GtkAssessment a = InfoGtk.assess(school, OPTIONS);
    assertThat(a.findings()).isEmpty();
    assertThat(a.teachers()).extracting(TeacherAssessment::status).containsOnly(GtkStatus.VALID);
    assertThat(a.teacher("a").orElseThrow().jjmCategory()).contains("A1");
    assertThat(a.teacher("a").orElseThrow().certified()).contains(true);
    assertThat(a.notValid()).isEmpty();
    assertThat(a.teacher("nobody")).isEmpty();
  }

  @Test
  void englishMessagesOnRequest() {
    GtkAssessment a =
        InfoGtk.assess(
            SmpFixture.build(), ImmutableCheckOptions.copyOf(OPTIONS).withLocale(Locale.ENGLISH));
    assertThat(a.findings()).isNotEmpty();
    assertThat(a.findings().get(0).message())
        .isNotEqualTo(InfoGtk.assess(SmpFixture.build(), OPTIONS).findings().get(0).message());
  }

  @Test
  void validatorMetadata() {
    InfoGtkValidator v = new InfoGtkValidator();
    assertThat(v.application()).isEqualTo(Application.INFO_GTK);
    assertThat(v.requiredEndpoints())
        .containsExactlyInAnyOrder(Endpoint.SEKOLAH, Endpoint.GTK, Endpoint.ROMBONGAN_BELAJAR);
    assertThat(v.messageBundle()).isEqualTo("id.sinkron.gtk.messages");
    assertThatThrownBy(() -> new InfoGtkValidator(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> InfoGtk.assess(null, OPTIONS))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void getPesertaDidikIsNotRequiredButGetRombonganBelajarIs() {
    SchoolSnapshot school = SmpFixture.build();
    Report noPd =
        Sinkron.checker()
            .asOf(TestSchool.AS_OF_2025)
            .only(Application.INFO_GTK)
            .validators(List.of(new InfoGtkValidator()))
            .check(
                ImmutableSchoolSnapshot.builder()
                    .from(school)
                    .endpoints(
                        EnumSet.of(Endpoint.SEKOLAH, Endpoint.GTK, Endpoint.ROMBONGAN_BELAJAR))
                    .build());
    assertThat(noPd.verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_READY);
    Report noRombel =
        Sinkron.checker()
            .asOf(TestSchool.AS_OF_2025)
            .only(Application.INFO_GTK)
            .validators(List.of(new InfoGtkValidator()))
            .check(
                ImmutableSchoolSnapshot.builder()
                    .from(school)
                    .endpoints(EnumSet.of(Endpoint.SEKOLAH, Endpoint.GTK, Endpoint.PESERTA_DIDIK))
                    .build());
    assertThat(noRombel.verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_EVALUATED);
  }

  @Test
  void toStringOfAssessmentHidesNames() {
    String s = InfoGtk.assess(SmpFixture.build(), OPTIONS).toString();
    for (var p : SmpFixture.build().ptk()) {
      assertThat(s).doesNotContain(p.nama());
    }
  }
}
