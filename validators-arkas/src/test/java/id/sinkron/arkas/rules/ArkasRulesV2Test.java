package id.sinkron.arkas.rules;

import static id.sinkron.arkas.testing.Fixtures.duty;
import static id.sinkron.arkas.testing.Fixtures.guru;
import static id.sinkron.arkas.testing.Fixtures.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.sinkron.arkas.testing.Fixtures;
import id.sinkron.arkas.testing.SchoolBuilder;
import id.sinkron.check.Finding;
import id.sinkron.check.FindingSink;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Severity;
import id.sinkron.identifier.Masking;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutablePengguna;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.ImmutableSupplement;
import id.sinkron.model.JenisKelamin;
import id.sinkron.model.Pengguna;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.ImmutableRegulationProfile;
import id.sinkron.profile.RegulationProfiles;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The ARKAS rules of RULES.md v2 (issue 18): NIK mismatch, implausible tingkat, officials without
 * account.
 */
class ArkasRulesV2Test {
  static FindingSink run(ArkasRule rule, SchoolSnapshot school) {
    return ArkasRulesTest.HARNESS.run(rule, school);
  }

  @Nested
  class NikMismatch {
    @Test
    void aNikThatMatchesBirthDateAndSexPasses() {
      assertThat(run(new NikMismatchRule(), ArkasRulesTest.threeStudents()).findings()).isEmpty();
    }

    @Test
    void dateAndSexDisagreementsAreOneFindingEach() {
      LocalDate born = LocalDate.of(2012, 5, 9);
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .add(
                  student(1)
                      .tanggalLahir(born)
                      .jenisKelamin(JenisKelamin.L)
                      .nik(Fixtures.nik(LocalDate.of(2012, 6, 9), JenisKelamin.L, 11)))
              .add(
                  student(2)
                      .tanggalLahir(born)
                      .jenisKelamin(JenisKelamin.L)
                      .nik(Fixtures.nik(born, JenisKelamin.P, 12)))
              .add(student(3).nik("12345"))
              .build();
      assertThat(run(new NikMismatchRule(), s).findings())
          .extracting(
              Finding::code,
              f -> f.subject().id(),
              Finding::severity,
              f -> f.field().orElse(null),
              f -> f.value().orElse(null))
          .containsExactly(
              tuple(
                  "ARKAS-PD-NIK-MISMATCH",
                  "pd-1",
                  Severity.WARNING,
                  "tanggal_lahir",
                  Masking.maskIdentifier(
                      Fixtures.nik(LocalDate.of(2012, 6, 9), JenisKelamin.L, 11))),
              tuple(
                  "ARKAS-PD-NIK-MISMATCH",
                  "pd-2",
                  Severity.WARNING,
                  "jenis_kelamin",
                  Masking.maskIdentifier(Fixtures.nik(born, JenisKelamin.P, 12))));
    }
  }

  @Nested
  class TingkatImplausible {
    @Test
    void studentsOfTheUsualAgeAndNewEntrantsAtTheEntryTingkatPass() {
      assertThat(run(new TingkatImplausibleRule(), ArkasRulesTest.threeStudents()).findings())
          .isEmpty();
    }

    @Test
    void anAgeMoreThanTheToleranceOffTheTingkatWarns() {
      SchoolSnapshot s =
          SchoolBuilder.smp().add(student(1).tanggalLahir(LocalDate.of(2008, 2, 1))).build();
      assertThat(run(new TingkatImplausibleRule(), s).findings())
          .extracting(
              Finding::code,
              f -> f.subject().id(),
              Finding::severity,
              f -> f.field().orElse(null),
              Finding::arguments)
          .containsExactly(
              tuple(
                  "ARKAS-PD-TINGKAT-IMPLAUSIBLE",
                  "pd-1",
                  Severity.WARNING,
                  "tanggal_lahir",
                  List.of("0", "7", "17", "13", "2")));
    }

    @Test
    void anAcceleratedStudentTwoYearsYoungerIsNotAFalseAlarm() {
      // 11 on 1 July 2025 in tingkat 7 (usual 13): within the tolerance of 2 years
      SchoolSnapshot s =
          SchoolBuilder.smp().add(student(1).tanggalLahir(LocalDate.of(2014, 1, 10))).build();
      assertThat(run(new TingkatImplausibleRule(), s).findings()).isEmpty();
      // with a tolerance of 1 the same student is flagged: the value comes from the profile
      FindingSink strict =
          ArkasRulesTest.HARNESS
              .profile(
                  ImmutableRegulationProfile.copyOf(RegulationProfiles.permendikdasmen11of2025())
                      .withTingkatAgeTolerance(1))
              .run(new TingkatImplausibleRule(), s);
      assertThat(strict.findings())
          .extracting(Finding::code)
          .containsExactly("ARKAS-PD-TINGKAT-IMPLAUSIBLE");
    }

    @Test
    void aNewEntrantOutsideAnEntryTingkatWarnsButAnOlderStudentThereDoesNot() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .rombel("rb-8a", "8A", 8)
              .add(student(1).tanggalLahir(LocalDate.of(2011, 3, 1)), "rb-8a")
              .add(
                  student(2)
                      .tanggalLahir(LocalDate.of(2011, 4, 1))
                      .tanggalMasukSekolah(LocalDate.of(2024, 7, 15)),
                  "rb-8a")
              .build();
      assertThat(run(new TingkatImplausibleRule(), s).findings())
          .extracting(f -> f.subject().id(), f -> f.field().orElse(null), f -> f.arguments().get(0))
          .containsExactly(tuple("pd-1", "tingkat_pendidikan_id", "1"));
    }
  }

  @Nested
  class PejabatNoAccount {
    private SchoolSnapshot withUsers(SchoolSnapshot s, Pengguna... users) {
      EnumSet<Endpoint> e = EnumSet.copyOf(s.endpoints());
      e.add(Endpoint.PENGGUNA);
      return ImmutableSchoolSnapshot.copyOf(s).withPengguna(List.of(users)).withEndpoints(e);
    }

    private Pengguna account(String ptkId) {
      return ImmutablePengguna.builder()
          .penggunaId("u-" + ptkId)
          .ptkId(ptkId)
          .peran("Kepala Sekolah")
          .build();
    }

    @Test
    void withoutGetPenggunaItIsNotEvaluated() {
      FindingSink out = run(new PejabatNoAccountRule(), ArkasRulesTest.threeStudents());
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::code, NotEvaluated::reasonKey)
          .containsExactly(tuple("ARKAS-PEJABAT-NO-ACCOUNT", "arkas.reason.no.pengguna"));
    }

    @Test
    void officialsWithAccountsPass() {
      SchoolSnapshot s =
          withUsers(
              SchoolBuilder.smp()
                  .addPtk(guru("ptk-b").addTugasTambahan(duty("91")).build())
                  .supplement(ImmutableSupplement.builder().ptkDataKnown(true).build())
                  .build(),
              account("ptk-kepsek"),
              account("ptk-b"));
      FindingSink out = run(new PejabatNoAccountRule(), s);
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated()).isEmpty();
    }

    @Test
    void aKepalaSekolahAndABendaharaWithoutAccountWarn() {
      SchoolSnapshot s =
          withUsers(
              SchoolBuilder.smp()
                  .addPtk(guru("ptk-b").addTugasTambahan(duty("91")).build())
                  .addPtk(guru("ptk-c").build())
                  .supplement(ImmutableSupplement.builder().ptkDataKnown(true).build())
                  .build(),
              account("ptk-c"));
      assertThat(run(new PejabatNoAccountRule(), s).findings())
          .extracting(Finding::code, f -> f.subject().id(), Finding::severity, Finding::arguments)
          .containsExactlyInAnyOrder(
              tuple("ARKAS-PEJABAT-NO-ACCOUNT", "ptk-kepsek", Severity.WARNING, List.of("0")),
              tuple("ARKAS-PEJABAT-NO-ACCOUNT", "ptk-b", Severity.WARNING, List.of("1")));
    }
  }
}
