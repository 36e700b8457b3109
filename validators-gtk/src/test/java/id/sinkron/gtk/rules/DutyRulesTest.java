package id.sinkron.gtk.rules;

import static id.sinkron.check.Severity.INFO;
import static id.sinkron.check.Severity.WARNING;
import static id.sinkron.gtk.TestSchool.MATEMATIKA;
import static id.sinkron.gtk.TestSchool.duty;
import static id.sinkron.gtk.TestSchool.guru;
import static id.sinkron.gtk.TestSchool.kelas;
import static id.sinkron.gtk.TestSchool.mapel;
import static id.sinkron.gtk.rules.RuleTesting.assertFindings;
import static id.sinkron.gtk.rules.RuleTesting.assertNotEvaluated;
import static id.sinkron.gtk.rules.RuleTesting.ptk;
import static id.sinkron.gtk.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.sinkron.check.FindingSink;
import id.sinkron.gtk.GtkCode;
import id.sinkron.gtk.TestSchool;
import id.sinkron.model.ImmutableTugasTambahan;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** GTK-DUTY-INCOMPLETE, GTK-DUTY-CAP. */
class DutyRulesTest {
  // ---- GTK-DUTY-INCOMPLETE

  @Test
  void dutyIncomplete_passesActiveDutiesAndNonInduk() {
    assertThat(
            run(
                    new DutyIncompleteRule(),
                    TestSchool.smp()
                        .ptk(
                            guru("a", 1).addTugasTambahan(duty("11"), duty("44")),
                            guru("n", 2)
                                .induk(false)
                                .addTugasTambahan(
                                    ImmutableTugasTambahan.builder()
                                        .from(duty("44"))
                                        .nomorSk(Optional.empty())
                                        .build()))
                        .build())
                .findings())
        .isEmpty();
  }

  @Test
  void dutyIncomplete_warnsMissingSkFutureTmtAndEndedDuty() {
    FindingSink out =
        run(
            new DutyIncompleteRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1)
                        .addTugasTambahan(
                            ImmutableTugasTambahan.builder()
                                .from(duty("11"))
                                .tmtTambahan(Optional.empty())
                                .build(),
                            ImmutableTugasTambahan.builder()
                                .from(duty("44"))
                                .tmtTambahan(LocalDate.of(2026, 1, 5))
                                .build(),
                            ImmutableTugasTambahan.builder()
                                .from(duty("45"))
                                .tstTambahan(LocalDate.of(2025, 6, 30))
                                .build()))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.DUTY_INCOMPLETE, "a", WARNING),
            ptk(GtkCode.DUTY_INCOMPLETE, "a", WARNING),
            ptk(GtkCode.DUTY_INCOMPLETE, "a", WARNING));
    assertThat(out.findings()).extracting(f -> f.arguments().get(1)).containsExactly("0", "1", "2");
    assertThat(out.findings())
        .extracting(f -> f.value().orElseThrow())
        .containsExactly("11", "44", "45");
  }

  @Test
  void dutyIncomplete_isNotEvaluatedWithoutSupplement() {
    assertNotEvaluated(
            run(
                new DutyIncompleteRule(),
                TestSchool.smp().noSupplement().ptk(guru("a", 1)).build()))
        .containsExactly(tuple("GTK-DUTY-INCOMPLETE", null, "gtk.reason.no.supplement"));
  }

  // ---- GTK-DUTY-CAP

  @Test
  void dutyCap_passesAtTheCap() {
    assertThat(
            run(
                    new DutyCapRule(),
                    TestSchool.smp()
                        .ptk(guru("a", 1).addTugasTambahan(duty("44"), duty("45")))
                        .rombel(
                            kelas("A", "VII A", "a", 30)
                                .addPembelajaran(mapel("p1", MATEMATIKA, "a", 18)))
                        .build())
                .findings())
        .isEmpty();
  }

  @Test
  void dutyCap_informsAboveTheCap() {
    FindingSink out =
        run(
            new DutyCapRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1).addTugasTambahan(duty("44"), duty("45"), duty("41")),
                    guru("n", 2)
                        .induk(false)
                        .addTugasTambahan(duty("44"), duty("45"), duty("41"), duty("42")))
                .rombel(
                    kelas("A", "VII A", "a", 30).addPembelajaran(mapel("p1", MATEMATIKA, "a", 18)))
                .build());
    assertFindings(out).containsExactly(ptk(GtkCode.DUTY_CAP, "a", INFO));
    assertThat(out.findings().get(0).arguments()).containsExactly("7", "6", "1");
  }

  @Test
  void dutyCap_isNotEvaluatedWithoutSupplement() {
    assertNotEvaluated(
            run(new DutyCapRule(), TestSchool.smp().noSupplement().ptk(guru("a", 1)).build()))
        .containsExactly(tuple("GTK-DUTY-CAP", null, "gtk.reason.no.supplement"));
  }
}
