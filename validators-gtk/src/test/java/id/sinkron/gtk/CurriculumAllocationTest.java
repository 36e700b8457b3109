package id.sinkron.gtk;

import static id.sinkron.gtk.TestSchool.BAHASA_INDONESIA;
import static id.sinkron.gtk.TestSchool.IPA;
import static id.sinkron.gtk.TestSchool.MATEMATIKA;
import static id.sinkron.gtk.TestSchool.cert;
import static id.sinkron.gtk.TestSchool.guru;
import static id.sinkron.gtk.TestSchool.kelasMerdeka;
import static id.sinkron.gtk.TestSchool.mapel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.CheckOptions;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.ExcessHoursFrom;
import id.sinkron.profile.ImmutableRegulationProfile;
import id.sinkron.profile.RegulationProfiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** GTK-HOURS-ABOVE-CURRICULUM and the recognised-load change it implies (issue 14). */
class CurriculumAllocationTest {
  static Report check(
      SchoolSnapshot school, id.sinkron.check.ImmutableCheckOptions.Builder options) {
    return Sinkron.checker()
        .options(options.referenceDate(TestSchool.AS_OF_2025).build())
        .only(Application.INFO_GTK)
        .validators(List.of(new InfoGtkValidator()))
        .check(school);
  }

  static Report check(SchoolSnapshot school) {
    return check(school, CheckOptions.builder());
  }

  static GtkAssessment gtk(Report r) {
    return r.details(Application.INFO_GTK, GtkAssessment.class).orElseThrow();
  }

  static List<Finding> findings(Report r, String code) {
    return r.findings(Application.INFO_GTK).stream().filter(f -> f.code().equals(code)).toList();
  }

  /**
   * A certified Matematika teacher with 26 entered JTM: 5 rombel × 5 JTM (the allocation at tingkat
   * 7) plus one rombel with 1 + 4 extra JTM entered as 5 + 4 = 9 where the allocation is 5: 4 are
   * lost.
   */
  static SchoolSnapshot twentySixOfWhichFourAboveTheAllocation() {
    TestSchool s = TestSchool.smp().ptk(guru("a", 1).addSertifikasi(cert("180", 1)));
    s.rombel(kelasMerdeka("A", "VII A", null, 30).addPembelajaran(mapel("pA", MATEMATIKA, "a", 9)));
    for (String r : List.of("B", "C", "D")) {
      s.rombel(
          kelasMerdeka(r, "VII " + r, null, 30)
              .addPembelajaran(mapel("p" + r, MATEMATIKA, "a", 5)));
    }
    s.rombel(kelasMerdeka("E", "VII E", null, 30).addPembelajaran(mapel("pE", MATEMATIKA, "a", 2)));
    return s.build();
  }

  @Test
  void certifiedTeacherWithTwentySixEnteredOfWhichFourExceedTheAllocationIsNotValidWithCode02() {
    Report r = check(twentySixOfWhichFourAboveTheAllocation());
    TeacherAssessment a = gtk(r).teacher("a").orElseThrow();
    assertThat(a.bebanKerja().teachingJtm()).isEqualTo(26);
    assertThat(a.bebanKerja().aboveCurriculumJtm()).isEqualTo(4);
    assertThat(a.bebanKerja().recognisedTeachingJtm()).isEqualTo(22);
    assertThat(a.recognisedJtm()).contains(22);
    assertThat(a.jjmCategory()).contains("A2");
    assertThat(a.status()).isEqualTo(GtkStatus.NOT_VALID);
    assertThat(a.codes()).containsExactly(InfoGtkStatusCode.LOAD_BELOW_MIN);
    // the breakdown shows the lost hours on the row that lost them
    assertThat(a.bebanKerja().teaching())
        .extracting(
            TeachingHours::pembelajaranId,
            TeachingHours::jtm,
            TeachingHours::aboveCurriculumJtm,
            TeachingHours::recognisedJtm,
            t -> t.curriculumMaxJtm().orElse(-1))
        .contains(tuple("pA", 9, 4, 5, 5), tuple("pB", 5, 0, 5, 5));
    Finding below = findings(r, "GTK-LOAD-BELOW-MIN").get(0);
    assertThat(below.severity()).isEqualTo(Severity.BLOCKER);
    assertThat(below.arguments().get(9)).isEqualTo("4");
    Finding above = findings(r, "GTK-HOURS-ABOVE-CURRICULUM").get(0);
    assertThat(above.subject().kind()).isEqualTo(SubjectKind.PEMBELAJARAN);
    assertThat(above.subject().id()).isEqualTo("pA");
    assertThat(above.severity()).isEqualTo(Severity.WARNING);
    // subject, rombel, group hours, allocation, lost, teacher, rows, from-last
    assertThat(above.arguments()).element(2).isEqualTo("9");
    assertThat(above.arguments().subList(3, 5)).containsExactly("5", "4");
    assertThat(above.arguments()).element(7).isEqualTo("0");
    // the beban_mengajar block is decided by the load; the curriculum finding is shown beside it
    BlockVerdict beban = a.block(VerificationBlock.BEBAN_MENGAJAR);
    assertThat(beban.status()).isEqualTo(BlockStatus.NOT_VALID);
    assertThat(beban.codes()).containsExactly("GTK-LOAD-BELOW-MIN");
    assertThat(beban.otherCodes()).containsExactly("GTK-HOURS-ABOVE-CURRICULUM");
  }

  @Test
  void withinTheAllocationNothingIsLostAndTheTeacherIsValid() {
    TestSchool s = TestSchool.smp().ptk(guru("a", 1).addSertifikasi(cert("180", 1)));
    for (String r : List.of("A", "B", "C", "D", "E")) {
      s.rombel(
          kelasMerdeka(r, "VII " + r, null, 30)
              .addPembelajaran(mapel("p" + r, MATEMATIKA, "a", 5)));
    }
    Report r = check(s.build());
    TeacherAssessment a = gtk(r).teacher("a").orElseThrow();
    assertThat(a.bebanKerja().aboveCurriculumJtm()).isZero();
    assertThat(a.recognisedJtm()).contains(25);
    assertThat(a.status()).isEqualTo(GtkStatus.VALID);
    assertThat(a.blocks()).extracting(BlockVerdict::status).containsOnly(BlockStatus.VALID);
    assertThat(a.blocks())
        .extracting(BlockVerdict::block)
        .containsExactly(VerificationBlock.values());
    assertThat(findings(r, "GTK-HOURS-ABOVE-CURRICULUM")).isEmpty();
    assertThat(r.notEvaluated()).isEmpty();
  }

  /** Two teachers share Bahasa Indonesia in VII A: 4 + 4 where the allocation is 6. */
  static SchoolSnapshot shared() {
    return TestSchool.smp()
        .ptk(guru("a", 1), guru("b", 2))
        .rombel(
            kelasMerdeka("A", "VII A", null, 30)
                .addPembelajaran(
                    mapel("pa", BAHASA_INDONESIA, "a", 4), mapel("pb", BAHASA_INDONESIA, "b", 4)))
        .build();
  }

  @Test
  void aSharedSubjectLosesTheExcessFromTheLastRowByDefault() {
    Report r = check(shared());
    assertThat(findings(r, "GTK-HOURS-ABOVE-CURRICULUM"))
        .extracting(f -> f.subject().id(), f -> f.arguments().get(4))
        .containsExactly(tuple("pb", "2"));
    assertThat(gtk(r).teacher("a").orElseThrow().bebanKerja().recognisedTeachingJtm()).isEqualTo(4);
    assertThat(gtk(r).teacher("b").orElseThrow().bebanKerja().recognisedTeachingJtm()).isEqualTo(2);
  }

  @Test
  void theProfileSettingNamesTheFirstRowInstead() {
    Report r =
        check(
            shared(),
            CheckOptions.builder()
                .profile(
                    ImmutableRegulationProfile.copyOf(RegulationProfiles.permendikdasmen11of2025())
                        .withCurriculumExcessFrom(ExcessHoursFrom.FIRST_ROW)));
    assertThat(findings(r, "GTK-HOURS-ABOVE-CURRICULUM"))
        .extracting(f -> f.subject().id(), f -> f.arguments().get(7))
        .containsExactly(tuple("pa", "1"));
    assertThat(gtk(r).teacher("a").orElseThrow().bebanKerja().recognisedTeachingJtm()).isEqualTo(2);
    assertThat(gtk(r).teacher("b").orElseThrow().bebanKerja().recognisedTeachingJtm()).isEqualTo(4);
  }

  @Test
  void anExcessLargerThanTheLastRowTakesTheRowsBeforeIt() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(guru("a", 1), guru("b", 2))
            .rombel(
                kelasMerdeka("A", "VII A", null, 30)
                    .addPembelajaran(mapel("pa", IPA, "a", 5), mapel("pb", IPA, "b", 3)))
            .build();
    // 8 where IPA allocates 5: pb loses 3, then pa nothing more (excess 3)
    assertThat(findings(check(school), "GTK-HOURS-ABOVE-CURRICULUM"))
        .extracting(f -> f.subject().id(), f -> f.arguments().get(4))
        .containsExactly(tuple("pb", "3"));
    SchoolSnapshot bigger =
        TestSchool.smp()
            .ptk(guru("a", 1), guru("b", 2))
            .rombel(
                kelasMerdeka("A", "VII A", null, 30)
                    .addPembelajaran(mapel("pa", IPA, "a", 6), mapel("pb", IPA, "b", 2)))
            .build();
    // 8 where IPA allocates 5: pb loses its 2, pa loses 1
    assertThat(findings(check(bigger), "GTK-HOURS-ABOVE-CURRICULUM"))
        .extracting(f -> f.subject().id(), f -> f.arguments().get(4))
        .containsExactlyInAnyOrder(tuple("pb", "2"), tuple("pa", "1"));
  }

  @Test
  void aKurikulumNotInTheTableIsNotEvaluatedForTheRombelNeverGuessed() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(guru("a", 1).addSertifikasi(cert("180", 1)))
            .rombel(
                kelasMerdeka("A", "VII A", null, 30)
                    .kurikulumId("99999")
                    .addPembelajaran(mapel("pA", MATEMATIKA, "a", 30)))
            .build();
    Report r = check(school);
    assertThat(findings(r, "GTK-HOURS-ABOVE-CURRICULUM")).isEmpty();
    assertThat(r.notEvaluated())
        .extracting(
            n -> n.code(),
            n -> n.subject().map(s -> s.kind()).orElse(null),
            n -> n.subject().map(s -> s.id()).orElse(null),
            n -> n.reasonKey())
        .containsExactly(
            tuple(
                "GTK-HOURS-ABOVE-CURRICULUM",
                SubjectKind.ROMBEL,
                "A",
                "gtk.reason.curriculum.kurikulum"));
    assertThat(r.notEvaluated().get(0).reason()).contains("99999");
    // nothing is cut: the hours count as entered
    assertThat(gtk(r).teacher("a").orElseThrow().recognisedJtm()).contains(30);
  }

  @Test
  void aSubjectMissingFromAKnownKurikulumIsNotEvaluatedForThatPembelajaran() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(guru("a", 1))
            .rombel(
                kelasMerdeka("A", "VII A", null, 30)
                    .addPembelajaran(
                        mapel("pA", "850030100", "a", 8), mapel("pB", MATEMATIKA, "a", 5)))
            .build();
    Report r = check(school, CheckOptions.builder().locale(Locale.ENGLISH));
    assertThat(r.notEvaluated())
        .extracting(n -> n.subject().map(s -> s.id()).orElse(null), n -> n.reasonKey())
        .containsExactly(tuple("pA", "gtk.reason.curriculum.mapel"));
    assertThat(findings(r, "GTK-HOURS-ABOVE-CURRICULUM")).isEmpty();
  }

  @Test
  void theCallerOverridesTheTableThroughTheOptions() {
    CurriculumTable table =
        CurriculumTable.fromTsv(
            new ByteArrayInputStream(
                ("kurikulum_id\tmata_pelajaran_id\ttingkat_pendidikan_id\tjumlah_jam_maksimum\n"
                        + "10211\t300110000\t7\t8.00\n")
                    .getBytes(StandardCharsets.UTF_8)));
    Report r = check(shared(), CheckOptions.builder().putExtras(CurriculumTable.class, table));
    assertThat(findings(r, "GTK-HOURS-ABOVE-CURRICULUM")).isEmpty();
    assertThat(gtk(r).teacher("b").orElseThrow().bebanKerja().recognisedTeachingJtm()).isEqualTo(4);
  }

  @Test
  void hoursInEmptyRombelAreNotJudgedAgainstTheAllocation() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(guru("a", 1))
            .rombel(
                kelasMerdeka("A", "VII A", null, 0)
                    .addPembelajaran(mapel("pA", MATEMATIKA, "a", 9)))
            .build();
    Report r = check(school);
    assertThat(findings(r, "GTK-HOURS-ABOVE-CURRICULUM")).isEmpty();
    assertThat(findings(r, "GTK-HOURS-EMPTY-ROMBEL")).hasSize(1);
  }

  @Test
  void theBundledTableHoldsMerdekaAndK13Structures() {
    CurriculumTable t = CurriculumTable.bundled();
    assertThat(t.maxJtm("10211", MATEMATIKA, 7)).hasValue(5);
    assertThat(t.maxJtm("10211", BAHASA_INDONESIA, 9)).hasValue(6);
    assertThat(t.maxJtm("8", MATEMATIKA, 7)).as("Kurikulum SMP 2013").hasValue(5);
    assertThat(t.knowsKurikulum("4")).as("Kurikulum SD 2013").isTrue();
    assertThat(t.maxJtm("10211", "850030100", 7)).isEmpty();
    assertThat(t.knowsKurikulum("99999")).isFalse();
  }

  @Test
  void aBadTableRowIsReportedWithItsLineAndColumn() {
    String tsv =
        "# comment\nkurikulum_id\tmata_pelajaran_id\ttingkat_pendidikan_id\tjumlah_jam_maksimum\n"
            + "10211\t401000000\t7\t5\n10211\t401100000\t7\tlima\n";
    assertThatThrownBy(
            () ->
                CurriculumTable.fromTsv(
                    new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 4")
        .hasMessageContaining("jumlah_jam_maksimum");
    assertThatThrownBy(
            () ->
                CurriculumTable.fromTsv(
                    new ByteArrayInputStream(
                        "kurikulum_id\tmata_pelajaran_id\n".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("tingkat_pendidikan_id");
  }
}
