package id.sinkron.erapor.rules;

import static id.sinkron.erapor.fixture.Fixtures.AS_OF;
import static id.sinkron.erapor.fixture.Fixtures.akun;
import static id.sinkron.erapor.fixture.Fixtures.anggota;
import static id.sinkron.erapor.fixture.Fixtures.cleanSmp;
import static id.sinkron.erapor.fixture.Fixtures.ekskul;
import static id.sinkron.erapor.fixture.Fixtures.kelas;
import static id.sinkron.erapor.fixture.Fixtures.kelasLengkap;
import static id.sinkron.erapor.fixture.Fixtures.pd;
import static id.sinkron.erapor.fixture.Fixtures.pdIn;
import static id.sinkron.erapor.fixture.Fixtures.pembelajaran;
import static id.sinkron.erapor.fixture.Fixtures.pilihan;
import static id.sinkron.erapor.fixture.Fixtures.ptk;
import static id.sinkron.erapor.fixture.Fixtures.school;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.check.Finding;
import id.sinkron.check.FindingSink;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Rule;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;
import id.sinkron.erapor.DapodikVersion;
import id.sinkron.erapor.DapodikVersionTable;
import id.sinkron.erapor.ERaporValidator;
import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutablePembelajaran;
import id.sinkron.model.ImmutablePesertaDidikKeluar;
import id.sinkron.model.ImmutableProvenance;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.ImmutableSupplement;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.SemesterId;
import id.sinkron.testing.RuleHarness;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Per rule: a passing case and a failing case asserting code, subject, severity, field and value.
 */
class ERaporRulesTest {
  static final RuleHarness HARNESS = RuleHarness.of(ERaporValidator.MESSAGES).asOf(AS_OF);

  static FindingSink run(Rule rule, SchoolSnapshot school) {
    return HARNESS.run(rule, school);
  }

  static Finding only(
      FindingSink out, String code, SubjectKind kind, String id, Severity sev, String field) {
    assertThat(out.findings()).hasSize(1);
    Finding f = out.findings().get(0);
    assertThat(f.code()).isEqualTo(code);
    assertThat(f.subject().kind()).isEqualTo(kind);
    assertThat(f.subject().id()).isEqualTo(id);
    assertThat(f.severity()).isEqualTo(sev);
    assertThat(f.field()).contains(field);
    assertThat(f.message()).isNotBlank();
    assertThat(f.fix()).isNotBlank();
    return f;
  }

  /**
   * getPengguna given: {@code endpoints()} is an Immutables default computed when the snapshot is
   * built, so {@code withPengguna} alone would keep the old endpoint set.
   */
  static ImmutableSchoolSnapshot withAccounts(
      ImmutableSchoolSnapshot s, id.sinkron.model.Pengguna... accounts) {
    return s.withPengguna(accounts).withEndpoints(EnumSet.allOf(Endpoint.class));
  }

  static void passes(FindingSink out) {
    assertThat(out.findings()).isEmpty();
    assertThat(out.notEvaluated()).isEmpty();
  }

  @Test
  void everyRulePassesACleanSchool() {
    SchoolSnapshot clean =
        withAccounts(cleanSmp(), akun("ptk-w"))
            .withProvenance(ImmutableProvenance.builder().dapodikVersion("2026.a").build());
    for (Rule r : ERaporRules.all(DapodikVersionTable.bundled())) {
      FindingSink out = run(r, clean);
      assertThat(out.findings()).as(r.getClass().getSimpleName()).isEmpty();
    }
  }

  @Test
  void oneRulePerCodeInRulesMdOrder() {
    assertThat(ERaporRules.all(DapodikVersionTable.bundled()))
        .hasSize(25)
        .extracting(r -> r.getClass().getSimpleName())
        .doesNotHaveDuplicates();
  }

  @Nested
  class PdNoRombel {
    @Test
    void passesAPlacedStudent() {
      passes(run(new PdNoRombelRule(), cleanSmp()));
    }

    @Test
    void failsAStudentInNoClass() {
      SchoolSnapshot s =
          cleanSmp()
              .withPesertaDidik(pdIn("pd-s", "SISWA CONTOH", "r-7a"), pd("pd-x", "LAIN CONTOH"));
      Finding f =
          only(
              run(new PdNoRombelRule(), s),
              "ERAPOR-PD-NO-ROMBEL",
              SubjectKind.PD,
              "pd-x",
              Severity.BLOCKER,
              "anggota_rombel");
      assertThat(f.value()).isEmpty();
    }
  }

  @Nested
  class PdMultiRombel {
    @Test
    void passesOneClass() {
      passes(run(new PdMultiRombelRule(), cleanSmp()));
    }

    @Test
    void failsTwoClasses() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s"),
                  kelasLengkap("r-7b", "VII B", 7, "ptk-w", "pd-s"));
      Finding f =
          only(
              run(new PdMultiRombelRule(), s),
              "ERAPOR-PD-MULTI-ROMBEL",
              SubjectKind.PD,
              "pd-s",
              Severity.BLOCKER,
              "anggota_rombel");
      assertThat(f.value()).contains("2");
      assertThat(f.arguments()).startsWith("2", "VII A, VII B");
    }
  }

  @Nested
  class AnggotaOrphan {
    @Test
    void passesActiveMembers() {
      passes(run(new AnggotaOrphanRule(), cleanSmp()));
    }

    @Test
    void failsAMemberMissingFromGetPesertaDidik() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")
                      .withAnggotaRombel(anggota("r-7a", "pd-s"), anggota("r-7a", "pd-hilang")));
      Finding f =
          only(
              run(new AnggotaOrphanRule(), s),
              "ERAPOR-ANGGOTA-ORPHAN",
              SubjectKind.ROMBEL,
              "r-7a",
              Severity.BLOCKER,
              "anggota_rombel");
      assertThat(f.value()).contains("pd-hilang");
    }

    @Test
    void failsAMemberWhoLeftOnOrBeforeTheReferenceDate() {
      SchoolSnapshot s =
          cleanSmp()
              .withPesertaDidik(pdIn("pd-s", "SISWA CONTOH", "r-7a").withTanggalKeluar(AS_OF));
      only(
          run(new AnggotaOrphanRule(), s),
          "ERAPOR-ANGGOTA-ORPHAN",
          SubjectKind.ROMBEL,
          "r-7a",
          Severity.BLOCKER,
          "anggota_rombel");
    }

    @Test
    void passesAMemberLeavingAfterTheReferenceDate() {
      SchoolSnapshot s =
          cleanSmp()
              .withPesertaDidik(
                  pdIn("pd-s", "SISWA CONTOH", "r-7a").withTanggalKeluar(AS_OF.plusDays(1)));
      passes(run(new AnggotaOrphanRule(), s));
    }

    @Test
    void checksEkskulMembersToo() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s"),
                  ekskul("r-eks", "Pramuka", "ptk-w", "pd-s", "pd-lulus"));
      only(
          run(new AnggotaOrphanRule(), s),
          "ERAPOR-ANGGOTA-ORPHAN",
          SubjectKind.ROMBEL,
          "r-eks",
          Severity.BLOCKER,
          "anggota_rombel");
    }

    @Test
    void leaverFromTheSupplementIsReportedAsLeft() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")
                      .withAnggotaRombel(anggota("r-7a", "pd-s"), anggota("r-7a", "pd-mutasi")))
              .withSupplement(
                  ImmutableSupplement.builder()
                      .addPesertaDidikKeluar(
                          ImmutablePesertaDidikKeluar.builder()
                              .pesertaDidikId("pd-mutasi")
                              .tanggalKeluar(LocalDate.of(2025, 7, 1))
                              .build())
                      .build());
      FindingSink out = run(new AnggotaOrphanRule(), s);
      assertThat(out.findings())
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.arguments())
                      .startsWith(
                          "pd-mutasi", out.messages().format("erapor.anggota.orphan.left")));
    }
  }

  @Nested
  class RombelNoWali {
    @Test
    void passesAClassWithWali() {
      passes(run(new RombelNoWaliRule(), cleanSmp()));
    }

    @Test
    void failsAClassWithoutWali() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s").withPtkId(Optional.empty()));
      only(
          run(new RombelNoWaliRule(), s),
          "ERAPOR-ROMBEL-NO-WALI",
          SubjectKind.ROMBEL,
          "r-7a",
          Severity.BLOCKER,
          "ptk_id");
    }

    @Test
    void ignoresEkskulWithoutPembina() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s"),
                  ekskul("r-eks", "Pramuka", "ptk-w", "pd-s").withPtkId(Optional.empty()));
      passes(run(new RombelNoWaliRule(), s));
    }
  }

  @Nested
  class RombelWaliUnknown {
    @Test
    void passesAWaliInGetGtk() {
      passes(run(new RombelWaliUnknownRule(), cleanSmp()));
    }

    @Test
    void failsAWaliMissingFromGetGtk() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s").withPtkId("ptk-pindah"));
      Finding f =
          only(
              run(new RombelWaliUnknownRule(), s),
              "ERAPOR-ROMBEL-WALI-UNKNOWN",
              SubjectKind.ROMBEL,
              "r-7a",
              Severity.BLOCKER,
              "ptk_id");
      assertThat(f.value()).contains("ptk-pindah");
    }
  }

  @Nested
  class RombelEmpty {
    @Test
    void passesAClassWithMembers() {
      passes(run(new RombelEmptyRule(), cleanSmp()));
    }

    @Test
    void failsAClassWithoutMembers() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s"),
                  kelasLengkap("r-7b", "VII B", 7, "ptk-w", "pd-s").withAnggotaRombel(List.of()));
      only(
          run(new RombelEmptyRule(), s),
          "ERAPOR-ROMBEL-EMPTY",
          SubjectKind.ROMBEL,
          "r-7b",
          Severity.WARNING,
          "anggota_rombel");
    }

    @Test
    void ignoresAnEmptyEkskul() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s"),
                  ekskul("r-eks", "Futsal", "ptk-w"));
      passes(run(new RombelEmptyRule(), s));
    }
  }

  @Nested
  class RombelNoPembelajaran {
    @Test
    void passesAClassWithPembelajaran() {
      passes(run(new RombelNoPembelajaranRule(), cleanSmp()));
    }

    @Test
    void failsAClassWithoutPembelajaran() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s").withPembelajaran(List.of()));
      only(
          run(new RombelNoPembelajaranRule(), s),
          "ERAPOR-ROMBEL-NO-PEMBELAJARAN",
          SubjectKind.ROMBEL,
          "r-7a",
          Severity.BLOCKER,
          "pembelajaran");
    }
  }

  @Nested
  class PembelajaranNoPtk {
    @Test
    void passesATaughtPembelajaran() {
      passes(run(new PembelajaranNoPtkRule(), cleanSmp()));
    }

    @Test
    void passesWhenOnlyPtkTerdaftarIdIsSet() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")
                      .withPembelajaran(
                          ImmutablePembelajaran.builder()
                              .pembelajaranId("pb-1")
                              .mataPelajaranId("401000000")
                              .ptkTerdaftarId("pt-ptk-w")
                              .jamMengajarPerMinggu(4)
                              .build()));
      passes(run(new PembelajaranNoPtkRule(), s));
    }

    @Test
    void failsAPembelajaranWithoutTeacher() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")
                      .withPembelajaran(pembelajaran("pb-1", "401000000", "Matematika", null, 4)));
      only(
          run(new PembelajaranNoPtkRule(), s),
          "ERAPOR-PEMBELAJARAN-NO-PTK",
          SubjectKind.PEMBELAJARAN,
          "pb-1",
          Severity.BLOCKER,
          "ptk_id");
    }
  }

  @Nested
  class PembelajaranPtkUnknown {
    @Test
    void passesAnActiveTeacher() {
      passes(run(new PembelajaranPtkUnknownRule(), cleanSmp()));
    }

    @Test
    void passesWhenPtkTerdaftarIdResolves() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")
                      .withPembelajaran(
                          ImmutablePembelajaran.builder()
                              .pembelajaranId("pb-1")
                              .mataPelajaranId("401000000")
                              .ptkId("ptk-lama")
                              .ptkTerdaftarId("pt-ptk-w")
                              .jamMengajarPerMinggu(4)
                              .build()));
      passes(run(new PembelajaranPtkUnknownRule(), s));
    }

    @Test
    void failsATeacherMissingFromGetGtk() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")
                      .withPembelajaran(
                          pembelajaran("pb-1", "401000000", "Matematika", "ptk-mutasi", 4)));
      Finding f =
          only(
              run(new PembelajaranPtkUnknownRule(), s),
              "ERAPOR-PEMBELAJARAN-PTK-UNKNOWN",
              SubjectKind.PEMBELAJARAN,
              "pb-1",
              Severity.BLOCKER,
              "ptk_terdaftar_id");
      assertThat(f.value()).contains("pt-ptk-mutasi");
    }
  }

  @Nested
  class PembelajaranDuplicate {
    @Test
    void passesASubMapelOfTheSameSubject() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")
                      .withPembelajaran(
                          pembelajaran("pb-1", "401000000", "Matematika", "ptk-w", 4),
                          ImmutablePembelajaran.copyOf(
                                  pembelajaran("pb-2", "401000000", "Matematika (sub)", "ptk-w", 2))
                              .withIndukPembelajaranId("pb-1")));
      passes(run(new PembelajaranDuplicateRule(), s));
    }

    @Test
    void failsTheSecondOfTwoEqualSubjects() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")
                      .withPembelajaran(
                          pembelajaran("pb-1", "401000000", "Matematika", "ptk-w", 4),
                          pembelajaran("pb-2", "401000000", "Matematika", "ptk-w", 2)));
      Finding f =
          only(
              run(new PembelajaranDuplicateRule(), s),
              "ERAPOR-PEMBELAJARAN-DUPLICATE",
              SubjectKind.PEMBELAJARAN,
              "pb-2",
              Severity.WARNING,
              "mata_pelajaran_id");
      assertThat(f.value()).contains("401000000");
    }
  }

  @Nested
  class TingkatInvalid {
    @Test
    void passesValidTingkatForEachJenjang() {
      passes(run(new TingkatInvalidRule(), cleanSmp()));
      passes(
          run(
              new TingkatInvalidRule(),
              cleanSmp()
                  .withSekolah(id.sinkron.erapor.fixture.Fixtures.sekolah(BentukPendidikan.SMK))
                  .withRombel(kelasLengkap("r-13", "XIII TKJ", 13, "ptk-w", "pd-s"))));
    }

    @Test
    void failsTingkatOutsideTheJenjang() {
      SchoolSnapshot s = cleanSmp().withRombel(kelasLengkap("r-7a", "X A", 10, "ptk-w", "pd-s"));
      Finding f =
          only(
              run(new TingkatInvalidRule(), s),
              "ERAPOR-TINGKAT-INVALID",
              SubjectKind.ROMBEL,
              "r-7a",
              Severity.BLOCKER,
              "tingkat_pendidikan_id");
      assertThat(f.value()).contains("10");
      assertThat(f.arguments()).containsExactly("10", "SMP", "7", "9");
    }

    @Test
    void smaRejectsTingkat13() {
      SchoolSnapshot s =
          cleanSmp()
              .withSekolah(id.sinkron.erapor.fixture.Fixtures.sekolah(BentukPendidikan.SMA))
              .withRombel(kelasLengkap("r-13", "XIII", 13, "ptk-w", "pd-s"));
      only(
          run(new TingkatInvalidRule(), s),
          "ERAPOR-TINGKAT-INVALID",
          SubjectKind.ROMBEL,
          "r-13",
          Severity.BLOCKER,
          "tingkat_pendidikan_id");
    }

    @Test
    void slbIsNotEvaluated() {
      SchoolSnapshot s =
          cleanSmp()
              .withSekolah(id.sinkron.erapor.fixture.Fixtures.sekolah(BentukPendidikan.SLB))
              .withRombel(kelasLengkap("r-x", "X", 71, "ptk-w", "pd-s"));
      FindingSink out = run(new TingkatInvalidRule(), s);
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::code, NotEvaluated::reasonKey)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "ERAPOR-TINGKAT-INVALID", "erapor.reason.jenjang.unchecked"));
    }
  }

  @Nested
  class KurikulumMissing {
    @Test
    void passesAClassWithKurikulum() {
      passes(run(new KurikulumMissingRule(), cleanSmp()));
    }

    @Test
    void failsAClassWithoutKurikulum() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")
                      .withKurikulumId(Optional.empty()));
      only(
          run(new KurikulumMissingRule(), s),
          "ERAPOR-KURIKULUM-MISSING",
          SubjectKind.ROMBEL,
          "r-7a",
          Severity.BLOCKER,
          "kurikulum_id");
    }
  }

  @Nested
  class SemesterMismatch {
    @Test
    void passesRombelOfTheActiveSemester() {
      passes(run(new SemesterMismatchRule(), cleanSmp()));
    }

    @Test
    void failsARombelOfAnotherSemester() {
      SchoolSnapshot s =
          cleanSmp()
              .withRombel(
                  kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")
                      .withSemesterId(SemesterId.of("20242")));
      Finding f =
          only(
              run(new SemesterMismatchRule(), s),
              "ERAPOR-SEMESTER-MISMATCH",
              SubjectKind.ROMBEL,
              "r-7a",
              Severity.BLOCKER,
              "semester_id");
      assertThat(f.value()).contains("20242");
      assertThat(f.arguments()).containsExactly("20242", "20251");
    }

    @Test
    void notEvaluatedWithoutActiveSemester() {
      FindingSink out =
          run(new SemesterMismatchRule(), cleanSmp().withSemesterId(Optional.empty()));
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::reasonKey)
          .containsExactly("erapor.reason.no.semester");
    }
  }

  @Nested
  class ElectiveWaliMismatch {
    SchoolSnapshot smk(String electiveWali) {
      return smk(electiveWali, "7.0.4");
    }

    SchoolSnapshot smk(String electiveWali, String eraporVersion) {
      return school(
              BentukPendidikan.SMK,
              List.of(ptk("ptk-a", "WALI CONTOH"), ptk("ptk-b", "GURU CONTOH")),
              List.of(pdIn("pd-1", "SISWA SATU", "r-11"), pdIn("pd-2", "SISWA DUA", "r-11")),
              List.of(
                  kelasLengkap("r-11", "XI TKJ 1", 11, "ptk-a", "pd-1")
                      .withAnggotaRombel(anggota("r-11", "pd-1"), anggota("r-11", "pd-2")),
                  pilihan("r-pil", "XI Pilihan Informatika", electiveWali, "pd-1", "pd-2")))
          .withSupplement(
              ImmutableSupplement.builder()
                  .eraporVersion(Optional.ofNullable(eraporVersion))
                  .build());
    }

    @Test
    void passesFromERapor705OnBecauseTheDefectWasFixed() {
      passes(run(new ElectiveWaliMismatchRule(), smk("ptk-b", "7.0.5")));
      passes(run(new ElectiveWaliMismatchRule(), smk("ptk-b", "8.0.1")));
    }

    @Test
    void failsUpTo704() {
      assertThat(run(new ElectiveWaliMismatchRule(), smk("ptk-b", "v7.0.3")).findings()).hasSize(1);
      assertThat(run(new ElectiveWaliMismatchRule(), smk("ptk-b", "6.0")).findings()).hasSize(1);
    }

    @Test
    void notEvaluatedWithoutTheERaporVersion() {
      FindingSink out = run(new ElectiveWaliMismatchRule(), smk("ptk-b", null));
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::reasonKey)
          .containsExactly("erapor.reason.no.erapor.version");
      assertThat(run(new ElectiveWaliMismatchRule(), smk("ptk-b", "tujuh")).notEvaluated())
          .extracting(NotEvaluated::reasonKey)
          .containsExactly("erapor.reason.erapor.version.unparseable");
    }

    @Test
    void notEvaluatedForERaporSp() {
      SchoolSnapshot sma =
          ImmutableSchoolSnapshot.copyOf(smk("ptk-b"))
              .withSekolah(id.sinkron.erapor.fixture.Fixtures.sekolah(BentukPendidikan.SMA));
      FindingSink out = run(new ElectiveWaliMismatchRule(), sma);
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::reasonKey)
          .containsExactly("erapor.reason.elective.sp");
    }

    @Test
    void passesWhenTheElectiveWaliIsTheClassWali() {
      passes(run(new ElectiveWaliMismatchRule(), smk("ptk-a")));
    }

    @Test
    void failsWhenTheElectiveWaliDiffers() {
      Finding f =
          only(
              run(new ElectiveWaliMismatchRule(), smk("ptk-b")),
              "ERAPOR-ELECTIVE-WALI-MISMATCH",
              SubjectKind.ROMBEL,
              "r-pil",
              Severity.WARNING,
              "ptk_id");
      assertThat(f.value()).contains("2");
      assertThat(f.arguments()).containsExactly("2", "2", "7.0.4");
    }

    @Test
    void notEvaluatedWithoutElectiveRombel() {
      FindingSink out =
          run(new ElectiveWaliMismatchRule(), id.sinkron.erapor.fixture.Fixtures.cleanSmk());
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::code, NotEvaluated::reasonKey)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "ERAPOR-ELECTIVE-WALI-MISMATCH", "erapor.reason.no.elective"));
    }
  }

  @Nested
  class NameChars {
    @Test
    void passesLettersSpaceAndAllowedPunctuation() {
      SchoolSnapshot s =
          cleanSmp()
              .withPtk(ptk("ptk-w", "DR. A'ISYAH PUTRI-CONTOH, S.Pd."))
              .withPesertaDidik(pdIn("pd-s", "MUH. NUR'AINI", "r-7a"));
      passes(run(new NameCharsRule(), s));
    }

    @Test
    void failsAStudentNameWithDoubleSpaceAndDigit() {
      SchoolSnapshot s = cleanSmp().withPesertaDidik(pdIn("pd-s", " SISWA  CONTOH2", "r-7a"));
      Finding f =
          only(
              run(new NameCharsRule(), s),
              "ERAPOR-NAME-CHARS",
              SubjectKind.PD,
              "pd-s",
              Severity.WARNING,
              "nama");
      assertThat(f.value()).contains("'2', LEADING_SPACE, DOUBLE_SPACE");
      assertThat(f.message()).doesNotContain("SISWA").doesNotContain("CONTOH");
    }

    @Test
    void failsAPtkNameWithInvisibleOrNonLatinCharacters() {
      SchoolSnapshot s = cleanSmp().withPtk(ptk("ptk-w", "WALI\u00a0CONTOH \u00c9 "));
      Finding f =
          only(
              run(new NameCharsRule(), s),
              "ERAPOR-NAME-CHARS",
              SubjectKind.PTK,
              "ptk-w",
              Severity.WARNING,
              "nama");
      assertThat(f.value()).contains("U+00A0, '\u00c9', TRAILING_SPACE");
      assertThat(f.message()).doesNotContain("WALI");
    }
  }

  @Nested
  class NisnDuplicate {
    @Test
    void passesDistinctNisn() {
      SchoolSnapshot s =
          cleanSmp()
              .withPesertaDidik(
                  pdIn("pd-s", "SISWA CONTOH", "r-7a").withNisn("0101234567"),
                  pdIn("pd-t", "SISWI CONTOH", "r-7a").withNisn("0101234568"));
      passes(run(new NisnDuplicateRule(), s));
    }

    @Test
    void failsTheSecondStudentWithTheSameNormalisedNisn() {
      SchoolSnapshot s =
          cleanSmp()
              .withPesertaDidik(
                  pdIn("pd-s", "SISWA CONTOH", "r-7a").withNisn("0101234567"),
                  pdIn("pd-t", "SISWI CONTOH", "r-7a").withNisn("010.123.4567"),
                  pdIn("pd-u", "SISWO CONTOH", "r-7a").withNisn(" "));
      Finding f =
          only(
              run(new NisnDuplicateRule(), s),
              "ERAPOR-NISN-DUPLICATE",
              SubjectKind.PD,
              "pd-t",
              Severity.WARNING,
              "nisn");
      assertThat(f.value()).contains("01******67");
      assertThat(f.message()).doesNotContain("0101234567");
    }

    @Test
    void ignoresStudentsWhoLeft() {
      SchoolSnapshot s =
          cleanSmp()
              .withPesertaDidik(
                  pdIn("pd-s", "SISWA CONTOH", "r-7a").withNisn("0101234567"),
                  pdIn("pd-t", "SISWI CONTOH", "r-7a")
                      .withNisn("0101234567")
                      .withTanggalKeluar(LocalDate.of(2025, 7, 1)));
      passes(run(new NisnDuplicateRule(), s));
    }
  }

  @Nested
  class WaliNoAccount {
    @Test
    void passesAWaliWithAnAccount() {
      passes(run(new WaliNoAccountRule(), withAccounts(cleanSmp(), akun("ptk-w"))));
    }

    @Test
    void failsAWaliWithoutAnAccount() {
      SchoolSnapshot s = withAccounts(cleanSmp(), akun("ptk-lain"));
      Finding f =
          only(
              run(new WaliNoAccountRule(), s),
              "ERAPOR-WALI-NO-ACCOUNT",
              SubjectKind.ROMBEL,
              "r-7a",
              Severity.WARNING,
              "ptk_id");
      assertThat(f.value()).contains("ptk-w");
    }

    @Test
    void failsWhenGetPenggunaIsGivenButEmpty() {
      SchoolSnapshot s = cleanSmp().withEndpoints(EnumSet.allOf(Endpoint.class));
      only(
          run(new WaliNoAccountRule(), s),
          "ERAPOR-WALI-NO-ACCOUNT",
          SubjectKind.ROMBEL,
          "r-7a",
          Severity.WARNING,
          "ptk_id");
    }

    @Test
    void notEvaluatedWithoutGetPengguna() {
      FindingSink out = run(new WaliNoAccountRule(), cleanSmp());
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::code, NotEvaluated::reasonKey)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "ERAPOR-WALI-NO-ACCOUNT", "erapor.reason.no.pengguna"));
    }
  }

  @Nested
  class DapodikVersionRuleTest {
    ImmutableSchoolSnapshot withVersion(String v) {
      return cleanSmp()
          .withProvenance(
              ImmutableProvenance.builder().dapodikVersion(Optional.ofNullable(v)).build());
    }

    FindingSink check(String version) {
      return run(new DapodikVersionRule(DapodikVersionTable.bundled()), withVersion(version));
    }

    @Test
    void passesTheMinimumAndNewer() {
      passes(check("2026"));
      passes(check("2026.a"));
      passes(check("2026.C"));
      passes(check("2027"));
    }

    @Test
    void failsAnOlderVersion() {
      Finding f =
          only(
              check("2025.c"),
              "ERAPOR-DAPODIK-VERSION",
              SubjectKind.SEKOLAH,
              "sekolah-1",
              Severity.INFO,
              "versi.dapodik");
      assertThat(f.value()).contains("2025.c");
      assertThat(f.arguments()).startsWith("2025.c", "2026");
      assertThat(f.reference()).hasValueSatisfying(r -> assertThat(r).contains("kerjapns.com"));
    }

    @Test
    void genapNeedsThePatchAnnouncedForIt() {
      SchoolSnapshot genap = withVersion("2026.a").withSemesterId(SemesterId.of("20252"));
      only(
          run(new DapodikVersionRule(DapodikVersionTable.bundled()), genap),
          "ERAPOR-DAPODIK-VERSION",
          SubjectKind.SEKOLAH,
          "sekolah-1",
          Severity.INFO,
          "versi.dapodik");
    }

    @Test
    void notEvaluatedWithoutVersion() {
      FindingSink out = check(null);
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::code, NotEvaluated::reasonKey)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "ERAPOR-DAPODIK-VERSION", "erapor.reason.no.version"));
    }

    @Test
    void notEvaluatedForAnUnknownScheme() {
      assertThat(check("4.1.0").notEvaluated())
          .extracting(NotEvaluated::reasonKey)
          .containsExactly("erapor.reason.version.unparseable");
    }

    @Test
    void notEvaluatedWhenTheTableHasNoRowForTheTahunAjaran() {
      SchoolSnapshot s = withVersion("2019").withSemesterId(SemesterId.of("20191"));
      FindingSink out = run(new DapodikVersionRule(DapodikVersionTable.bundled()), s);
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated())
          .extracting(NotEvaluated::reasonKey)
          .containsExactly("erapor.reason.version.no.row");
    }

    @Test
    void usesTheCallersTable() {
      DapodikVersionTable table =
          DapodikVersionTable.of(
              List.of(
                  new DapodikVersionTable.Row(
                      2025,
                      Optional.empty(),
                      DapodikVersion.parse("2026.c"),
                      "inferred",
                      "test table")));
      FindingSink out = run(new DapodikVersionRule(table), withVersion("2026.b"));
      Finding f =
          only(
              out,
              "ERAPOR-DAPODIK-VERSION",
              SubjectKind.SEKOLAH,
              "sekolah-1",
              Severity.INFO,
              "versi.dapodik");
      assertThat(f.reference()).contains("test table");
    }
  }

  @Test
  void ekskulRombelIsNeverAClassForTheRombelRules() {
    SchoolSnapshot s =
        cleanSmp()
            .withRombel(
                kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s"),
                ekskul("r-eks", "Pramuka", "ptk-w", "pd-s")
                    .withKurikulumId(Optional.empty())
                    .withTingkatPendidikanId(12));
    for (Rule r : ERaporRules.all(DapodikVersionTable.bundled())) {
      assertThat(run(r, s).findings()).as(r.getClass().getSimpleName()).isEmpty();
    }
  }

  @Test
  void otherJenisRombelIsNotAClass() {
    SchoolSnapshot s =
        cleanSmp()
            .withRombel(
                kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s"),
                kelas("r-teori", "Teori", 7, null)
                    .withJenisRombel(JenisRombel.TEORI)
                    .withAnggotaRombel(anggota("r-teori", "pd-s")));
    assertThat(run(new PdMultiRombelRule(), s).findings()).isEmpty();
    assertThat(run(new RombelNoWaliRule(), s).findings()).isEmpty();
  }
}
