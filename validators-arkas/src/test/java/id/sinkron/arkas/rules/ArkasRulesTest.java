package id.sinkron.arkas.rules;

import static id.sinkron.arkas.testing.Fixtures.AS_OF;
import static id.sinkron.arkas.testing.Fixtures.duty;
import static id.sinkron.arkas.testing.Fixtures.guru;
import static id.sinkron.arkas.testing.Fixtures.kepsek;
import static id.sinkron.arkas.testing.Fixtures.smpNegeri;
import static id.sinkron.arkas.testing.Fixtures.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.arkas.testing.Fixtures;
import id.sinkron.arkas.testing.SchoolBuilder;
import id.sinkron.check.Finding;
import id.sinkron.check.FindingSink;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;
import id.sinkron.identifier.Masking;
import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.ImmutableSupplement;
import id.sinkron.model.ImmutableTugasTambahan;
import id.sinkron.model.JenisKelamin;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.StatusKepegawaian;
import id.sinkron.profile.ImmutableRegulationProfile;
import id.sinkron.profile.RegulationProfile;
import id.sinkron.profile.RegulationProfiles;
import id.sinkron.testing.RuleHarness;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule alone: a passing and a failing case (codes, subjects, severities, fields, values). */
class ArkasRulesTest {
  static final RuleHarness HARNESS = RuleHarness.of("id.sinkron.arkas.messages").asOf(AS_OF);

  static FindingSink run(ArkasRule rule, SchoolSnapshot school) {
    return HARNESS.run(rule, school);
  }

  static FindingSink run(ArkasRule rule, SchoolSnapshot school, RegulationProfile profile) {
    return HARNESS.profile(profile).run(rule, school);
  }

  static SchoolSnapshot threeStudents() {
    return SchoolBuilder.smp().add(student(1)).add(student(2)).add(student(3)).build();
  }

  static ImmutableSupplement.Builder withDuties() {
    return ImmutableSupplement.builder().ptkDataKnown(true);
  }

  @Nested
  class NoNisn {
    @Test
    void validNisnPasses() {
      assertThat(run(new NoNisnRule(), threeStudents()).findings()).isEmpty();
    }

    @Test
    void emptyMalformedAndPlaceholderNisnFail() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .add(student(1).nisn(""))
              .add(student(2).nisn("12345"))
              .add(student(3).nisn("0000000000"))
              .add(student(4).nisn("0123 004 567"))
              .build();
      assertThat(run(new NoNisnRule(), s).findings())
          .extracting(
              Finding::code,
              f -> f.subject().kind(),
              f -> f.subject().id(),
              Finding::severity,
              f -> f.field().orElse(null),
              f -> f.value().orElse(null))
          .containsExactly(
              tuple("ARKAS-PD-NO-NISN", SubjectKind.PD, "pd-1", Severity.BLOCKER, "nisn", null),
              tuple(
                  "ARKAS-PD-NO-NISN",
                  SubjectKind.PD,
                  "pd-2",
                  Severity.BLOCKER,
                  "nisn",
                  Masking.maskIdentifier("12345")),
              tuple(
                  "ARKAS-PD-NO-NISN",
                  SubjectKind.PD,
                  "pd-3",
                  Severity.BLOCKER,
                  "nisn",
                  "00******00"));
    }
  }

  @Nested
  class NisnDuplicate {
    @Test
    void distinctNisnPasses() {
      assertThat(run(new NisnDuplicateRule(), threeStudents()).findings()).isEmpty();
    }

    @Test
    void laterOfTwoEqualRecordsGetsIt() {
      SchoolSnapshot s =
          SchoolBuilder.smp().add(student(1)).add(student(2).nisn(Fixtures.nisn(1))).build();
      assertThat(run(new NisnDuplicateRule(), s).findings())
          .extracting(
              Finding::code,
              f -> f.subject().id(),
              Finding::severity,
              f -> f.field().orElse(null),
              f -> f.value().orElse(null))
          .containsExactly(
              tuple(
                  "ARKAS-PD-NISN-DUPLICATE",
                  "pd-2",
                  Severity.BLOCKER,
                  "nisn",
                  Masking.maskIdentifier(Fixtures.nisn(1))));
    }

    @Test
    void theRecordThatWouldCountIsKept() {
      SchoolSnapshot s =
          SchoolBuilder.smp().add(student(1), null).add(student(2).nisn("012-300-0001")).build();
      assertThat(run(new NisnDuplicateRule(), s).findings())
          .extracting(f -> f.subject().id())
          .containsExactly("pd-1");
    }
  }

  @Nested
  class Duplicate {
    @Test
    void twinsAreNotDuplicates() {
      LocalDate birth = LocalDate.of(2012, 5, 5);
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .add(student(1).nama("HASAN CONTOH").tanggalLahir(birth).namaIbu("SITI AMINAH"))
              .add(student(2).nama("HUSEIN CONTOH").tanggalLahir(birth).namaIbu("SITI AMINAH"))
              .build();
      assertThat(run(new DuplicateRule(), s).findings()).isEmpty();
    }

    @Test
    void sameNikIsADuplicateOnTheNikField() {
      String nik = Fixtures.nik(LocalDate.of(2012, 3, 2), JenisKelamin.L, 77);
      SchoolSnapshot s =
          SchoolBuilder.smp().add(student(1).nik(nik)).add(student(2).nik(nik)).build();
      assertThat(run(new DuplicateRule(), s).findings())
          .extracting(
              Finding::code,
              f -> f.subject().id(),
              Finding::severity,
              f -> f.field().orElse(null),
              f -> f.value().orElse(null))
          .containsExactly(
              tuple(
                  "ARKAS-PD-DUPLICATE",
                  "pd-2",
                  Severity.BLOCKER,
                  "nik",
                  Masking.maskIdentifier(nik)));
    }

    @Test
    void sameNormalisedIdentityIsADuplicateOnTheNameField() {
      LocalDate birth = LocalDate.of(2012, 9, 9);
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .add(
                  student(1)
                      .nama("MUHAMMAD RIZKI PRATAMA")
                      .tanggalLahir(birth)
                      .namaIbu("Siti Nur Aini"))
              .add(student(2).nama("m.  rizki pratama").tanggalLahir(birth).namaIbu("SITI NURAINI"))
              .build();
      assertThat(run(new DuplicateRule(), s).findings())
          .extracting(Finding::code, f -> f.subject().id(), f -> f.field().orElse(null))
          .containsExactly(tuple("ARKAS-PD-DUPLICATE", "pd-2", "nama"));
    }

    @Test
    void placeholderNiksDoNotMakeDuplicates() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .add(student(1).nik("0000000000000000"))
              .add(student(2).nik("0000000000000000"))
              .build();
      assertThat(run(new DuplicateRule(), s).findings()).isEmpty();
    }
  }

  @Nested
  class NoRombel {
    @Test
    void memberOfAClassRombelPasses() {
      assertThat(run(new NoRombelRule(), threeStudents()).findings()).isEmpty();
    }

    @Test
    void noRombelOrOnlyAnEkskulFails() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .rombel("rb-pramuka", "PRAMUKA", 7, JenisRombel.EKSTRAKURIKULER)
              .add(student(1), null)
              .add(student(2), "rb-pramuka")
              .add(student(3))
              .build();
      assertThat(run(new NoRombelRule(), s).findings())
          .extracting(
              Finding::code, f -> f.subject().id(), Finding::severity, f -> f.field().orElse(null))
          .containsExactly(
              tuple("ARKAS-PD-NO-ROMBEL", "pd-1", Severity.BLOCKER, "anggota_rombel"),
              tuple("ARKAS-PD-NO-ROMBEL", "pd-2", Severity.BLOCKER, "anggota_rombel"));
    }
  }

  @Nested
  class AgeBand {
    @Test
    void insideTheBandPasses() {
      FindingSink out = run(new AgeBandRule(), threeStudents());
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated()).isEmpty();
    }

    @Test
    void tooYoungFails() {
      SchoolSnapshot s =
          SchoolBuilder.smp().add(student(1).tanggalLahir(LocalDate.of(2015, 1, 1))).build();
      FindingSink out = run(new AgeBandRule(), s);
      assertThat(out.findings())
          .extracting(
              Finding::code,
              f -> f.subject().id(),
              Finding::severity,
              f -> f.field().orElse(null),
              Finding::arguments)
          .containsExactly(
              tuple(
                  "ARKAS-PD-AGE-BAND",
                  "pd-1",
                  Severity.BLOCKER,
                  "tanggal_lahir",
                  List.of("10", "7", "11–19", "SMP", "2025-08-31")));
    }

    @Test
    void noBandForSlbIsNotEvaluated() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .sekolah(smpNegeri().bentukPendidikan(BentukPendidikan.of("8")).build())
              .add(student(1).tanggalLahir(LocalDate.of(1990, 1, 1)))
              .build();
      FindingSink out = run(new AgeBandRule(), s);
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::code, NotEvaluated::reasonKey)
          .containsExactly(tuple("ARKAS-PD-AGE-BAND", "arkas.reason.no.band"));
    }

    @Test
    void missingBirthDateIsNotEvaluatedForTheStudent() {
      SchoolSnapshot s =
          SchoolBuilder.smp().add(student(1).tanggalLahir(java.util.Optional.empty())).build();
      FindingSink out = run(new AgeBandRule(), s);
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::code, n -> n.subject().orElseThrow().id())
          .containsExactly(tuple("ARKAS-PD-AGE-BAND", "pd-1"));
    }
  }

  @Nested
  class AfterCutOff {
    @Test
    void enteredOnTheCutOffPasses() {
      SchoolSnapshot s =
          SchoolBuilder.smp().add(student(1).tanggalMasukSekolah(Fixtures.CUT_OFF)).build();
      assertThat(run(new AfterCutOffRule(), s).findings()).isEmpty();
    }

    @Test
    void enteredTheDayAfterIsInfo() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .add(student(1).tanggalMasukSekolah(Fixtures.CUT_OFF.plusDays(1)))
              .build();
      assertThat(run(new AfterCutOffRule(), s).findings())
          .extracting(
              Finding::code,
              f -> f.subject().id(),
              Finding::severity,
              f -> f.field().orElse(null),
              f -> f.value().orElse(null),
              Finding::arguments)
          .containsExactly(
              tuple(
                  "ARKAS-PD-AFTER-CUTOFF",
                  "pd-1",
                  Severity.INFO,
                  "tanggal_masuk_sekolah",
                  "2025-09-01",
                  List.of("2025-09-01", "2025-08-31", "2026-08-31")));
    }

    @Test
    void missingEntryDateIsNotEvaluated() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .add(student(1).tanggalMasukSekolah(java.util.Optional.empty()))
              .build();
      FindingSink out = run(new AfterCutOffRule(), s);
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::code, NotEvaluated::reasonKey)
          .containsExactly(tuple("ARKAS-PD-AFTER-CUTOFF", "arkas.reason.no.entry.date"));
    }
  }

  @Nested
  class NikInvalid {
    @Test
    void validNikPasses() {
      assertThat(run(new NikInvalidRule(), threeStudents()).findings()).isEmpty();
    }

    @Test
    void missingPlaceholderAndBadDateFail() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .add(student(1).nik(java.util.Optional.empty()))
              .add(student(2).nik("1111111111111111"))
              .add(student(3).nik("3273013203120001"))
              .build();
      assertThat(run(new NikInvalidRule(), s).findings())
          .extracting(
              Finding::code,
              f -> f.subject().id(),
              Finding::severity,
              f -> f.field().orElse(null),
              f -> f.value().orElse(null))
          .containsExactly(
              tuple("ARKAS-PD-NIK-INVALID", "pd-1", Severity.WARNING, "nik", null),
              tuple("ARKAS-PD-NIK-INVALID", "pd-2", Severity.WARNING, "nik", "1111********1111"),
              tuple("ARKAS-PD-NIK-INVALID", "pd-3", Severity.WARNING, "nik", "3273********0001"));
    }
  }

  @Nested
  class RombelOverCap {
    static SchoolSnapshot withMembers(int n) {
      SchoolBuilder b =
          SchoolBuilder.smp().rombel("rb-ekskul", "FUTSAL", 7, JenisRombel.EKSTRAKURIKULER);
      for (int i = 1; i <= n; i++) {
        b.add(student(i));
      }
      for (int i = 1; i <= 40; i++) {
        b.addMemberOnly("pd-" + i, "rb-ekskul");
      }
      return b.build();
    }

    @Test
    void atTheCapPasses() {
      assertThat(run(new RombelOverCapRule(), withMembers(32)).findings()).isEmpty();
    }

    @Test
    void aboveTheCapWarns() {
      assertThat(run(new RombelOverCapRule(), withMembers(33)).findings())
          .extracting(
              Finding::code,
              f -> f.subject().kind(),
              f -> f.subject().id(),
              Finding::severity,
              f -> f.field().orElse(null),
              f -> f.value().orElse(null))
          .containsExactly(
              tuple(
                  "ARKAS-ROMBEL-OVER-CAP",
                  SubjectKind.ROMBEL,
                  SchoolBuilder.ROMBEL_7A,
                  Severity.WARNING,
                  "anggota_rombel",
                  "33"));
    }

    @Test
    void capComesFromTheProfile() {
      RegulationProfile p =
          ImmutableRegulationProfile.copyOf(RegulationProfiles.permendikdasmen11of2025())
              .withRombelCaps(Map.of(id.sinkron.model.Jenjang.SMP, 2));
      assertThat(run(new RombelOverCapRule(), threeStudents(), p).findings()).hasSize(1);
    }
  }

  @Nested
  class MinStudents {
    static SchoolBuilder withStudents(int n) {
      SchoolBuilder b = SchoolBuilder.smp();
      for (int i = 0; i < n; i++) {
        b.rombel("rb-" + (i / 30), "7" + (char) ('A' + i / 30), 7);
      }
      for (int i = 1; i <= n; i++) {
        b.add(student(i), "rb-" + ((i - 1) / 30));
      }
      return b;
    }

    @Test
    void sixtyCountablePasses() {
      assertThat(run(new MinStudentsRule(), withStudents(60).build()).findings()).isEmpty();
    }

    @Test
    void fiftyNineWarns() {
      assertThat(run(new MinStudentsRule(), withStudents(59).build()).findings())
          .extracting(
              Finding::code,
              f -> f.subject().kind(),
              f -> f.subject().id(),
              Finding::severity,
              f -> f.value().orElse(null))
          .containsExactly(
              tuple(
                  "ARKAS-MIN-STUDENTS",
                  SubjectKind.SEKOLAH,
                  Fixtures.SEKOLAH_ID,
                  Severity.WARNING,
                  "59"));
    }

    @Test
    void exemptBentukPasses() {
      SchoolSnapshot s =
          withStudents(5)
              .sekolah(smpNegeri().bentukPendidikan(BentukPendidikan.SLB).build())
              .build();
      assertThat(run(new MinStudentsRule(), s).findings()).isEmpty();
    }
  }

  @Nested
  class KepsekMissing {
    @Test
    void jenisPtkKepalaSekolahPasses() {
      assertThat(run(new KepsekMissingRule(), threeStudents()).findings()).isEmpty();
    }

    @Test
    void noKepalaSekolahFails() {
      SchoolSnapshot s = SchoolBuilder.smp().ptk(guru("ptk-a").build()).add(student(1)).build();
      assertThat(run(new KepsekMissingRule(), s).findings())
          .extracting(
              Finding::code, f -> f.subject().kind(), f -> f.subject().id(), Finding::severity)
          .containsExactly(
              tuple(
                  "ARKAS-KEPSEK-MISSING",
                  SubjectKind.SEKOLAH,
                  Fixtures.SEKOLAH_ID,
                  Severity.BLOCKER));
    }

    @Test
    void activePltDutyPassesWhenDutiesAreKnown() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .ptk(guru("ptk-a").addTugasTambahan(duty("33")).build())
              .supplement(withDuties().build())
              .build();
      assertThat(run(new KepsekMissingRule(), s).findings()).isEmpty();
    }

    @Test
    void dutyIsIgnoredWhenDutiesAreNotKnown() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .ptk(guru("ptk-a").addTugasTambahan(duty("2")).build())
              .supplement(SchoolBuilder.supplementWithoutDuties().build())
              .build();
      assertThat(run(new KepsekMissingRule(), s).findings())
          .extracting(Finding::code)
          .containsExactly("ARKAS-KEPSEK-MISSING");
    }

    @Test
    void endedDutyFails() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .ptk(
                  guru("ptk-a")
                      .addTugasTambahan(
                          ImmutableTugasTambahan.copyOf(duty("2"))
                              .withTstTambahan(LocalDate.of(2025, 6, 30)))
                      .build())
              .supplement(withDuties().build())
              .build();
      assertThat(run(new KepsekMissingRule(), s).findings())
          .extracting(Finding::code)
          .containsExactly("ARKAS-KEPSEK-MISSING");
    }
  }

  @Nested
  class BendaharaMissing {
    @Test
    void notEvaluatedWithoutDuties() {
      FindingSink out = run(new BendaharaMissingRule(), threeStudents());
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::code, NotEvaluated::reasonKey)
          .containsExactly(tuple("ARKAS-BENDAHARA-MISSING", "arkas.reason.no.duties"));
    }

    @Test
    void activeBendaharaDutyPasses() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .addPtk(guru("ptk-b").addTugasTambahan(duty("91")).build())
              .supplement(withDuties().build())
              .build();
      FindingSink out = run(new BendaharaMissingRule(), s);
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated()).isEmpty();
    }

    @Test
    void noBendaharaDutyWarns() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .addPtk(guru("ptk-b").addTugasTambahan(duty("41")).build())
              .supplement(withDuties().build())
              .build();
      assertThat(run(new BendaharaMissingRule(), s).findings())
          .extracting(
              Finding::code,
              f -> f.subject().kind(),
              Finding::severity,
              f -> f.field().orElse(null))
          .containsExactly(
              tuple(
                  "ARKAS-BENDAHARA-MISSING",
                  SubjectKind.SEKOLAH,
                  Severity.WARNING,
                  "tugas_tambahan"));
    }
  }

  @Nested
  class NipFormat {
    @Test
    void eighteenDigitNipPasses() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .addPtk(guru("ptk-b").addTugasTambahan(duty("91")).build())
              .supplement(withDuties().build())
              .build();
      FindingSink out = run(new NipFormatRule(), s);
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated()).isEmpty();
    }

    @Test
    void shortNipOfKepsekAndBendaharaFails() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .ptk(
                  kepsek().nip("19750412200003100").build(),
                  guru("ptk-b")
                      .nip(java.util.Optional.empty())
                      .addTugasTambahan(duty("91"))
                      .build(),
                  guru("ptk-c").nip("1985").build())
              .supplement(withDuties().build())
              .build();
      assertThat(run(new NipFormatRule(), s).findings())
          .extracting(
              Finding::code,
              f -> f.subject().kind(),
              f -> f.subject().id(),
              Finding::severity,
              f -> f.field().orElse(null),
              f -> f.value().orElse(null))
          .containsExactly(
              tuple(
                  "ARKAS-NIP-FORMAT",
                  SubjectKind.PTK,
                  "ptk-kepsek",
                  Severity.BLOCKER,
                  "nip",
                  "1975*********3100"),
              tuple("ARKAS-NIP-FORMAT", SubjectKind.PTK, "ptk-b", Severity.BLOCKER, "nip", null));
    }

    @Test
    void swastaSchoolOrNonPnsPasses() {
      SchoolSnapshot swasta =
          SchoolBuilder.smp()
              .sekolah(smpNegeri().statusSekolah("2").build())
              .ptk(kepsek().nip("123").build())
              .supplement(withDuties().build())
              .build();
      SchoolSnapshot gty =
          SchoolBuilder.smp()
              .ptk(kepsek().statusKepegawaian(StatusKepegawaian.GTY_PTY).nip("123").build())
              .supplement(withDuties().build())
              .build();
      assertThat(run(new NipFormatRule(), swasta).findings()).isEmpty();
      assertThat(run(new NipFormatRule(), gty).findings()).isEmpty();
    }

    @Test
    void withoutDutiesOnlyTheKepsekIsCheckedAndThatIsRecorded() {
      SchoolSnapshot s = SchoolBuilder.smp().ptk(kepsek().nip("1975").build()).build();
      FindingSink out = run(new NipFormatRule(), s);
      assertThat(out.findings()).extracting(f -> f.subject().id()).containsExactly("ptk-kepsek");
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::reasonKey)
          .containsExactly("arkas.reason.nip.bendahara.unknown");
    }
  }

  @Nested
  class NpsnFormat {
    @Test
    void eightDigitsPasses() {
      assertThat(run(new NpsnFormatRule(), threeStudents()).findings()).isEmpty();
    }

    @Test
    void sevenDigitsOrEmptyFails() {
      SchoolSnapshot seven =
          SchoolBuilder.smp().sekolah(smpNegeri().npsn("2021987").build()).build();
      SchoolSnapshot empty =
          SchoolBuilder.smp().sekolah(smpNegeri().npsn(java.util.Optional.empty()).build()).build();
      assertThat(run(new NpsnFormatRule(), seven).findings())
          .extracting(
              Finding::code,
              f -> f.subject().kind(),
              Finding::severity,
              f -> f.field().orElse(null),
              f -> f.value().orElse(null))
          .containsExactly(
              tuple("ARKAS-NPSN-FORMAT", SubjectKind.SEKOLAH, Severity.BLOCKER, "npsn", "2021987"));
      assertThat(run(new NpsnFormatRule(), empty).findings())
          .extracting(Finding::code, f -> f.value().orElse(null))
          .containsExactly(tuple("ARKAS-NPSN-FORMAT", null));
    }
  }

  @Nested
  class CountMismatch {
    @Test
    void notEvaluatedWithoutADeclaredCount() {
      FindingSink out = run(new CountMismatchRule(), threeStudents());
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::code)
          .containsExactly("ARKAS-COUNT-MISMATCH");
    }

    @Test
    void equalCountPasses() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .add(student(1))
              .add(student(2))
              .supplement(SchoolBuilder.supplementWithoutDuties().jumlahSiswaDilaporkan(2).build())
              .build();
      assertThat(run(new CountMismatchRule(), s).findings()).isEmpty();
    }

    @Test
    void differentCountFails() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .add(student(1))
              .add(student(2))
              .add(student(3).nisn(""))
              .supplement(SchoolBuilder.supplementWithoutDuties().jumlahSiswaDilaporkan(3).build())
              .build();
      assertThat(run(new CountMismatchRule(), s).findings())
          .extracting(
              Finding::code,
              f -> f.subject().kind(),
              Finding::severity,
              f -> f.value().orElse(null),
              Finding::arguments)
          .containsExactly(
              tuple(
                  "ARKAS-COUNT-MISMATCH",
                  SubjectKind.SEKOLAH,
                  Severity.BLOCKER,
                  "3",
                  List.of("3", "2", "1")));
    }
  }

  @Nested
  class BospEstimate {
    @Test
    void notEvaluatedWithoutAUnitCost() {
      FindingSink out = run(new BospEstimateRule(), threeStudents());
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::code, NotEvaluated::reasonKey)
          .containsExactly(tuple("ARKAS-BOSP-ESTIMATE", "arkas.reason.no.unit.cost"));
    }

    @Test
    void supplementUnitCostGivesTheEstimate() {
      SchoolSnapshot s =
          SchoolBuilder.smp()
              .add(student(1))
              .add(student(2))
              .add(student(3))
              .supplement(SchoolBuilder.supplementWithoutDuties().satuanBiaya(1_100_000L).build())
              .build();
      assertThat(run(new BospEstimateRule(), s).findings())
          .extracting(
              Finding::code,
              f -> f.subject().kind(),
              Finding::severity,
              f -> f.value().orElse(null))
          .containsExactly(
              tuple("ARKAS-BOSP-ESTIMATE", SubjectKind.SEKOLAH, Severity.INFO, "3300000"));
    }

    @Test
    void profileKabupatenUnitCostIsUsed() {
      RegulationProfile p =
          ImmutableRegulationProfile.copyOf(RegulationProfiles.permendikdasmen11of2025())
              .withUnitCosts(Map.of("0260/SMP", 1_250_000L, "SMP", 1_100_000L));
      assertThat(run(new BospEstimateRule(), threeStudents(), p).findings())
          .extracting(f -> f.value().orElse(null))
          .containsExactly("3750000");
    }
  }

  @Test
  void everyRuleIsListedOnceAndCodesMatchTheEnum() {
    assertThat(ArkasRules.all()).hasSize(ArkasCode.values().length);
    assertThat(ArkasRules.all()).extracting(r -> r.getClass()).doesNotHaveDuplicates();
  }
}
