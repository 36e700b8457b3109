package id.sinkron.gtk.rules;

import static id.sinkron.check.Severity.BLOCKER;
import static id.sinkron.gtk.TestSchool.SEKOLAH_ID;
import static id.sinkron.gtk.TestSchool.duty;
import static id.sinkron.gtk.TestSchool.guru;
import static id.sinkron.gtk.rules.RuleTesting.assertFindings;
import static id.sinkron.gtk.rules.RuleTesting.assertNotEvaluated;
import static id.sinkron.gtk.rules.RuleTesting.f;
import static id.sinkron.gtk.rules.RuleTesting.ptk;
import static id.sinkron.gtk.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.sinkron.check.FindingSink;
import id.sinkron.check.SubjectKind;
import id.sinkron.gtk.GtkCode;
import id.sinkron.gtk.TestSchool;
import id.sinkron.model.ImmutableTugasTambahan;
import id.sinkron.model.JenisPtk;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GTK-KEPSEK-SETUP. */
class KepsekSetupRuleTest {
  static final KepsekSetupRule RULE = new KepsekSetupRule();

  @Test
  void passesOneKepalaSekolahWithDuty() {
    FindingSink out =
        run(
            RULE,
            TestSchool.smp()
                .ptk(
                    guru("k", 1).jenisPtk(JenisPtk.KEPALA_SEKOLAH).addTugasTambahan(duty("2")),
                    guru("a", 2))
                .build());
    assertThat(out.findings()).isEmpty();
    assertThat(out.notEvaluated()).isEmpty();
  }

  @Test
  void passesAPltWithoutKepalaSekolah() {
    assertThat(
            run(
                    RULE,
                    TestSchool.smp()
                        .ptk(guru("p", 1).addTugasTambahan(duty("33")), guru("a", 2))
                        .build())
                .findings())
        .isEmpty();
  }

  @Test
  void passesJenisKepalaSekolahWhenDutiesAreUnknown() {
    FindingSink out =
        run(
            RULE,
            TestSchool.smp()
                .noSupplement()
                .ptk(guru("k", 1).jenisPtk(JenisPtk.KEPALA_SEKOLAH))
                .build());
    assertThat(out.findings()).isEmpty();
    assertThat(out.notEvaluated()).isEmpty();
  }

  @Test
  void blocksASchoolWithoutKepalaSekolahOrPlt() {
    FindingSink out =
        run(
            RULE,
            TestSchool.smp()
                .ptk(
                    guru("a", 1)
                        .addTugasTambahan(
                            ImmutableTugasTambahan.builder()
                                .from(duty("2"))
                                .tstTambahan(LocalDate.of(2025, 7, 1))
                                .build()))
                .build());
    assertFindings(out)
        .containsExactly(f(GtkCode.KEPSEK_SETUP, SubjectKind.SEKOLAH, SEKOLAH_ID, BLOCKER));
    assertThat(out.findings().get(0).arguments().get(0)).isEqualTo("0");
  }

  @Test
  void isNotEvaluatedWithoutKepalaSekolahWhenDutiesAreUnknown() {
    FindingSink out = run(RULE, TestSchool.smp().noSupplement().ptk(guru("a", 1)).build());
    assertThat(out.findings()).isEmpty();
    assertNotEvaluated(out)
        .containsExactly(tuple("GTK-KEPSEK-SETUP", SEKOLAH_ID, "gtk.reason.kepsek.plt.unknown"));
  }

  @Test
  void blocksEachOfSeveralKepalaSekolah() {
    FindingSink out =
        run(
            RULE,
            TestSchool.smp()
                .ptk(
                    guru("k1", 1).jenisPtk(JenisPtk.KEPALA_SEKOLAH).addTugasTambahan(duty("2")),
                    guru("k2", 2).addTugasTambahan(duty("2")))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.KEPSEK_SETUP, "k1", BLOCKER), ptk(GtkCode.KEPSEK_SETUP, "k2", BLOCKER));
    assertThat(out.findings())
        .extracting(x -> x.arguments())
        .containsOnly(java.util.List.of("1", "2"));
  }

  @Test
  void blocksJenisKepalaSekolahWithoutDutyAndNonIndukKepalaSekolah() {
    FindingSink out =
        run(
            RULE,
            TestSchool.smp()
                .ptk(
                    guru("k", 1)
                        .jenisPtk(JenisPtk.KEPALA_SEKOLAH)
                        .induk(false)
                        .addTugasTambahan(duty("2")),
                    guru("x", 2).jenisPtk(JenisPtk.KEPALA_SEKOLAH))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.KEPSEK_SETUP, "k", BLOCKER), ptk(GtkCode.KEPSEK_SETUP, "x", BLOCKER));
    assertThat(out.findings()).extracting(x -> x.arguments().get(0)).containsExactly("3", "2");
    assertThat(out.findings())
        .extracting(x -> x.field().orElseThrow())
        .containsExactly("ptk_induk", "tugas_tambahan");
  }
}
