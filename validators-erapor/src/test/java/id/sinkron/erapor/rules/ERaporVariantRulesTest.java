package id.sinkron.erapor.rules;

import static id.sinkron.erapor.fixture.Fixtures.anggota;
import static id.sinkron.erapor.fixture.Fixtures.cleanSmk;
import static id.sinkron.erapor.fixture.Fixtures.ekskul;
import static id.sinkron.erapor.fixture.Fixtures.guruSmk;
import static id.sinkron.erapor.fixture.Fixtures.kelas;
import static id.sinkron.erapor.fixture.Fixtures.pdSmk;
import static id.sinkron.erapor.fixture.Fixtures.pembelajaran;
import static id.sinkron.erapor.fixture.Fixtures.ptk;
import static id.sinkron.erapor.fixture.Fixtures.sekolah;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.sinkron.check.Application;
import id.sinkron.check.Basis;
import id.sinkron.check.CheckOptions;
import id.sinkron.check.Finding;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.erapor.DapodikVersionTable;
import id.sinkron.erapor.ERapor;
import id.sinkron.erapor.ERaporAssessment;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.erapor.ERaporVariant;
import id.sinkron.erapor.NotPulledReason;
import id.sinkron.erapor.PlacementStatus;
import id.sinkron.erapor.RombelReadiness;
import id.sinkron.erapor.fixture.Fixtures;
import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutablePembelajaran;
import id.sinkron.model.ImmutableRombel;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.SchoolSnapshot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The variant behaviour of RULES.md (E-Rapor SMK read from its source, E-Rapor SP inferred): what
 * each variant pulls, the consequence of a dropped rombel carried once, the SMK-only and SP-only
 * codes, and the per-variant basis.
 */
class ERaporVariantRulesTest {
  static FindingSink run(Rule rule, SchoolSnapshot s) {
    return ERaporRulesTest.run(rule, s);
  }

  /** Every finding of every rule, as "code subject severity". */
  static List<String> all(SchoolSnapshot s) {
    List<String> out = new ArrayList<>();
    for (Rule r : ERaporRules.all(DapodikVersionTable.bundled())) {
      for (Finding f : run(r, s).findings()) {
        out.add(f.code() + " " + f.subject().id() + " " + f.severity());
      }
    }
    return out;
  }

  /** The same school seen as an SMA (E-Rapor SP). */
  static ImmutableSchoolSnapshot asSma(ImmutableSchoolSnapshot s) {
    return s.withSekolah(sekolah(BentukPendidikan.SMA));
  }

  /** A clean SMK plus a second class whose two students are only there. */
  static ImmutableSchoolSnapshot withSecondClass(ImmutableRombel second) {
    ImmutableSchoolSnapshot s = cleanSmk();
    return s.withPtk(
            guruSmk("ptk-w", "WALI CONTOH", "1234567890123456"),
            guruSmk("ptk-v", "WALI DUA", "1234567890123457"))
        .withPesertaDidik(
            pdSmk("pd-s", "SISWA CONTOH", "r-10", "2526001"),
            pdSmk("pd-a", "SISWA SATU", "r-x", "2526002"),
            pdSmk("pd-b", "SISWA DUA", "r-x", "2526003"))
        .withRombel(
            s.rombel().get(0),
            second
                .withAnggotaRombel(anggota("r-x", "pd-a"), anggota("r-x", "pd-b"))
                .withPembelajaran(
                    pembelajaran("pb-x", "300110000", "Bahasa Indonesia", "ptk-v", 4)));
  }

  static ImmutableRombel second() {
    return kelas("r-x", "X TKJ 2", 10, "ptk-v").withKurikulumId(Fixtures.KURIKULUM_SMK);
  }

  @Test
  void everyRulePassesACleanSmkAndTheSameSchoolAsSp() {
    SchoolSnapshot smk =
        cleanSmk()
            .withProvenance(
                id.sinkron.model.ImmutableProvenance.builder().dapodikVersion("2026.a").build());
    assertThat(all(smk)).isEmpty();
    assertThat(all(asSma(cleanSmk()))).isEmpty();
  }

  @Test
  void theVariantComesFromTheBentukPendidikanUnlessTheOptionsSetIt() {
    assertThat(ERaporVariant.ofSchool(cleanSmk())).isEqualTo(ERaporVariant.SMK);
    assertThat(ERaporVariant.ofSchool(Fixtures.cleanSmp())).isEqualTo(ERaporVariant.SP);
    CheckOptions smk =
        CheckOptions.builder()
            .referenceDate(Fixtures.AS_OF)
            .putVariants(Application.E_RAPOR, " smk ")
            .build();
    ERaporAssessment a =
        ERapor.assess(asSma(withSecondClass(second().withJenisRombel(JenisRombel.of("10")))), smk);
    assertThat(a.variant()).isEqualTo(ERaporVariant.SMK);
    assertThat(a.variantFromOptions()).isTrue();
    assertThat(a.findings()).extracting(Finding::code).contains("ERAPOR-ROMBEL-NOT-PULLED");
    ERaporAssessment byBentuk =
        ERapor.assess(
            Fixtures.cleanSmp(), CheckOptions.builder().referenceDate(Fixtures.AS_OF).build());
    assertThat(byBentuk.variant()).isEqualTo(ERaporVariant.SP);
    assertThat(byBentuk.variantFromOptions()).isFalse();
  }

  @Test
  void anUnknownVariantIsAClearError() {
    CheckOptions bad = CheckOptions.builder().putVariants(Application.E_RAPOR, "SD").build();
    assertThatThrownBy(() -> ERaporVariant.resolve(cleanSmk(), bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"SD\"")
        .hasMessageContaining("SMK or SP");
  }

  @Nested
  class RombelNotPulled {
    @Test
    void smkDropsJenis10To14WithItsStudentsOnce() {
      SchoolSnapshot s = withSecondClass(second().withJenisRombel(JenisRombel.of("12")));
      assertThat(all(s)).containsExactly("ERAPOR-ROMBEL-NOT-PULLED r-x BLOCKER");
      Finding f = run(new RombelNotPulledRule(), s).findings().get(0);
      assertThat(f.value()).contains("12");
      assertThat(f.field()).contains("jenis_rombel");
      assertThat(f.arguments()).containsExactly("12", "2", "1");
      assertThat(PlacedStudent.of(ERaporRulesTest.HARNESS.context(s)))
          .extracting(p -> p.placement().status())
          .containsExactly(
              PlacementStatus.PLACED,
              PlacementStatus.ROMBEL_NOT_PULLED,
              PlacementStatus.ROMBEL_NOT_PULLED);
    }

    @Test
    void spPullsEveryDapodikClassRombel() {
      assertThat(all(asSma(withSecondClass(second().withJenisRombel(JenisRombel.of("12"))))))
          .isEmpty();
    }

    @Test
    void jenis8And9ArePulledOnSmk() {
      SchoolSnapshot s = withSecondClass(second().withJenisRombel(JenisRombel.of("9")));
      assertThat(run(new RombelNotPulledRule(), s).findings()).isEmpty();
      assertThat(run(new PdNoRombelRule(), s).findings()).isEmpty();
    }
  }

  @Nested
  class NoWaliConsequenceOnce {
    @Test
    void bothVariantsCountTheStudentsAndPembelajaranInTheRombelFinding() {
      for (ImmutableSchoolSnapshot s :
          List.of(
              withSecondClass(second().withPtkId(Optional.empty())),
              asSma(withSecondClass(second().withPtkId(Optional.empty()))))) {
        assertThat(all(s)).containsExactly("ERAPOR-ROMBEL-NO-WALI r-x BLOCKER");
        Finding f = run(new RombelNoWaliRule(), s).findings().get(0);
        assertThat(f.arguments()).startsWith("2", "1");
      }
    }

    @Test
    void aStudentAlsoInAPulledClassIsNotCountedAsLost() {
      ImmutableSchoolSnapshot s = withSecondClass(second().withPtkId(Optional.empty()));
      ImmutableRombel first = (ImmutableRombel) s.rombel().get(0);
      s =
          s.withRombel(
              first.withAnggotaRombel(anggota("r-10", "pd-s"), anggota("r-10", "pd-a")),
              s.rombel().get(1));
      assertThat(run(new RombelNoWaliRule(), s).findings().get(0).arguments()).startsWith("1", "1");
      assertThat(run(new PdMultiRombelRule(), s).findings()).isEmpty();
    }

    @Test
    void theDroppedRombelGetsNoKurikulumEmptyOrPembelajaranFinding() {
      SchoolSnapshot s =
          withSecondClass(second().withPtkId(Optional.empty()).withKurikulumId(Optional.empty()))
              .withPtk(guruSmk("ptk-w", "WALI CONTOH", "1234567890123456"));
      assertThat(all(s)).containsExactly("ERAPOR-ROMBEL-NO-WALI r-x BLOCKER");
    }
  }

  @Nested
  class WaliUnknownAndKurikulum {
    @Test
    void smkDropsTheRombelOfAnUnknownWaliAndCountsItsStudents() {
      SchoolSnapshot s = withSecondClass(second().withPtkId("ptk-mutasi"));
      assertThat(all(s)).containsExactly("ERAPOR-ROMBEL-WALI-UNKNOWN r-x BLOCKER");
      assertThat(run(new RombelWaliUnknownRule(), s).findings().get(0).arguments())
          .startsWith("ptk-mutasi", "2", "1");
    }

    @Test
    void spReportsTheUnknownWaliAndTheKurikulumOfAPulledRombel() {
      SchoolSnapshot s =
          asSma(
              withSecondClass(second().withPtkId("ptk-mutasi").withKurikulumId(Optional.empty())));
      assertThat(all(s))
          .containsExactly(
              "ERAPOR-ROMBEL-WALI-UNKNOWN r-x BLOCKER", "ERAPOR-KURIKULUM-MISSING r-x BLOCKER");
    }

    @Test
    void smkFailsOnTheKurikulumBeforeTheUnknownWali() {
      SchoolSnapshot s =
          withSecondClass(second().withPtkId("ptk-mutasi").withKurikulumId(Optional.empty()));
      assertThat(all(s)).containsExactly("ERAPOR-KURIKULUM-MISSING r-x BLOCKER");
    }

    @Test
    void smkKurikulumMissingDropsTheRombel() {
      SchoolSnapshot s = withSecondClass(second().withKurikulumId(Optional.empty()));
      assertThat(all(s)).containsExactly("ERAPOR-KURIKULUM-MISSING r-x BLOCKER");
      assertThat(run(new KurikulumMissingRule(), s).findings().get(0).arguments())
          .startsWith("2", "1");
    }
  }

  @Nested
  class WaliRoleMissing {
    @Test
    void theWaliOfAJenis8RombelGetsNoRole() {
      SchoolSnapshot s = withSecondClass(second().withJenisRombel(JenisRombel.of("8")));
      assertThat(all(s)).containsExactly("ERAPOR-WALI-ROLE-MISSING r-x WARNING");
      assertThat(run(new WaliRoleMissingRule(), s).findings().get(0).value()).contains("8");
    }

    @Test
    void aWaliWhoAlsoLeadsAJenis1RombelKeepsTheRole() {
      SchoolSnapshot s =
          withSecondClass(second().withJenisRombel(JenisRombel.of("9")).withPtkId("ptk-w"));
      assertThat(run(new WaliRoleMissingRule(), s).findings()).isEmpty();
    }

    @Test
    void notForSp() {
      assertThat(all(asSma(withSecondClass(second().withJenisRombel(JenisRombel.of("8"))))))
          .isEmpty();
    }
  }

  @Nested
  class Ekskul {
    ImmutableSchoolSnapshot with(ImmutableRombel eks) {
      return cleanSmk().withRombel(cleanSmk().rombel().get(0), eks);
    }

    @Test
    void aCompleteEkskulPasses() {
      assertThat(all(with(ekskul("r-eks", "Pramuka", "ptk-w", "pd-s").withIdRuang("ruang-1"))))
          .isEmpty();
    }

    @Test
    void noPembinaOnBothVariants() {
      ImmutableSchoolSnapshot s =
          with(
              ekskul("r-eks", "Pramuka", "ptk-w", "pd-s")
                  .withIdRuang("ruang-1")
                  .withPtkId(Optional.empty()));
      assertThat(all(s)).containsExactly("ERAPOR-EKSKUL-NO-PEMBINA r-eks WARNING");
      assertThat(all(asSma(s))).containsExactly("ERAPOR-EKSKUL-NO-PEMBINA r-eks WARNING");
      assertThat(run(new EkskulNoPembinaRule(), s).findings().get(0).arguments()).startsWith("1");
    }

    @Test
    void unknownPembinaOnSmkOnlyAndBeforeTheRoom() {
      ImmutableSchoolSnapshot s = with(ekskul("r-eks", "Pramuka", "ptk-pindah", "pd-s"));
      assertThat(all(s)).containsExactly("ERAPOR-EKSKUL-PEMBINA-UNKNOWN r-eks BLOCKER");
      assertThat(run(new EkskulPembinaUnknownRule(), s).findings().get(0).value())
          .contains("ptk-pindah");
      assertThat(all(asSma(s))).isEmpty();
    }

    @Test
    void noRoomOnSmkOnly() {
      ImmutableSchoolSnapshot s = with(ekskul("r-eks", "Pramuka", "ptk-w", "pd-s"));
      assertThat(all(s)).containsExactly("ERAPOR-EKSKUL-NO-RUANG r-eks BLOCKER");
      assertThat(run(new EkskulNoRuangRule(), s).findings().get(0).field()).contains("id_ruang");
      assertThat(all(asSma(s))).isEmpty();
    }

    @Test
    void aLeaverInAnEkskulIsABlockerAndInAClassAWarningOnSmk() {
      ImmutableSchoolSnapshot s =
          cleanSmk()
              .withRombel(
                  ((ImmutableRombel) cleanSmk().rombel().get(0))
                      .withAnggotaRombel(anggota("r-10", "pd-s"), anggota("r-10", "pd-lulus")),
                  ekskul("r-eks", "Pramuka", "ptk-w", "pd-s", "pd-lulus").withIdRuang("ruang-1"));
      assertThat(all(s))
          .containsExactly(
              "ERAPOR-ANGGOTA-ORPHAN r-10 WARNING", "ERAPOR-ANGGOTA-ORPHAN r-eks BLOCKER");
      assertThat(all(asSma(s)))
          .containsExactly(
              "ERAPOR-ANGGOTA-ORPHAN r-10 BLOCKER", "ERAPOR-ANGGOTA-ORPHAN r-eks BLOCKER");
    }
  }

  @Nested
  class SmkRepairs {
    @Test
    void studentWithoutNipdOnSmkOnly() {
      ImmutableSchoolSnapshot s =
          cleanSmk()
              .withPesertaDidik(
                  pdSmk("pd-s", "SISWA CONTOH", "r-10", "2526001").withNipd(Optional.empty()));
      assertThat(all(s)).containsExactly("ERAPOR-PD-NO-NIPD pd-s WARNING");
      assertThat(all(asSma(s))).isEmpty();
    }

    @Test
    void teacherWithoutNuptkIsInfoOnSmkOnlyAndTendikAreLeftOut() {
      ImmutableSchoolSnapshot s =
          cleanSmk()
              .withPtk(
                  ptk("ptk-w", "WALI CONTOH"),
                  ptk("ptk-tu", "TATA USAHA").withJenisPtk(JenisPtk.TENAGA_ADMINISTRASI));
      assertThat(all(s)).containsExactly("ERAPOR-PTK-NO-NUPTK ptk-w INFO");
      assertThat(all(asSma(s))).isEmpty();
    }

    @Test
    void waliAccountsAreNotCheckedOnSmk() {
      ImmutableSchoolSnapshot s = cleanSmk().withEndpoints(EnumSet.allOf(Endpoint.class));
      FindingSink out = run(new WaliNoAccountRule(), s);
      assertThat(out.findings()).isEmpty();
      assertThat(out.notEvaluated()).isEmpty();
      assertThat(run(new WaliNoAccountRule(), asSma(s)).findings())
          .extracting(Finding::code)
          .containsExactly("ERAPOR-WALI-NO-ACCOUNT");
    }

    @Test
    void theTeacherIsKeyedOnPtkTerdaftarIdWhenTheDataHasIt() {
      ImmutableRombel r =
          ((ImmutableRombel) cleanSmk().rombel().get(0))
              .withPembelajaran(
                  pembelajaran("pb-1", "300110000", "Bahasa Indonesia", "ptk-w", 4),
                  ImmutablePembelajaran.builder()
                      .pembelajaranId("pb-2")
                      .mataPelajaranId("401000000")
                      .ptkId("ptk-w")
                      .build());
      FindingSink out = run(new PembelajaranNoPtkRule(), cleanSmk().withRombel(r));
      assertThat(out.findings())
          .extracting(f -> f.subject().id(), f -> f.field().orElse(""))
          .containsExactly(tuple("pb-2", "ptk_terdaftar_id"));
    }
  }

  @Nested
  class BasisPerVariant {
    @Test
    void smkFindingsCiteTheSourceWithoutTheSpPart() {
      SchoolSnapshot s = withSecondClass(second().withPtkId(Optional.empty()));
      Basis b = run(new RombelNoWaliRule(), s).findings().get(0).basis();
      assertThat(b.kind()).isEqualTo(Basis.Kind.SOURCE);
      assertThat(b.citation()).contains("masadi/erapor-sync@86493cc").doesNotContain("|| SP");
    }

    @Test
    void spFindingsCarryTheSpBasis() {
      SchoolSnapshot s = asSma(withSecondClass(second().withPtkId(Optional.empty())));
      Basis b = run(new RombelNoWaliRule(), s).findings().get(0).basis();
      assertThat(b.kind()).isEqualTo(Basis.Kind.INFERRED);
      assertThat(b.citation()).contains("no E-Rapor SP source");
    }

    @Test
    void everyCodeEmittedForSpHasAnSpBasisOfAtMostPress() {
      for (ERaporCode c : ERaporCode.active()) {
        if (c.appliesTo(ERaporVariant.SP)) {
          assertThat(c.basis(ERaporVariant.SP).kind())
              .as(c.code())
              .isIn(Basis.Kind.PRESS, Basis.Kind.INFERRED);
        }
        if (c.appliesTo(ERaporVariant.SMK)) {
          assertThat(c.basis(ERaporVariant.SMK).citation()).as(c.code()).doesNotContain("|| SP");
        }
      }
    }

    @Test
    void smkOnlyCodesAreSourceBacked() {
      List<ERaporCode> smkOnly =
          ERaporCode.active().stream()
              .filter(c -> c.appliesTo(ERaporVariant.SMK) && !c.appliesTo(ERaporVariant.SP))
              .collect(Collectors.toList());
      assertThat(smkOnly)
          .extracting(ERaporCode::code)
          .containsExactlyInAnyOrder(
              "ERAPOR-ROMBEL-NOT-PULLED",
              "ERAPOR-WALI-ROLE-MISSING",
              "ERAPOR-EKSKUL-PEMBINA-UNKNOWN",
              "ERAPOR-EKSKUL-NO-RUANG",
              "ERAPOR-PD-NO-NIPD",
              "ERAPOR-PTK-NO-NUPTK",
              "ERAPOR-ELECTIVE-WALI-MISMATCH");
      for (ERaporCode c : smkOnly) {
        assertThat(c.basis(ERaporVariant.SMK).kind()).as(c.code()).isEqualTo(Basis.Kind.SOURCE);
      }
    }

    @Test
    void theRetiredCodeIsReservedButNotActive() {
      assertThat(ERaporCode.fromCode("ERAPOR-PEMBELAJARAN-NO-HOURS")).isPresent();
      assertThat(ERaporCode.active())
          .extracting(ERaporCode::code)
          .doesNotContain("ERAPOR-PEMBELAJARAN-NO-HOURS");
    }
  }

  @Test
  void readinessSaysWhetherTheVariantPullsEachRombelAndWhyNot() {
    ImmutableSchoolSnapshot s = withSecondClass(second().withJenisRombel(JenisRombel.of("11")));
    CheckOptions o = CheckOptions.builder().referenceDate(Fixtures.AS_OF).build();
    ERaporAssessment smk = ERapor.assess(s, o);
    assertThat(smk.rombel())
        .extracting(
            RombelReadiness::rombonganBelajarId,
            RombelReadiness::pulled,
            RombelReadiness::notPulledReason)
        .containsExactly(
            tuple("r-10", true, Optional.empty()),
            tuple("r-x", false, Optional.of(NotPulledReason.JENIS_NOT_PULLED)));
    assertThat(smk.placementSummary().rombelNotPulled()).isEqualTo(2);
    assertThat(smk.placementSummary().noRombel()).isZero();
    ERaporAssessment sp = ERapor.assess(asSma(s), o);
    assertThat(sp.rombel()).extracting(RombelReadiness::pulled).containsExactly(true, true);
    assertThat(sp.placementSummary().placed()).isEqualTo(3);
  }
}
