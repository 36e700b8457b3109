package id.sinkron.gtk.rules;

import static id.sinkron.check.Severity.BLOCKER;
import static id.sinkron.check.Severity.WARNING;
import static id.sinkron.gtk.TestSchool.IPA;
import static id.sinkron.gtk.TestSchool.MATEMATIKA;
import static id.sinkron.gtk.TestSchool.cert;
import static id.sinkron.gtk.TestSchool.duty;
import static id.sinkron.gtk.TestSchool.guru;
import static id.sinkron.gtk.TestSchool.kelas;
import static id.sinkron.gtk.TestSchool.mapel;
import static id.sinkron.gtk.rules.RuleTesting.assertFindings;
import static id.sinkron.gtk.rules.RuleTesting.assertNotEvaluated;
import static id.sinkron.gtk.rules.RuleTesting.f;
import static id.sinkron.gtk.rules.RuleTesting.only;
import static id.sinkron.gtk.rules.RuleTesting.ptk;
import static id.sinkron.gtk.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.sinkron.check.FindingSink;
import id.sinkron.check.SubjectKind;
import id.sinkron.gtk.BebanKerja;
import id.sinkron.gtk.GtkCode;
import id.sinkron.gtk.HoursExclusion;
import id.sinkron.gtk.TeachingHours;
import id.sinkron.gtk.TestSchool;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.RegulationProfiles;
import id.sinkron.testing.RuleHarness;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * GTK-TATAP-MUKA-MIN, GTK-JENIS-PTK-MISSING, GTK-DUTY-NOT-COUNTED, GTK-HOURS-ELECTIVE-EMPTY,
 * elective hours (issue 18).
 */
class Issue18RulesTest {
  // ---- GTK-TATAP-MUKA-MIN

  /**
   * a: 12 face to face + wakasek 12 = 24; b: 28 Matematika; c: 12 + 6 other duties = 18 (plus
   * wali).
   */
  static SchoolSnapshot split() {
    return TestSchool.smp()
        .ptk(
            guru("a", 1).addSertifikasi(cert("180", 1)).addTugasTambahan(duty("46")),
            guru("b", 2),
            guru("c", 3).addSertifikasi(cert("180", 3)))
        .rombel(
            kelas("A", "VII A", null, 30)
                .addPembelajaran(mapel("p1", MATEMATIKA, "a", 11), mapel("p2", IPA, "b", 28)),
            kelas("B", "VII B", null, 30)
                .addPembelajaran(mapel("p3", MATEMATIKA, "b", 1), mapel("p4", IPA, "c", 14)))
        .build();
  }

  @Test
  void tatapMuka_belowTheMinimumEvenWhenDutiesReachTheLoadAndNamesTheColleague() {
    FindingSink out = run(new TatapMukaMinRule(), split());
    // a: 11 < 12 (main duty) although 11 + 12 = 23 is not even 24; c: 14 < 16; b: 29 face to face
    assertFindings(out)
        .containsExactlyInAnyOrder(
            ptk(GtkCode.TATAP_MUKA_MIN, "a", BLOCKER), ptk(GtkCode.TATAP_MUKA_MIN, "c", BLOCKER));
    assertThat(out.findings())
        .filteredOn(x -> x.subject().id().equals("a"))
        .singleElement()
        .satisfies(x -> assertThat(x.arguments().subList(0, 3)).containsExactly("11", "12", "1"))
        .satisfies(x -> assertThat(x.arguments().get(5)).isEqualTo("1"));
    assertThat(out.findings())
        .filteredOn(x -> x.subject().id().equals("c"))
        .singleElement()
        .satisfies(x -> assertThat(x.arguments().subList(0, 3)).containsExactly("14", "16", "0"));
  }

  @Test
  void tatapMuka_onlyUnderAProfileThatSetsIt() {
    FindingSink out =
        run(
            new TatapMukaMinRule(),
            split(),
            RegulationProfiles.permendikbud15of2018(),
            TestSchool.AS_OF_2024);
    assertThat(out.findings()).isEmpty();
  }

  @Test
  void tatapMuka_aTeacherToppingUpAtThisSecondSchoolIsNotJudgedHere() {
    // the false alarm of operator-cases IG-05 / summary 1: a teacher registered non-induk here tops
    // up
    // 6 JTM; the face-to-face minimum is the induk school's business
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(
                guru("x", 1).addSertifikasi(cert("180", 1)).induk(false),
                guru("k", 2).jenisPtk(JenisPtk.KEPALA_SEKOLAH).addTugasTambahan(duty("2")),
                guru("bk", 3).jenisPtk(JenisPtk.GURU_BK),
                guru("n", 4))
            .rombel(
                kelas("A", "VII A", null, 30)
                    .addPembelajaran(
                        mapel("p1", MATEMATIKA, "x", 6),
                        mapel("p2", IPA, "k", 6),
                        mapel("p3", TestSchool.BK, "bk", 2)))
            .build();
    // x non-induk, k kepala sekolah, bk guru BK, n without pembelajaran (GTK-NO-PEMBELAJARAN's)
    assertThat(run(new TatapMukaMinRule(), school).findings()).isEmpty();
    assertThat(run(new LoadBelowMinRule(), school).findings())
        .extracting(x -> x.subject().id())
        .containsExactly("n");
  }

  // ---- GTK-JENIS-PTK-MISSING

  @Test
  void jenisPtkMissing_emptyOrUnknownCodeIsABlockerAndTheTeacherDropsOutOfTheLoadRules() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(
                guru("a", 1).jenisPtk(Optional.empty()),
                guru("b", 2).jenisPtk(JenisPtk.of("77")),
                guru("c", 3),
                TestSchool.tendik("t", 4))
            .rombel(
                kelas("A", "VII A", null, 30)
                    .addPembelajaran(mapel("p1", MATEMATIKA, "a", 6), mapel("p2", IPA, "c", 24)))
            .build();
    FindingSink out = run(new JenisPtkMissingRule(), school);
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.JENIS_PTK_MISSING, "a", BLOCKER),
            ptk(GtkCode.JENIS_PTK_MISSING, "b", BLOCKER));
    assertThat(out.findings().get(0).arguments()).containsExactly("-", "1");
    assertThat(out.findings().get(1).arguments()).containsExactly("77", "0");
    // a teaches 6 JTM but no load rule sees a: that is why this rule is a blocker
    assertThat(run(new LoadBelowMinRule(), school).findings()).isEmpty();
  }

  // ---- GTK-DUTY-NOT-COUNTED

  @Test
  void dutyNotCounted_secondMainDutyUnknownJabatanAndDutyAtANonIndukSchool() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(
                guru("a", 1).addTugasTambahan(duty("46"), duty("7")),
                guru("b", 2).addTugasTambahan(duty("999")),
                guru("c", 3).induk(false).addTugasTambahan(duty("46")),
                guru("d", 4).addTugasTambahan(duty("46")),
                guru("e", 5).addTugasTambahan(TestSchool.duty("46")).induk(true))
            .rombel(
                kelas("A", "VII A", null, 30)
                    .addPembelajaran(
                        mapel("p1", MATEMATIKA, "a", 12),
                        mapel("p2", IPA, "b", 24),
                        mapel("p3", TestSchool.IPS, "c", 4),
                        mapel("p4", TestSchool.PJOK, "d", 12),
                        mapel("p5", TestSchool.PAI, "e", 12)))
            .build();
    FindingSink out = run(new DutyNotCountedRule(), school);
    assertFindings(out)
        .containsExactlyInAnyOrder(
            ptk(GtkCode.DUTY_NOT_COUNTED, "a", WARNING),
            ptk(GtkCode.DUTY_NOT_COUNTED, "b", WARNING),
            ptk(GtkCode.DUTY_NOT_COUNTED, "c", WARNING));
    assertThat(out.findings())
        .extracting(x -> x.subject().id(), x -> x.arguments().get(1), x -> x.arguments().get(2))
        .containsExactlyInAnyOrder(
            tuple("a", "1", "7"), tuple("b", "2", "999"), tuple("c", "0", "46"));
  }

  @Test
  void dutyNotCounted_notEvaluatedWithoutTheSupplement() {
    SchoolSnapshot school =
        TestSchool.smp()
            .noSupplement()
            .ptk(guru("a", 1))
            .rombel(kelas("A", "VII A", null, 30).addPembelajaran(mapel("p1", MATEMATIKA, "a", 24)))
            .build();
    FindingSink out = run(new DutyNotCountedRule(), school);
    assertThat(out.findings()).isEmpty();
    assertNotEvaluated(out)
        .containsExactly(tuple("GTK-DUTY-NOT-COUNTED", null, Gtk.REASON_NO_SUPPLEMENT));
  }

  // ---- GTK-HOURS-ELECTIVE-EMPTY and elective hours in the load

  static SchoolSnapshot electives(int members) {
    return TestSchool.smp()
        .ptk(guru("a", 1))
        .rombel(
            kelas("A", "VII A", null, 30).addPembelajaran(mapel("p1", MATEMATIKA, "a", 20)),
            kelas("E", "Pilihan", null, members)
                .jenisRombel(JenisRombel.MAPEL_PILIHAN)
                .addPembelajaran(mapel("p2", IPA, "a", 4)),
            kelas("T", "Teori", null, 30)
                .jenisRombel(JenisRombel.TEORI)
                .addPembelajaran(mapel("p3", IPA, "a", 2)))
        .build();
  }

  @Test
  void electiveHoursWithMembersCountLikeClassHours() {
    SchoolSnapshot school = electives(12);
    BebanKerja load =
        BebanKerja.of(
            RuleHarness.of(id.sinkron.gtk.InfoGtk.MESSAGES)
                .asOf(TestSchool.AS_OF_2025)
                .context(school),
            school.ptk().get(0));
    assertThat(load.teaching())
        .extracting(TeachingHours::pembelajaranId, TeachingHours::excluded)
        .containsExactly(
            tuple("p1", Optional.empty()),
            tuple("p2", Optional.empty()),
            tuple("p3", Optional.of(HoursExclusion.NOT_CLASS_ROMBEL)));
    assertThat(load.teachingJtm()).isEqualTo(24);
    assertThat(run(new LoadBelowMinRule(), school).findings()).isEmpty();
    assertThat(run(new HoursElectiveEmptyRule(), school).findings()).isEmpty();
  }

  @Test
  void hoursInAnEmptyElectiveRombelAreWarnedAndNotCounted() {
    SchoolSnapshot school = electives(0);
    FindingSink out = run(new HoursElectiveEmptyRule(), school);
    assertFindings(out)
        .containsExactly(f(GtkCode.HOURS_ELECTIVE_EMPTY, SubjectKind.PEMBELAJARAN, "p2", WARNING));
    assertThat(only(out).arguments()).containsExactly("4");
    assertThat(run(new HoursEmptyRombelRule(), school).findings())
        .as("the class-rombel rule stays silent")
        .isEmpty();
    assertFindings(run(new LoadBelowMinRule(), school))
        .containsExactly(ptk(GtkCode.LOAD_BELOW_MIN, "a", WARNING));
  }
}
