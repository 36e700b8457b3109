package id.sinkron.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.Checker;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import id.sinkron.model.SchoolSnapshot;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both halves of the generator's promise, through the facade with every validator on the test
 * classpath (all three are test dependencies of this module): default schools produce no finding;
 * each defect produces exactly its codes.
 */
class GeneratorAgainstValidatorsTest {
  private static final Set<Application> AVAILABLE = EnumSet.noneOf(Application.class);

  static {
    for (ApplicationValidator v : Sinkron.checker().validators()) {
      AVAILABLE.add(v.application());
    }
  }

  @org.junit.jupiter.api.Test
  void everyValidatorIsOnTheTestClasspath() {
    assertThat(AVAILABLE)
        .containsExactlyInAnyOrder(Application.INFO_GTK, Application.E_RAPOR, Application.ARKAS);
  }

  static Report check(SchoolGenerator g) {
    Checker checker = Sinkron.checker().asOf(g.referenceDate());
    return checker.check(g.build());
  }

  static String describe(Report r) {
    return r.findings().stream()
            .map(
                f ->
                    f.code()
                        + " "
                        + f.severity()
                        + " "
                        + f.subject().kind()
                        + " "
                        + f.field().orElse("-")
                        + " "
                        + f.message())
            .collect(Collectors.joining("\n"))
        + "\nnotEvaluated: "
        + r.notEvaluated().stream().map(n -> n.code() + " " + n.reason()).toList();
  }

  static Stream<Arguments> defaultSchools() {
    return Stream.of(
        Arguments.of(
            "SD 60", (Supplier<SchoolGenerator>) () -> SchoolGenerator.sd().seed(11).students(60)),
        Arguments.of("SD 240", (Supplier<SchoolGenerator>) () -> SchoolGenerator.sd().seed(12)),
        Arguments.of("SMP 240", (Supplier<SchoolGenerator>) () -> SchoolGenerator.smp().seed(13)),
        Arguments.of(
            "SMP 1000",
            (Supplier<SchoolGenerator>) () -> SchoolGenerator.smp().seed(14).students(1000)),
        Arguments.of("SMA 240", (Supplier<SchoolGenerator>) () -> SchoolGenerator.sma().seed(15)),
        Arguments.of(
            "SMA 2025 profile 2018",
            (Supplier<SchoolGenerator>) () -> SchoolGenerator.sma().seed(16).tahunAjaran(2024)),
        Arguments.of("SMK 240", (Supplier<SchoolGenerator>) () -> SchoolGenerator.smk().seed(17)),
        Arguments.of(
            "SMK 90",
            (Supplier<SchoolGenerator>) () -> SchoolGenerator.smk().seed(18).students(90)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaultSchools")
  void defaultSchoolsHaveNoFindingAtAll(String name, Supplier<SchoolGenerator> g) {
    Report r = check(g.get());
    assertThat(r.findings()).as(describe(r)).isEmpty();
    for (Application a : AVAILABLE) {
      assertThat(r.verdict(a)).as(a.name()).isEqualTo(Verdict.READY);
    }
  }

  static Stream<Arguments> defects() {
    List<Arguments> out = new ArrayList<>();
    for (Defect d : Defect.values()) {
      out.add(
          Arguments.of(d, "SMP", (Supplier<SchoolGenerator>) () -> SchoolGenerator.smp().seed(42)));
    }
    for (Defect d : Defect.values()) {
      out.add(
          Arguments.of(
              d,
              "SD",
              (Supplier<SchoolGenerator>) () -> SchoolGenerator.sd().seed(7).students(150)));
      out.add(
          Arguments.of(
              d,
              "SMA",
              (Supplier<SchoolGenerator>) () -> SchoolGenerator.sma().seed(8).students(150)));
      out.add(
          Arguments.of(
              d,
              "SMK",
              (Supplier<SchoolGenerator>) () -> SchoolGenerator.smk().seed(9).students(150)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("defects")
  void eachDefectProducesExactlyItsCodes(Defect d, String bentuk, Supplier<SchoolGenerator> g) {
    Set<String> expected = new TreeSet<>(d.codes(g.get().bentuk()));
    Report r = check(g.get().with(d));
    Set<String> seen =
        r.findings().stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
    assertThat(seen).as(describe(r)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Defect.class)
  void everyDefectHasItsFluentMethod(Defect d) throws Exception {
    String camel =
        Stream.of(d.name().split("_"))
            .map(w -> w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining());
    Method m = SchoolGenerator.class.getMethod("with" + camel);
    SchoolGenerator g = SchoolGenerator.smp();
    assertThat(m.invoke(g)).isSameAs(g);
    assertThat(g.defects()).containsExactly(d);
  }

  /**
   * Every code of RULES.md (v2), GTK, E-Rapor (without the retired ERAPOR-PEMBELAJARAN-NO-HOURS)
   * and ARKAS.
   */
  static final List<String> CATALOGUE =
      List.of(
          "GTK-NIK-MISSING",
          "GTK-NIK-FORMAT",
          "GTK-NIK-MISMATCH",
          "GTK-NIK-DUPLICATE",
          "GTK-NUPTK-MISSING",
          "GTK-NUPTK-FORMAT",
          "GTK-NUPTK-DUPLICATE",
          "GTK-NIP-FORMAT",
          "GTK-NIP-MISMATCH",
          "GTK-LOAD-BELOW-MIN",
          "GTK-LOAD-ABOVE-MAX",
          "GTK-LOAD-INDUK-LOW",
          "GTK-NO-PEMBELAJARAN",
          "GTK-HOURS-EMPTY-ROMBEL",
          "GTK-HOURS-CLAIMED-TWICE",
          "GTK-NOT-LINEAR",
          "GTK-CERT-INCOMPLETE",
          "GTK-CERT-DUPLICATE",
          "GTK-QUALIFICATION",
          "GTK-RETIREMENT-AGE",
          "GTK-AGE-IMPLAUSIBLE",
          "GTK-STATUS-GTY-NEGERI",
          "GTK-DUTY-INCOMPLETE",
          "GTK-DUTY-CAP",
          "GTK-KEPSEK-SETUP",
          "GTK-NON-INDUK-INCOMPLETE",
          "GTK-HOURS-ABOVE-CURRICULUM",
          "GTK-NUPTK-TEMPORARY",
          "GTK-TATAP-MUKA-MIN",
          "GTK-JENIS-PTK-MISSING",
          "GTK-DUTY-NOT-COUNTED",
          "GTK-HOURS-ELECTIVE-EMPTY",
          "ERAPOR-PD-NO-ROMBEL",
          "ERAPOR-PD-MULTI-ROMBEL",
          "ERAPOR-ANGGOTA-ORPHAN",
          "ERAPOR-ROMBEL-NO-WALI",
          "ERAPOR-ROMBEL-WALI-UNKNOWN",
          "ERAPOR-ROMBEL-EMPTY",
          "ERAPOR-ROMBEL-NO-PEMBELAJARAN",
          "ERAPOR-PEMBELAJARAN-NO-PTK",
          "ERAPOR-PEMBELAJARAN-PTK-UNKNOWN",
          "ERAPOR-PEMBELAJARAN-DUPLICATE",
          "ERAPOR-TINGKAT-INVALID",
          "ERAPOR-ROMBEL-NOT-PULLED",
          "ERAPOR-WALI-ROLE-MISSING",
          "ERAPOR-EKSKUL-NO-PEMBINA",
          "ERAPOR-EKSKUL-PEMBINA-UNKNOWN",
          "ERAPOR-EKSKUL-NO-RUANG",
          "ERAPOR-PD-NO-NIPD",
          "ERAPOR-PTK-NO-NUPTK",
          "ERAPOR-KURIKULUM-MISSING",
          "ERAPOR-SEMESTER-MISMATCH",
          "ERAPOR-ELECTIVE-WALI-MISMATCH",
          "ERAPOR-NAME-CHARS",
          "ERAPOR-NISN-DUPLICATE",
          "ERAPOR-WALI-NO-ACCOUNT",
          "ERAPOR-DAPODIK-VERSION",
          "ARKAS-PD-NO-NISN",
          "ARKAS-PD-NISN-DUPLICATE",
          "ARKAS-PD-DUPLICATE",
          "ARKAS-PD-NO-ROMBEL",
          "ARKAS-PD-AGE-BAND",
          "ARKAS-PD-AFTER-CUTOFF",
          "ARKAS-PD-NIK-INVALID",
          "ARKAS-ROMBEL-OVER-CAP",
          "ARKAS-MIN-STUDENTS",
          "ARKAS-KEPSEK-MISSING",
          "ARKAS-BENDAHARA-MISSING",
          "ARKAS-NIP-FORMAT",
          "ARKAS-NPSN-FORMAT",
          "ARKAS-COUNT-MISMATCH",
          "ARKAS-PD-NIK-MISMATCH",
          "ARKAS-PD-TINGKAT-IMPLAUSIBLE",
          "ARKAS-PEJABAT-NO-ACCOUNT",
          "ARKAS-BOSP-ESTIMATE");

  @Test
  void everyCatalogueCodeIsTheNamedCodeOfADefect() {
    Set<String> named = Stream.of(Defect.values()).map(Defect::code).collect(Collectors.toSet());
    assertThat(named).containsExactlyInAnyOrderElementsOf(CATALOGUE);
    Set<String> all =
        Stream.of(Defect.values()).flatMap(d -> d.codes().stream()).collect(Collectors.toSet());
    assertThat(CATALOGUE).containsAll(all);
    for (ApplicationValidator v : Sinkron.checker().validators()) {
      for (var code : v.codes()) {
        assertThat(named).as("a Defect named for " + code.code()).contains(code.code());
      }
    }
  }

  @Test
  void aSchoolWithManyDefectsStillBuilds() {
    SchoolGenerator g = SchoolGenerator.smp().seed(99).students(400);
    for (Defect d : Defect.values()) {
      g.with(d);
    }
    SchoolSnapshot s = g.build();
    assertThat(s.ptk()).isNotEmpty();
  }
}
