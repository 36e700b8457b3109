package id.sinkron.gtk;

import static id.sinkron.gtk.TestSchool.MATEMATIKA;
import static id.sinkron.gtk.TestSchool.duty;
import static id.sinkron.gtk.TestSchool.ekskul;
import static id.sinkron.gtk.TestSchool.guru;
import static id.sinkron.gtk.TestSchool.kelas;
import static id.sinkron.gtk.TestSchool.mapel;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.check.RuleContext;
import id.sinkron.model.ImmutableTugasTambahan;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.SemesterId;
import id.sinkron.profile.RegulationProfile;
import id.sinkron.profile.RegulationProfiles;
import id.sinkron.testing.RuleHarness;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The load calculator, table-driven over both regulation profiles. */
class BebanKerjaTest {
  static final String T = "t1";

  /**
   * A regulation era: the profile, the semester whose tahun ajaran selects it, a date inside it.
   */
  record Era(RegulationProfile profile, String semester, LocalDate asOf) {
    @Override
    public String toString() {
      return profile.name();
    }
  }

  static final Era E2018 =
      new Era(RegulationProfiles.permendikbud15of2018(), "20241", TestSchool.AS_OF_2024);
  static final Era E2025 =
      new Era(RegulationProfiles.permendikdasmen11of2025(), "20251", TestSchool.AS_OF_2025);

  /** Expected components. */
  record Expect(
      int teaching,
      int excluded,
      int kepsek,
      int main,
      int wali,
      int other,
      int otherExcess,
      int recognised,
      String jjm,
      LoadEvaluation evaluation) {}

  /** A case: a school built for an era (its semester), and what each era expects. */
  record Case(String name, Function<String, SchoolSnapshot> school, Expect e2018, Expect e2025) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Expect ok(
      int teaching,
      int excluded,
      int kepsek,
      int main,
      int wali,
      int other,
      int otherExcess,
      int recognised,
      String jjm) {
    return new Expect(
        teaching,
        excluded,
        kepsek,
        main,
        wali,
        other,
        otherExcess,
        recognised,
        jjm,
        LoadEvaluation.EVALUATED);
  }

  static id.sinkron.model.ImmutableRombel.Builder kelasIn(
      String sem, String id, String wali, int members) {
    return kelas(id, "VII " + id, wali, members).semesterId(SemesterId.of(sem));
  }

  static final List<Case> CASES =
      List.of(
          new Case(
              "24 JTM teaching",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1))
                      .rombel(
                          kelasIn(sem, "A", null, 30)
                              .addPembelajaran(mapel("p1", MATEMATIKA, T, 24)))
                      .build(),
              ok(24, 0, 0, 0, 0, 0, 0, 24, "A1"),
              ok(24, 0, 0, 0, 0, 0, 0, 24, "A1")),
          new Case(
              "18 teaching + wali kelas = 20, short 4",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1))
                      .rombel(
                          kelasIn(sem, "A", T, 30).addPembelajaran(mapel("p1", MATEMATIKA, T, 18)))
                      .build(),
              ok(18, 0, 0, 0, 2, 0, 0, 20, "A2"),
              ok(18, 0, 0, 0, 2, 0, 0, 20, "A2")),
          new Case(
              "other duties capped at 6 (wali 2 + OSIS 2 + ekskul 2 + piket 1)",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1).addTugasTambahan(duty("44"), duty("45"), duty("41")))
                      .rombel(
                          kelasIn(sem, "A", T, 30).addPembelajaran(mapel("p1", MATEMATIKA, T, 14)))
                      .build(),
              ok(14, 0, 0, 0, 2, 4, 1, 20, "A2"),
              ok(14, 0, 0, 0, 2, 4, 1, 20, "A2")),
          new Case(
              "P5 coordinator: 6 under 2018 (capped), 2 under 2025",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1).addTugasTambahan(duty("52")))
                      .rombel(
                          kelasIn(sem, "A", T, 30).addPembelajaran(mapel("p1", MATEMATIKA, T, 12)))
                      .build(),
              ok(12, 0, 0, 0, 2, 4, 2, 18, "A2"),
              ok(12, 0, 0, 0, 2, 2, 0, 16, "A3")),
          new Case(
              "two main duties: only one counts",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1).addTugasTambahan(duty("46"), duty("3")))
                      .rombel(
                          kelasIn(sem, "A", null, 30)
                              .addPembelajaran(mapel("p1", MATEMATIKA, T, 12)))
                      .build(),
              ok(12, 0, 0, 12, 0, 0, 0, 24, "A1"),
              ok(12, 0, 0, 12, 0, 0, 0, 24, "A1")),
          new Case(
              "kepala sekolah duty counts as the full minimum",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1).jenisPtk(JenisPtk.KEPALA_SEKOLAH).addTugasTambahan(duty("2")))
                      .rombel(
                          kelasIn(sem, "A", null, 30)
                              .addPembelajaran(mapel("p1", MATEMATIKA, T, 6)))
                      .build(),
              ok(6, 0, 24, 0, 0, 0, 0, 30, "A1"),
              ok(6, 0, 24, 0, 0, 0, 0, 30, "A1")),
          new Case(
              "PLT kepala sekolah counts nothing and must teach",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1).addTugasTambahan(duty("33")))
                      .rombel(
                          kelasIn(sem, "A", null, 30)
                              .addPembelajaran(mapel("p1", MATEMATIKA, T, 10)))
                      .build(),
              ok(10, 0, 0, 0, 0, 0, 0, 10, "A4"),
              ok(10, 0, 0, 0, 0, 0, 0, 10, "A4")),
          new Case(
              "non-induk: hours listed, duties not counted, not evaluated",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1).induk(false).addTugasTambahan(duty("11")))
                      .rombel(
                          kelasIn(sem, "A", T, 30).addPembelajaran(mapel("p1", MATEMATIKA, T, 12)))
                      .build(),
              new Expect(12, 0, 0, 0, 0, 0, 0, 12, "A3", LoadEvaluation.NOT_INDUK),
              new Expect(12, 0, 0, 0, 0, 0, 0, 12, "A3", LoadEvaluation.NOT_INDUK)),
          new Case(
              "hours in an empty rombel are excluded",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1))
                      .rombel(
                          kelasIn(sem, "A", null, 30)
                              .addPembelajaran(mapel("p1", MATEMATIKA, T, 20)),
                          kelasIn(sem, "B", null, 0).addPembelajaran(mapel("p2", MATEMATIKA, T, 4)))
                      .build(),
              ok(20, 4, 0, 0, 0, 0, 0, 20, "A2"),
              ok(20, 4, 0, 0, 0, 0, 0, 20, "A2")),
          new Case(
              "stale pembelajaran on an ekstrakurikuler rombel is excluded",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1))
                      .rombel(
                          kelasIn(sem, "A", null, 30)
                              .addPembelajaran(mapel("p1", MATEMATIKA, T, 24)),
                          ekskul("X", "Pramuka", T, 25)
                              .semesterId(SemesterId.of(sem))
                              .addPembelajaran(mapel("p9", MATEMATIKA, T, 6)))
                      .build(),
              ok(24, 6, 0, 0, 0, 0, 0, 24, "A1"),
              ok(24, 6, 0, 0, 0, 0, 0, 24, "A1")),
          new Case(
              "a rombel of another semester is excluded",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1))
                      .rombel(
                          kelasIn(sem, "A", null, 30)
                              .addPembelajaran(mapel("p1", MATEMATIKA, T, 20)),
                          kelas("OLD", "VII lama", T, 30)
                              .semesterId(SemesterId.of("20202"))
                              .addPembelajaran(mapel("p2", MATEMATIKA, T, 8)))
                      .build(),
              ok(20, 8, 0, 0, 0, 0, 0, 20, "A2"),
              ok(20, 8, 0, 0, 0, 0, 0, 20, "A2")),
          new Case(
              "a non-class rombel (jenis 2 Teori) is excluded",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1))
                      .rombel(
                          kelasIn(sem, "A", null, 30)
                              .addPembelajaran(mapel("p1", MATEMATIKA, T, 20)),
                          kelasIn(sem, "TEORI", null, 30)
                              .jenisRombel(JenisRombel.TEORI)
                              .addPembelajaran(mapel("p2", MATEMATIKA, T, 3)))
                      .build(),
              ok(20, 3, 0, 0, 0, 0, 0, 20, "A2"),
              ok(20, 3, 0, 0, 0, 0, 0, 20, "A2")),
          new Case(
              "teaching above 40 is not recognised",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1))
                      .rombel(
                          kelasIn(sem, "A", null, 30)
                              .addPembelajaran(mapel("p1", MATEMATIKA, T, 22)),
                          kelasIn(sem, "B", null, 30)
                              .addPembelajaran(mapel("p2", MATEMATIKA, T, 22)))
                      .build(),
              ok(44, 0, 0, 0, 0, 0, 0, 40, "A1"),
              ok(44, 0, 0, 0, 0, 0, 0, 40, "A1")),
          new Case(
              "incomplete, future and ended duties are not counted",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(
                          guru(T, 1)
                              .addTugasTambahan(
                                  ImmutableTugasTambahan.builder()
                                      .from(duty("11"))
                                      .nomorSk("  ")
                                      .build(),
                                  ImmutableTugasTambahan.builder()
                                      .from(duty("44"))
                                      .tmtTambahan(LocalDate.of(2026, 1, 1))
                                      .build(),
                                  ImmutableTugasTambahan.builder()
                                      .from(duty("45"))
                                      .tstTambahan(LocalDate.of(2024, 8, 1))
                                      .build(),
                                  duty("999")))
                      .rombel(
                          kelasIn(sem, "A", null, 30)
                              .addPembelajaran(mapel("p1", MATEMATIKA, T, 20)))
                      .build(),
              ok(20, 0, 0, 0, 0, 0, 0, 20, "A2"),
              ok(20, 0, 0, 0, 0, 0, 0, 20, "A2")),
          new Case(
              "without the supplement only teaching and wali kelas count",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .noSupplement()
                      .ptk(guru(T, 1).addTugasTambahan(duty("11")))
                      .rombel(
                          kelasIn(sem, "A", T, 30).addPembelajaran(mapel("p1", MATEMATIKA, T, 18)))
                      .build(),
              ok(18, 0, 0, 0, 2, 0, 0, 20, "A2"),
              ok(18, 0, 0, 0, 2, 0, 0, 20, "A2")),
          new Case(
              "wali kelas of an empty rombel is not counted",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1))
                      .rombel(
                          kelasIn(sem, "A", null, 30)
                              .addPembelajaran(mapel("p1", MATEMATIKA, T, 18)),
                          kelasIn(sem, "B", T, 0))
                      .build(),
              ok(18, 0, 0, 0, 0, 0, 0, 18, "A2"),
              ok(18, 0, 0, 0, 0, 0, 0, 18, "A2")),
          new Case(
              "guru BK: not evaluated",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .ptk(guru(T, 1).jenisPtk(JenisPtk.GURU_BK))
                      .rombel(
                          kelasIn(sem, "A", null, 30)
                              .addPembelajaran(mapel("p1", TestSchool.BK, T, 2)))
                      .build(),
              new Expect(2, 0, 0, 0, 0, 0, 0, 2, "A4", LoadEvaluation.GURU_BK),
              new Expect(2, 0, 0, 0, 0, 0, 0, 2, "A4", LoadEvaluation.GURU_BK)),
          new Case(
              "kepala sekolah without known duties: not evaluated",
              sem ->
                  TestSchool.smp()
                      .semester(sem)
                      .noSupplement()
                      .ptk(guru(T, 1).jenisPtk(JenisPtk.KEPALA_SEKOLAH))
                      .rombel(
                          kelasIn(sem, "A", null, 30)
                              .addPembelajaran(mapel("p1", MATEMATIKA, T, 6)))
                      .build(),
              new Expect(
                  6, 0, 0, 0, 0, 0, 0, 6, "A4", LoadEvaluation.KEPALA_SEKOLAH_DUTIES_UNKNOWN),
              new Expect(
                  6, 0, 0, 0, 0, 0, 0, 6, "A4", LoadEvaluation.KEPALA_SEKOLAH_DUTIES_UNKNOWN)));

  static Stream<Arguments> cases() {
    return CASES.stream().flatMap(c -> Stream.of(Arguments.of(E2018, c), Arguments.of(E2025, c)));
  }

  static BebanKerja load(Era era, SchoolSnapshot school) {
    RuleContext ctx =
        RuleHarness.of(InfoGtk.MESSAGES).profile(era.profile()).asOf(era.asOf()).context(school);
    return BebanKerja.of(ctx, ctx.index().ptk(T).orElseThrow());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void components(Era era, Case c) {
    SchoolSnapshot school = c.school().apply(era.semester());
    Expect e = era == E2018 ? c.e2018() : c.e2025();
    BebanKerja load = load(era, school);

    assertThat(load.evaluation()).as("evaluation").isEqualTo(e.evaluation());
    assertThat(load.teachingJtm()).as("teaching").isEqualTo(e.teaching());
    assertThat(load.excludedJtm()).as("excluded").isEqualTo(e.excluded());
    assertThat(load.kepalaSekolahJtm()).as("kepala sekolah").isEqualTo(e.kepsek());
    assertThat(load.mainDutyJtm()).as("main").isEqualTo(e.main());
    assertThat(load.waliKelasJtm()).as("wali").isEqualTo(e.wali());
    assertThat(load.otherDutyJtm()).as("other").isEqualTo(e.other());
    assertThat(load.otherDutyExcessJtm()).as("other excess").isEqualTo(e.otherExcess());
    assertThat(load.recognisedJtm()).as("recognised").isEqualTo(e.recognised());
    assertThat(load.jjmCategory()).as("jjm").isEqualTo(e.jjm());
    assertThat(load.shortfallJtm()).isEqualTo(Math.max(0, era.profile().minJtm() - e.recognised()));
    assertThat(load.recognisedTeachingJtm())
        .isEqualTo(Math.min(e.teaching(), era.profile().maxJtm()));
  }

  @Test
  void recordsWhyEachExcludedRowIsExcluded() {
    SchoolSnapshot school = CASES.get(9).school().apply("20251");
    BebanKerja load = load(E2025, school);
    assertThat(load.teaching())
        .extracting(TeachingHours::pembelajaranId, TeachingHours::excluded)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("p1", java.util.Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(
                "p9", java.util.Optional.of(HoursExclusion.EKSTRAKURIKULER)));
    // The core index never offers ekstrakurikuler pembelajaran either.
    RuleContext ctx = RuleHarness.of(InfoGtk.MESSAGES).context(school);
    assertThat(ctx.index().teachingOf(T))
        .extracting(t -> t.pembelajaran().pembelajaranId())
        .containsExactly("p1");

    assertThat(load(E2025, CASES.get(8).school().apply("20251")).teaching())
        .extracting(TeachingHours::excluded)
        .containsExactly(
            java.util.Optional.empty(), java.util.Optional.of(HoursExclusion.EMPTY_ROMBEL));
    assertThat(load(E2025, CASES.get(10).school().apply("20251")).teaching())
        .extracting(TeachingHours::excluded)
        .containsExactly(
            java.util.Optional.empty(), java.util.Optional.of(HoursExclusion.INACTIVE_SEMESTER));
    assertThat(load(E2025, CASES.get(11).school().apply("20251")).teaching())
        .extracting(TeachingHours::excluded)
        .containsExactly(
            java.util.Optional.empty(), java.util.Optional.of(HoursExclusion.NOT_CLASS_ROMBEL));
  }

  @Test
  void recordsEachDutyOutcome() {
    assertThat(load(E2025, CASES.get(13).school().apply("20251")).duties())
        .extracting(DutyEquivalent::outcome)
        .containsExactly(
            DutyOutcome.INCOMPLETE,
            DutyOutcome.NOT_YET_ACTIVE,
            DutyOutcome.ENDED,
            DutyOutcome.UNKNOWN_JABATAN);
    assertThat(load(E2025, CASES.get(2).school().apply("20251")).duties())
        .extracting(DutyEquivalent::kind, DutyEquivalent::countedJtm, DutyEquivalent::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DutyKind.WALI_KELAS, 2, DutyOutcome.COUNTED),
            org.assertj.core.groups.Tuple.tuple(DutyKind.TUGAS_TAMBAHAN, 2, DutyOutcome.COUNTED),
            org.assertj.core.groups.Tuple.tuple(DutyKind.TUGAS_TAMBAHAN, 2, DutyOutcome.COUNTED),
            org.assertj.core.groups.Tuple.tuple(DutyKind.TUGAS_TAMBAHAN, 0, DutyOutcome.CAPPED));
    assertThat(load(E2025, CASES.get(4).school().apply("20251")).duties())
        .extracting(DutyEquivalent::outcome)
        .containsExactly(DutyOutcome.COUNTED, DutyOutcome.MAIN_DUTY_LIMIT);
    assertThat(load(E2025, CASES.get(6).school().apply("20251")).duties())
        .extracting(DutyEquivalent::outcome)
        .containsExactly(DutyOutcome.NO_EQUIVALENT);
    assertThat(load(E2025, CASES.get(7).school().apply("20251")).duties())
        .extracting(DutyEquivalent::outcome)
        .containsExactly(DutyOutcome.NOT_AT_INDUK, DutyOutcome.NOT_AT_INDUK);
    assertThat(load(E2025, CASES.get(15).school().apply("20251")).duties())
        .extracting(DutyEquivalent::outcome)
        .containsExactly(DutyOutcome.EMPTY_ROMBEL);
  }

  @Test
  void aCallerOverrideOfTheProfileChangesTheResult() {
    RegulationProfile strict =
        id.sinkron.profile.ImmutableRegulationProfile.copyOf(
                RegulationProfiles.permendikdasmen11of2025())
            .withOtherDutyCap(3)
            .withWaliKelasJtm(1);
    SchoolSnapshot school = CASES.get(2).school().apply("20251");
    RuleContext ctx = RuleHarness.of(InfoGtk.MESSAGES).profile(strict).context(school);
    BebanKerja load = BebanKerja.of(ctx, ctx.index().ptk(T).orElseThrow());
    assertThat(load.waliKelasJtm()).isEqualTo(1);
    assertThat(load.otherDutyJtm()).isEqualTo(2);
    assertThat(load.otherDutyExcessJtm()).isEqualTo(3);
    assertThat(load.recognisedJtm()).isEqualTo(17);
  }

  @Test
  void forSchoolCoversTeachersOnly() {
    SchoolSnapshot school = TestSchool.smp().ptk(guru(T, 1), TestSchool.tendik("s1", 2)).build();
    RuleContext ctx = RuleHarness.of(InfoGtk.MESSAGES).context(school);
    assertThat(BebanKerja.forSchool(ctx)).containsOnlyKeys(T);
  }
}
