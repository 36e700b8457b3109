package id.sinkron.gtk.rules;

import static id.sinkron.check.Severity.BLOCKER;
import static id.sinkron.check.Severity.WARNING;
import static id.sinkron.gtk.TestSchool.IPA;
import static id.sinkron.gtk.TestSchool.MATEMATIKA;
import static id.sinkron.gtk.TestSchool.cert;
import static id.sinkron.gtk.TestSchool.duty;
import static id.sinkron.gtk.TestSchool.ekskul;
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

import id.sinkron.check.Finding;
import id.sinkron.check.FindingSink;
import id.sinkron.check.SubjectKind;
import id.sinkron.gtk.GtkCode;
import id.sinkron.gtk.LinearityTable;
import id.sinkron.gtk.TestSchool;
import id.sinkron.model.ImmutablePembelajaran;
import id.sinkron.model.ImmutableSertifikasi;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.Jenjang;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.RegulationProfiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** GTK-LOAD-*, GTK-NO-PEMBELAJARAN, GTK-HOURS-*, GTK-NOT-LINEAR. */
class LoadRulesTest {
  static final NotLinearRule NOT_LINEAR = new NotLinearRule(LinearityTable.bundled());

  /** One teacher "a" teaching Matematika {@code jam} hours in a full class rombel. */
  static TestSchool teaching(id.sinkron.model.ImmutablePtk.Builder a, int jam) {
    return TestSchool.smp()
        .ptk(a)
        .rombel(kelas("A", "VII A", null, 30).addPembelajaran(mapel("p1", MATEMATIKA, "a", jam)));
  }

  // ---- GTK-LOAD-BELOW-MIN

  @Test
  void loadBelowMin_passesFullLoadAndLoadCompletedByMainDuty() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(
                guru("a", 1).addSertifikasi(cert("180", 1)),
                guru("b", 2).addTugasTambahan(duty("46")),
                guru("k", 3).jenisPtk(JenisPtk.KEPALA_SEKOLAH).addTugasTambahan(duty("2")))
            .rombel(
                kelas("A", "VII A", null, 30)
                    .addPembelajaran(mapel("p1", MATEMATIKA, "a", 24), mapel("p2", IPA, "b", 12)))
            .build();
    FindingSink out = run(new LoadBelowMinRule(), school);
    assertThat(out.findings()).isEmpty();
    assertThat(out.notEvaluated()).isEmpty();
  }

  @Test
  void loadBelowMin_isBlockerForCertifiedAndShowsTheBreakdown() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(guru("a", 1).addSertifikasi(cert("180", 1)))
            .rombel(
                kelas("A", "VII A", "a", 30).addPembelajaran(mapel("p1", MATEMATIKA, "a", 18)),
                kelas("B", "VII B", null, 0).addPembelajaran(mapel("p2", MATEMATIKA, "a", 4)))
            .build();
    Finding f = only(run(new LoadBelowMinRule(), school));
    assertThat(f.code()).isEqualTo("GTK-LOAD-BELOW-MIN");
    assertThat(f.severity()).isEqualTo(BLOCKER);
    assertThat(f.subject().id()).isEqualTo("a");
    assertThat(f.field()).contains("pembelajaran.jam_mengajar_per_minggu");
    // 18 teaching + 2 wali + 0 duties = 20, 4 short of 24, A2, 4 JTM excluded, duties known
    assertThat(f.arguments()).containsExactly("18", "2", "0", "20", "4", "24", "A2", "4", "1", "0");
    assertThat(f.reference()).contains("Permendikdasmen 11/2025");
  }

  @Test
  void loadBelowMin_isWarningForUncertifiedAndWithoutSupplement() {
    assertFindings(run(new LoadBelowMinRule(), teaching(guru("a", 1), 20).build()))
        .containsExactly(ptk(GtkCode.LOAD_BELOW_MIN, "a", WARNING));
    FindingSink out =
        run(
            new LoadBelowMinRule(),
            teaching(guru("a", 1).addSertifikasi(cert("180", 1)).addTugasTambahan(duty("46")), 20)
                .noSupplement()
                .build());
    assertFindings(out).containsExactly(ptk(GtkCode.LOAD_BELOW_MIN, "a", WARNING));
    assertThat(out.findings().get(0).arguments()).endsWith("0");
  }

  @Test
  void loadBelowMin_isNotEvaluatedForNonIndukBkAndKepalaSekolahWithUnknownDuties() {
    FindingSink out =
        run(
            new LoadBelowMinRule(),
            TestSchool.smp()
                .noSupplement()
                .ptk(
                    guru("n", 1).induk(false),
                    guru("bk", 2).jenisPtk(JenisPtk.GURU_BK),
                    guru("k", 3).jenisPtk(JenisPtk.KEPALA_SEKOLAH))
                .build());
    assertThat(out.findings()).isEmpty();
    assertNotEvaluated(out)
        .containsExactly(
            tuple("GTK-LOAD-BELOW-MIN", "n", "gtk.reason.load.not.induk"),
            tuple("GTK-LOAD-BELOW-MIN", "bk", "gtk.reason.load.guru.bk"),
            tuple("GTK-LOAD-BELOW-MIN", "k", "gtk.reason.load.kepala.sekolah.duties.unknown"));
  }

  @Test
  void loadBelowMin_usesTheProfileOfTheCheck() {
    // P5 coordinator: 6 JTM under 15/2018 (capped with wali at 6), 2 under 11/2025.
    SchoolSnapshot school =
        TestSchool.smp()
            .semester("20241")
            .ptk(guru("a", 1).addTugasTambahan(duty("52")))
            .rombel(
                kelas("A", "VII A", "a", 30)
                    .semesterId(id.sinkron.model.SemesterId.of("20241"))
                    .addPembelajaran(mapel("p1", MATEMATIKA, "a", 18)))
            .build();
    assertThat(
            RuleTesting.run(
                    new LoadBelowMinRule(),
                    school,
                    RegulationProfiles.permendikbud15of2018(),
                    TestSchool.AS_OF_2024)
                .findings())
        .isEmpty();
    assertThat(
            RuleTesting.run(
                    new LoadBelowMinRule(),
                    school,
                    RegulationProfiles.permendikdasmen11of2025(),
                    TestSchool.AS_OF_2024)
                .findings())
        .extracting(Finding::code)
        .containsExactly("GTK-LOAD-BELOW-MIN");
  }

  // ---- GTK-LOAD-ABOVE-MAX

  @Test
  void loadAboveMax_passesAtTheMaximum() {
    assertThat(run(new LoadAboveMaxRule(), teaching(guru("a", 1), 40).build()).findings())
        .isEmpty();
  }

  @Test
  void loadAboveMax_warnsAboveIt() {
    FindingSink out = run(new LoadAboveMaxRule(), teaching(guru("a", 1), 44).build());
    assertFindings(out).containsExactly(ptk(GtkCode.LOAD_ABOVE_MAX, "a", WARNING));
    assertThat(out.findings().get(0).arguments()).containsExactly("44", "40", "4");
    assertThat(
            run(new LoadAboveMaxRule(), teaching(guru("a", 1).induk(false), 44).build()).findings())
        .isEmpty();
  }

  // ---- GTK-LOAD-INDUK-LOW

  @Test
  void loadIndukLow_passesAtTwelveAndSkipsKepsekBkTikAndTeachersWithoutHours() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(
                guru("a", 1),
                guru("k", 2).jenisPtk(JenisPtk.KEPALA_SEKOLAH),
                guru("bk", 3).jenisPtk(JenisPtk.GURU_BK),
                guru("tik", 4).jenisPtk(JenisPtk.GURU_TIK),
                guru("none", 5),
                guru("n", 6).induk(false))
            .rombel(
                kelas("A", "VII A", null, 30)
                    .addPembelajaran(
                        mapel("p1", MATEMATIKA, "a", 12),
                        mapel("p2", IPA, "k", 6),
                        mapel("p3", TestSchool.BK, "bk", 2),
                        mapel("p4", TestSchool.INFORMATIKA, "tik", 4),
                        mapel("p5", IPA, "n", 4)))
            .build();
    assertThat(run(new LoadIndukLowRule(), school).findings()).isEmpty();
  }

  @Test
  void loadIndukLow_warnsBelowTwelve() {
    FindingSink out = run(new LoadIndukLowRule(), teaching(guru("a", 1), 10).build());
    assertFindings(out).containsExactly(ptk(GtkCode.LOAD_INDUK_LOW, "a", WARNING));
    assertThat(out.findings().get(0).arguments()).containsExactly("10", "12");
  }

  // ---- GTK-NO-PEMBELAJARAN

  @Test
  void noPembelajaran_passesTeachersWithHoursAndSkipsKepsekBkNonInduk() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(
                guru("a", 1),
                guru("k", 2).jenisPtk(JenisPtk.KEPALA_SEKOLAH),
                guru("bk", 3).jenisPtk(JenisPtk.GURU_BK),
                guru("n", 4).induk(false),
                guru("ks", 5).addTugasTambahan(duty("2")),
                TestSchool.tendik("s", 6))
            .rombel(kelas("A", "VII A", null, 0).addPembelajaran(mapel("p1", MATEMATIKA, "a", 2)))
            .build();
    assertThat(run(new NoPembelajaranRule(), school).findings()).isEmpty();
  }

  @Test
  void noPembelajaran_staleEkskulHoursDoNotCount() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(guru("a", 1).addSertifikasi(cert("180", 1)), guru("b", 2))
            .rombel(
                ekskul("X", "Pramuka", "a", 20).addPembelajaran(mapel("p9", MATEMATIKA, "a", 24)))
            .build();
    FindingSink out = run(new NoPembelajaranRule(), school);
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.NO_PEMBELAJARAN, "a", BLOCKER), ptk(GtkCode.NO_PEMBELAJARAN, "b", WARNING));
  }

  // ---- GTK-HOURS-EMPTY-ROMBEL

  @Test
  void hoursEmptyRombel_passesRombelWithMembersAndEmptyEkskul() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(guru("a", 1))
            .rombel(
                kelas("A", "VII A", null, 1).addPembelajaran(mapel("p1", MATEMATIKA, "a", 4)),
                ekskul("X", "Pramuka", "a", 0).addPembelajaran(mapel("p9", MATEMATIKA, "a", 4)))
            .build();
    assertThat(run(new HoursEmptyRombelRule(), school).findings()).isEmpty();
  }

  @Test
  void hoursEmptyRombel_warnsPerPembelajaranWithHours() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(guru("a", 1))
            .rombel(
                kelas("B", "VII B", null, 0)
                    .addPembelajaran(mapel("p2", MATEMATIKA, "a", 4), mapel("p3", IPA, "a", 0)))
            .build();
    FindingSink out = run(new HoursEmptyRombelRule(), school);
    assertFindings(out)
        .containsExactly(f(GtkCode.HOURS_EMPTY_ROMBEL, SubjectKind.PEMBELAJARAN, "p2", WARNING));
    assertThat(out.findings().get(0).field()).contains("anggota_rombel");
  }

  // ---- GTK-HOURS-CLAIMED-TWICE

  @Test
  void hoursClaimedTwice_passesDistinctSubjectsAndSubMapel() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(guru("a", 1), guru("b", 2))
            .rombel(
                kelas("A", "VII A", null, 30)
                    .addPembelajaran(
                        mapel("p1", TestSchool.SENI_BUDAYA, "a", 3),
                        ImmutablePembelajaran.builder()
                            .from(mapel("p2", TestSchool.SENI_BUDAYA, "b", 1))
                            .indukPembelajaranId("p1")
                            .build(),
                        mapel("p3", MATEMATIKA, "a", 5)))
            .build();
    assertThat(run(new HoursClaimedTwiceRule(), school).findings()).isEmpty();
  }

  @Test
  void hoursClaimedTwice_warnsEveryDuplicateAfterTheFirst() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(guru("a", 1), guru("b", 2))
            .rombel(
                kelas("A", "VII A", null, 30)
                    .addPembelajaran(
                        mapel("p1", MATEMATIKA, "a", 5), mapel("p2", MATEMATIKA, "b", 5)))
            .build();
    FindingSink out = run(new HoursClaimedTwiceRule(), school);
    assertFindings(out)
        .containsExactly(f(GtkCode.HOURS_CLAIMED_TWICE, SubjectKind.PEMBELAJARAN, "p2", WARNING));
    assertThat(out.findings().get(0).value()).contains(MATEMATIKA);
  }

  // ---- GTK-NOT-LINEAR

  @Test
  void notLinear_passesLinearLoadAndLeavesLowTotalsToLoadBelowMin() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(
                guru("a", 1).addSertifikasi(cert("180", 1)),
                guru("b", 2).addSertifikasi(cert("180", 2)),
                guru("c", 3))
            .rombel(
                kelas("A", "VII A", null, 30)
                    .addPembelajaran(
                        mapel("p1", MATEMATIKA, "a", 24),
                        mapel("p2", IPA, "b", 12),
                        mapel("p3", IPA, "c", 24)))
            .build();
    FindingSink out = run(NOT_LINEAR, school);
    assertThat(out.findings()).isEmpty();
    assertThat(out.notEvaluated()).isEmpty();
  }

  @Test
  void notLinear_blockerWhenTheLinearLoadMissesTheMinimum() {
    FindingSink out =
        run(
            NOT_LINEAR,
            TestSchool.smp()
                .ptk(guru("a", 1).addSertifikasi(cert("180", 1)))
                .rombel(
                    kelas("A", "VII A", null, 30)
                        .addPembelajaran(
                            mapel("p1", MATEMATIKA, "a", 20), mapel("p2", IPA, "a", 4)))
                .build());
    assertFindings(out).containsExactly(ptk(GtkCode.NOT_LINEAR, "a", BLOCKER));
    assertThat(out.findings().get(0).arguments()).containsExactly("20", "24", "24", "4", "180");
  }

  @Test
  void notLinear_warningWhenSomeHoursAreNotLinearButTheLinearLoadSuffices() {
    FindingSink out =
        run(
            NOT_LINEAR,
            TestSchool.smp()
                .ptk(guru("a", 1).addSertifikasi(cert("180", 1)).addTugasTambahan(duty("46")))
                .rombel(
                    kelas("A", "VII A", null, 30)
                        .addPembelajaran(
                            mapel("p1", MATEMATIKA, "a", 12), mapel("p2", IPA, "a", 2)))
                .build());
    assertFindings(out).containsExactly(ptk(GtkCode.NOT_LINEAR, "a", WARNING));
  }

  @Test
  void notLinear_dependsOnTheJenjang() {
    id.sinkron.model.ImmutablePtk.Builder guruKelas =
        guru("a", 1).jenisPtk(JenisPtk.GURU_KELAS).addSertifikasi(cert("027", 1));
    assertFindings(run(NOT_LINEAR, teaching(guruKelas, 24).build()))
        .containsExactly(ptk(GtkCode.NOT_LINEAR, "a", BLOCKER));
    assertThat(run(NOT_LINEAR, teaching(guruKelas, 24).bentuk("5").build()).findings()).isEmpty();
    assertThat(Jenjang.SD).isNotNull();
  }

  @Test
  void notLinear_isNotEvaluatedForUnknownOrMissingFieldAndWithoutSupplement() {
    FindingSink out =
        run(
            NOT_LINEAR,
            TestSchool.smp()
                .ptk(
                    guru("a", 1).addSertifikasi(cert("999", 1)),
                    guru("b", 2)
                        .addSertifikasi(
                            ImmutableSertifikasi.builder()
                                .from(cert("180", 2))
                                .bidangStudiSertifikasi(Optional.empty())
                                .build()))
                .rombel(
                    kelas("A", "VII A", null, 30)
                        .addPembelajaran(
                            mapel("p1", MATEMATIKA, "a", 24), mapel("p2", MATEMATIKA, "b", 24)))
                .build());
    assertThat(out.findings()).isEmpty();
    assertNotEvaluated(out)
        .containsExactly(
            tuple("GTK-NOT-LINEAR", "a", "gtk.reason.linear.field.unknown"),
            tuple("GTK-NOT-LINEAR", "b", "gtk.reason.linear.field.missing"));
    assertThat(out.notEvaluated().get(0).reason()).contains("999");

    FindingSink none =
        run(
            NOT_LINEAR,
            teaching(guru("a", 1).addSertifikasi(cert("180", 1)), 24).noSupplement().build());
    assertNotEvaluated(none)
        .containsExactly(tuple("GTK-NOT-LINEAR", null, "gtk.reason.no.supplement"));
  }

  @Test
  void notLinear_usesTheCallersTable() {
    LinearityTable own =
        LinearityTable.of(
            List.of(
                new LinearityTable.Entry(
                    "180", "Matematika", IPA, "IPA", Optional.empty(), "test")));
    FindingSink out =
        run(
            new NotLinearRule(own),
            TestSchool.smp()
                .ptk(guru("a", 1).addSertifikasi(cert("180", 1)))
                .rombel(kelas("A", "VII A", null, 30).addPembelajaran(mapel("p1", IPA, "a", 24)))
                .build());
    assertThat(out.findings()).isEmpty();
  }
}
