package id.sinkron.gtk.rules;

import static id.sinkron.check.Severity.BLOCKER;
import static id.sinkron.check.Severity.WARNING;
import static id.sinkron.gtk.TestSchool.guru;
import static id.sinkron.gtk.TestSchool.kelas;
import static id.sinkron.gtk.TestSchool.mapel;
import static id.sinkron.gtk.TestSchool.tendik;
import static id.sinkron.gtk.rules.RuleTesting.assertFindings;
import static id.sinkron.gtk.rules.RuleTesting.only;
import static id.sinkron.gtk.rules.RuleTesting.ptk;
import static id.sinkron.gtk.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.check.Finding;
import id.sinkron.check.FindingSink;
import id.sinkron.gtk.GtkCode;
import id.sinkron.gtk.TestSchool;
import id.sinkron.model.ImmutableRiwayatPendidikan;
import id.sinkron.model.JenisKelamin;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.StatusKepegawaian;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** GTK-NIK-*, GTK-NUPTK-*, GTK-NIP-*. */
class IdentityRulesTest {
  static SchoolSnapshot valid() {
    return TestSchool.smp().ptk(guru("a", 1), guru("b", 2), tendik("s", 3)).build();
  }

  // ---- NikMissing
  @Test
  void nikMissing_passes() {
    assertThat(run(new NikMissingRule(), valid()).findings()).isEmpty();
  }

  @Test
  void nikMissing_emptyOrDashIsMissingForEveryPtk() {
    FindingSink out =
        run(
            new NikMissingRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1).nik(Optional.empty()),
                    guru("b", 2).nik(" - "),
                    tendik("s", 3).nik(""))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.NIK_MISSING, "a", BLOCKER),
            ptk(GtkCode.NIK_MISSING, "b", BLOCKER),
            ptk(GtkCode.NIK_MISSING, "s", BLOCKER));
    assertThat(out.findings()).extracting(Finding::field).containsOnly(Optional.of("nik"));
  }

  // ---- NikFormat
  @Test
  void nikFormat_passesValidAndLeavesEmptyToNikMissing() {
    assertThat(
            run(
                    new NikFormatRule(),
                    TestSchool.smp().ptk(guru("a", 1), guru("b", 2).nik("")).build())
                .findings())
        .isEmpty();
  }

  @Test
  void nikFormat_reportsMalformedNikMasked() {
    FindingSink out =
        run(
            new NikFormatRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1).nik("1234567890123456"),
                    guru("b", 2).nik("327301120580001"),
                    tendik("s", 3).nik("3273.0112.0580.0000"))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.NIK_FORMAT, "a", BLOCKER),
            ptk(GtkCode.NIK_FORMAT, "b", BLOCKER),
            ptk(GtkCode.NIK_FORMAT, "s", BLOCKER));
    Finding f = out.findings().get(0);
    assertThat(f.field()).contains("nik");
    assertThat(f.value()).contains("1234********3456");
    assertThat(f.message()).doesNotContain("1234567890123456");
  }

  // ---- NikMismatch
  @Test
  void nikMismatch_passesConsistentNik() {
    assertThat(run(new NikMismatchRule(), valid()).findings()).isEmpty();
  }

  @Test
  void nikMismatch_reportsBirthDateAndSexSeparately() {
    FindingSink out =
        run(
            new NikMismatchRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1).tanggalLahir(LocalDate.of(1979, 1, 1)),
                    guru("b", 2).jenisKelamin(JenisKelamin.L))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.NIK_MISMATCH, "a", WARNING), ptk(GtkCode.NIK_MISMATCH, "b", WARNING));
    assertThat(out.findings())
        .extracting(f -> f.field().orElseThrow())
        .containsExactly("tanggal_lahir", "jenis_kelamin");
  }

  @Test
  void nikMismatch_ignoresInvalidNik() {
    assertThat(
            run(
                    new NikMismatchRule(),
                    TestSchool.smp()
                        .ptk(guru("a", 1).nik("123").tanggalLahir(LocalDate.of(1979, 1, 1)))
                        .build())
                .findings())
        .isEmpty();
  }

  // ---- NikDuplicate
  @Test
  void nikDuplicate_passesDistinctNiks() {
    assertThat(run(new NikDuplicateRule(), valid()).findings()).isEmpty();
  }

  @Test
  void nikDuplicate_everyMemberAfterTheFirstIsReported() {
    String nik = guru("a", 1).build().nik().orElseThrow();
    FindingSink out =
        run(
            new NikDuplicateRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1),
                    guru("b", 2).nik(nik),
                    tendik("s", 3).nik(nik.substring(0, 4) + " " + nik.substring(4)),
                    guru("c", 4).nik("0000000000000000"),
                    guru("d", 5).nik("0000000000000000"))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.NIK_DUPLICATE, "b", BLOCKER), ptk(GtkCode.NIK_DUPLICATE, "s", BLOCKER));
    assertThat(out.findings().get(0).arguments()).containsExactly("3", "G*** C***** 1");
  }

  // ---- NuptkMissing
  @Test
  void nuptkMissing_passesTeacherWithNuptkAndStaffWithout() {
    assertThat(
            run(
                    new NuptkMissingRule(),
                    TestSchool.smp()
                        .ptk(guru("a", 1), tendik("s", 2).nuptk(Optional.empty()))
                        .build())
                .findings())
        .isEmpty();
  }

  @Test
  void nuptkMissing_listsTheMissingPrerequisitesAsArguments() {
    FindingSink out =
        run(
            new NuptkMissingRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1).nuptk(Optional.empty()),
                    guru("b", 2)
                        .nuptk("")
                        .induk(false)
                        .pendidikanTerakhir("D3")
                        .rwyPendFormal(
                            List.of(
                                ImmutableRiwayatPendidikan.builder()
                                    .jenjangPendidikan("D3")
                                    .build())))
                .rombel(
                    kelas("A", "VII A", null, 30)
                        .addPembelajaran(mapel("p1", TestSchool.MATEMATIKA, "a", 24)))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.NUPTK_MISSING, "a", BLOCKER), ptk(GtkCode.NUPTK_MISSING, "b", BLOCKER));
    assertThat(out.findings().get(0).arguments()).containsExactly("0", "0", "0", "0");
    assertThat(out.findings().get(1).arguments()).containsExactly("1", "1", "1", "3");
    assertThat(out.findings().get(1).field()).contains("nuptk");
  }

  // ---- NuptkFormat
  @Test
  void nuptkFormat_passesValidAndTemporaryNuptk() {
    assertThat(
            run(
                    new NuptkFormatRule(),
                    TestSchool.smp()
                        .ptk(guru("a", 1), guru("b", 2).nuptk("9999123456780012"))
                        .build())
                .findings())
        .isEmpty();
  }

  @Test
  void nuptkFormat_reportsWrongLengthAndPlaceholder() {
    FindingSink out =
        run(
            new NuptkFormatRule(),
            TestSchool.smp()
                .ptk(guru("a", 1).nuptk("12345"), tendik("s", 2).nuptk("1111111111111111"))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.NUPTK_FORMAT, "a", BLOCKER), ptk(GtkCode.NUPTK_FORMAT, "s", BLOCKER));
  }

  // ---- NuptkDuplicate
  @Test
  void nuptkDuplicate_passesDistinct() {
    assertThat(run(new NuptkDuplicateRule(), valid()).findings()).isEmpty();
  }

  @Test
  void nuptkDuplicate_reportsTheSecondHolder() {
    FindingSink out =
        run(
            new NuptkDuplicateRule(),
            TestSchool.smp().ptk(guru("a", 1), guru("b", 2).nuptk(TestSchool.nuptk(1))).build());
    assertFindings(out).containsExactly(ptk(GtkCode.NUPTK_DUPLICATE, "b", BLOCKER));
  }

  // ---- NipFormat
  static final String PPPK_NIP = "198005122022211001";

  @Test
  void nipFormat_passesPnsWithNipPppkWithOrWithoutNipHonorerWithout() {
    assertThat(
            run(
                    new NipFormatRule(),
                    TestSchool.smp()
                        .ptk(
                            guru("a", 1),
                            guru("b", 2).statusKepegawaian(StatusKepegawaian.PPPK).nip(PPPK_NIP),
                            guru("c", 3)
                                .statusKepegawaian(StatusKepegawaian.PPPK)
                                .nip(Optional.empty()),
                            tendik("s", 4),
                            guru("d", 5).statusKepegawaian(Optional.empty()).nip("12"))
                        .build())
                .findings())
        .isEmpty();
  }

  @Test
  void nipFormat_reportsEachWrongCombination() {
    FindingSink out =
        run(
            new NipFormatRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1).nip(Optional.empty()),
                    guru("b", 2).nip(PPPK_NIP),
                    guru("c", 3).statusKepegawaian(StatusKepegawaian.PPPK).nip("19800512"),
                    guru("d", 4).statusKepegawaian(StatusKepegawaian.GURU_HONOR_SEKOLAH),
                    guru("e", 5).statusKepegawaian(StatusKepegawaian.CPNS).nip("1980051220050110"))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.NIP_FORMAT, "a", BLOCKER),
            ptk(GtkCode.NIP_FORMAT, "b", BLOCKER),
            ptk(GtkCode.NIP_FORMAT, "c", BLOCKER),
            ptk(GtkCode.NIP_FORMAT, "d", BLOCKER),
            ptk(GtkCode.NIP_FORMAT, "e", BLOCKER));
    assertThat(out.findings())
        .extracting(x -> x.arguments().get(0))
        .containsExactly("0", "0", "1", "2", "0");
    assertThat(out.findings()).extracting(x -> x.field().orElseThrow()).containsOnly("nip");
  }

  // ---- NipMismatch
  @Test
  void nipMismatch_passesConsistentNip() {
    assertThat(run(new NipMismatchRule(), valid()).findings()).isEmpty();
  }

  @Test
  void nipMismatch_reportsBirthDateAndSex() {
    FindingSink out =
        run(
            new NipMismatchRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1).nip(TestSchool.nip(LocalDate.of(1981, 5, 12), JenisKelamin.L, 1)),
                    guru("b", 2)
                        .nip(
                            TestSchool.nip(
                                guru("b", 2).build().tanggalLahir().orElseThrow(),
                                JenisKelamin.L,
                                2)))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.NIP_MISMATCH, "a", WARNING), ptk(GtkCode.NIP_MISMATCH, "b", WARNING));
    assertThat(
            only(run(
                    new NipMismatchRule(),
                    TestSchool.smp()
                        .ptk(
                            guru("b", 2)
                                .nip(
                                    TestSchool.nip(
                                        guru("b", 2).build().tanggalLahir().orElseThrow(),
                                        JenisKelamin.L,
                                        2)))
                        .build()))
                .field())
        .contains("jenis_kelamin");
  }
}
