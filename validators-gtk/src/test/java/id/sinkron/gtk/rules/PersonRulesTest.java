package id.sinkron.gtk.rules;

import static id.sinkron.check.Severity.BLOCKER;
import static id.sinkron.check.Severity.WARNING;
import static id.sinkron.gtk.TestSchool.AS_OF_2025;
import static id.sinkron.gtk.TestSchool.guru;
import static id.sinkron.gtk.TestSchool.tendik;
import static id.sinkron.gtk.rules.RuleTesting.assertFindings;
import static id.sinkron.gtk.rules.RuleTesting.ptk;
import static id.sinkron.gtk.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.check.FindingSink;
import id.sinkron.gtk.GtkCode;
import id.sinkron.gtk.TestSchool;
import id.sinkron.model.ImmutableRiwayatPendidikan;
import id.sinkron.model.StatusKepegawaian;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GTK-QUALIFICATION, GTK-RETIREMENT-AGE, GTK-AGE-IMPLAUSIBLE, GTK-STATUS-GTY-NEGERI,
 * GTK-NON-INDUK-INCOMPLETE.
 */
class PersonRulesTest {
  // ---- GTK-QUALIFICATION

  @Test
  void qualification_passesS1D4AndHigherInAnyNotation() {
    assertThat(
            run(
                    new QualificationRule(),
                    TestSchool.smp()
                        .ptk(
                            guru("a", 1),
                            guru("b", 2)
                                .pendidikanTerakhir("D-IV")
                                .rwyPendFormal(
                                    List.of(
                                        ImmutableRiwayatPendidikan.builder()
                                            .jenjangPendidikan("D-IV")
                                            .build())),
                            guru("c", 3)
                                .pendidikanTerakhir("S2")
                                .rwyPendFormal(
                                    List.of(
                                        ImmutableRiwayatPendidikan.builder()
                                            .jenjangPendidikan("S2")
                                            .build())),
                            tendik("s", 4).pendidikanTerakhir("SMA").rwyPendFormal(List.of()),
                            guru("n", 5)
                                .induk(false)
                                .rwyPendFormal(List.of())
                                .pendidikanTerakhir(java.util.Optional.empty()))
                        .build())
                .findings())
        .isEmpty();
  }

  @Test
  void qualification_warnsBelowS1AndBlocksWithoutRecord() {
    FindingSink out =
        run(
            new QualificationRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1)
                        .pendidikanTerakhir("D3")
                        .rwyPendFormal(
                            List.of(
                                ImmutableRiwayatPendidikan.builder()
                                    .jenjangPendidikan("SMA")
                                    .build(),
                                ImmutableRiwayatPendidikan.builder()
                                    .jenjangPendidikan("D3")
                                    .build())),
                    guru("b", 2).rwyPendFormal(List.of()))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.QUALIFICATION, "a", WARNING), ptk(GtkCode.QUALIFICATION, "b", BLOCKER));
    assertThat(out.findings().get(0).arguments()).containsExactly("1", "D3");
    assertThat(out.findings().get(1).field()).contains("rwy_pend_formal");
  }

  // ---- GTK-RETIREMENT-AGE

  @Test
  void retirementAge_passesTheDayBefore() {
    assertThat(
            run(
                    new RetirementAgeRule(),
                    TestSchool.smp()
                        .ptk(guru("a", 1).tanggalLahir(AS_OF_2025.minusYears(60).plusDays(1)))
                        .build())
                .findings())
        .isEmpty();
  }

  @Test
  void retirementAge_blocksFromTheSixtiethBirthdayForEveryPtk() {
    FindingSink out =
        run(
            new RetirementAgeRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1).tanggalLahir(AS_OF_2025.minusYears(60)),
                    tendik("s", 2).tanggalLahir(AS_OF_2025.minusYears(65)),
                    guru("old", 3).tanggalLahir(AS_OF_2025.minusYears(85)))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.RETIREMENT_AGE, "a", BLOCKER), ptk(GtkCode.RETIREMENT_AGE, "s", BLOCKER));
    assertThat(out.findings().get(0).arguments()).containsExactly("60", "60");
  }

  // ---- GTK-AGE-IMPLAUSIBLE

  @Test
  void ageImplausible_passesPlausibleAges() {
    assertThat(
            run(
                    new AgeImplausibleRule(),
                    TestSchool.smp()
                        .ptk(
                            guru("a", 1).tanggalLahir(AS_OF_2025.minusYears(16)),
                            guru("b", 2).tanggalLahir(AS_OF_2025.minusYears(70)))
                        .build())
                .findings())
        .isEmpty();
  }

  @Test
  void ageImplausible_blocksTooYoungOrOldWarnsAboveSeventy() {
    FindingSink out =
        run(
            new AgeImplausibleRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1).tanggalLahir(AS_OF_2025.minusYears(15)),
                    guru("b", 2).tanggalLahir(AS_OF_2025.minusYears(80)),
                    tendik("c", 3).tanggalLahir(AS_OF_2025.minusYears(71)),
                    guru("d", 4).tanggalLahir(AS_OF_2025.plusDays(3)))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.AGE_IMPLAUSIBLE, "a", BLOCKER),
            ptk(GtkCode.AGE_IMPLAUSIBLE, "b", BLOCKER),
            ptk(GtkCode.AGE_IMPLAUSIBLE, "c", WARNING),
            ptk(GtkCode.AGE_IMPLAUSIBLE, "d", BLOCKER));
  }

  // ---- GTK-STATUS-GTY-NEGERI

  @Test
  void statusGtyNegeri_passesAtSwastaAndForNonInduk() {
    assertThat(
            run(
                    new StatusGtyNegeriRule(),
                    TestSchool.smp()
                        .swasta()
                        .ptk(guru("a", 1).statusKepegawaian(StatusKepegawaian.GTY_PTY))
                        .build())
                .findings())
        .isEmpty();
    assertThat(
            run(
                    new StatusGtyNegeriRule(),
                    TestSchool.smp()
                        .ptk(
                            guru("a", 1).statusKepegawaian(StatusKepegawaian.GTY_PTY).induk(false),
                            guru("b", 2))
                        .build())
                .findings())
        .isEmpty();
  }

  @Test
  void statusGtyNegeri_blocksInducGtyAtNegeri() {
    FindingSink out =
        run(
            new StatusGtyNegeriRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1).statusKepegawaian(StatusKepegawaian.GTY_PTY),
                    tendik("s", 2).statusKepegawaian(StatusKepegawaian.GTY_PTY))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.STATUS_GTY_NEGERI, "a", BLOCKER),
            ptk(GtkCode.STATUS_GTY_NEGERI, "s", BLOCKER));
  }

  // ---- GTK-NON-INDUK-INCOMPLETE

  @Test
  void nonIndukIncomplete_passesWithSuratTugasAndForInduk() {
    assertThat(
            run(
                    new NonIndukIncompleteRule(),
                    TestSchool.smp()
                        .ptk(
                            guru("a", 1)
                                .induk(false)
                                .tanggalSuratTugas(AS_OF_2025.withDayOfMonth(1)),
                            guru("b", 2))
                        .build())
                .findings())
        .isEmpty();
  }

  @Test
  void nonIndukIncomplete_warnsWithoutSuratTugas() {
    assertFindings(
            run(
                new NonIndukIncompleteRule(),
                TestSchool.smp().ptk(guru("a", 1).induk(false)).build()))
        .containsExactly(ptk(GtkCode.NON_INDUK_INCOMPLETE, "a", WARNING));
  }
}
