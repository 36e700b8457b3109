package id.sinkron.bosmadrasah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.ApplicationNotEvaluatedException;
import id.sinkron.check.CheckOptions;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;
import id.sinkron.check.Verdict;
import id.sinkron.emis.EmisExport;
import id.sinkron.identifier.JenisMadrasah;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.ImmutableKemenagProfile;
import id.sinkron.profile.KemenagProfile;
import id.sinkron.testkit.EmisDefect;
import id.sinkron.testkit.EmisExportGenerator;
import id.sinkron.testkit.SchoolGenerator;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each BOSM code fires on its defect and not on a clean export (generated EMIS exports). */
class BosmRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 9, 10);

  private static SchoolSnapshot read(EmisExportGenerator g, String nsm) {
    return EmisExport.read(new ByteArrayInputStream(g.toBytes()), "siswa.xlsx", nsm);
  }

  private static Report check(SchoolSnapshot s) {
    return Sinkron.checker().options(CheckOptions.builder().referenceDate(AS_OF).build()).check(s);
  }

  private static List<String> codes(Report r) {
    return r.findings(Application.BOS_MADRASAH).stream().map(f -> f.code()).toList();
  }

  @ParameterizedTest
  @EnumSource(
      value = JenisMadrasah.class,
      names = {"MI", "MTS", "MA"})
  void aCleanExportHasOnlyTheDataWindowInfoAndIsReady(JenisMadrasah jenis) {
    EmisExportGenerator g = EmisExportGenerator.madrasah(jenis, 3).inactive(2).titleRows(1);
    Report r = check(read(g, g.nsm()));
    assertThat(codes(r)).containsExactly("BOSM-DATA-WINDOW");
    assertThat(r.verdict(Application.BOS_MADRASAH)).isEqualTo(Verdict.READY);
    BosMadrasahCount c = r.details(Application.BOS_MADRASAH, BosMadrasahCount.class).orElseThrow();
    assertThat(c.countable()).isEqualTo(g.rows().size() - 2);
    Finding info = r.findings(Application.BOS_MADRASAH).get(0);
    assertThat(info.severity()).isEqualTo(Severity.INFO);
    assertThat(info.subject().kind()).isEqualTo(SubjectKind.SEKOLAH);
  }

  @ParameterizedTest
  @CsvSource({
    "STATUS_AKTIF_TANPA_ROMBEL, BOSM-PD-NO-ROMBEL, BLOCKER, 1",
    "BARE_KELAS, BOSM-PD-NO-ROMBEL, BLOCKER, 1",
    "ROMBEL_OVER_CAP, BOSM-ROMBEL-OVER-CAP, BLOCKER, 1",
    "NISN_EMPTY, BOSM-PD-NISN, WARNING, 1",
    "NISN_SHORT, BOSM-PD-NISN, WARNING, 1",
    "NIK_EMPTY, BOSM-PD-NIK, WARNING, 1",
    "NIK_MISMATCH, BOSM-PD-NIK, WARNING, 1",
    "DUPLICATE_NISN, BOSM-PD-DUPLICATE, BLOCKER, 2",
    "DUPLICATE_NIK, BOSM-PD-DUPLICATE, BLOCKER, 2",
    "TINGKAT_OUTSIDE_LEVEL, BOSM-TINGKAT-LEVEL, WARNING, 1",
  })
  void eachDefectFiresItsCodeAndNoOther(
      EmisDefect defect, String code, Severity severity, int count) {
    for (JenisMadrasah jenis : List.of(JenisMadrasah.MI, JenisMadrasah.MTS, JenisMadrasah.MA)) {
      EmisExportGenerator g = EmisExportGenerator.madrasah(jenis, 21).with(defect);
      Report r = check(read(g, g.nsm()));
      List<Finding> hits =
          r.findings(Application.BOS_MADRASAH).stream().filter(f -> f.code().equals(code)).toList();
      assertThat(hits)
          .as(jenis + " " + defect)
          .hasSize(count)
          .allSatisfy(f -> assertThat(f.severity()).isEqualTo(severity));
      assertThat(codes(r)).as(jenis + " " + defect).containsOnly(code, "BOSM-DATA-WINDOW");
      assertThat(r.verdict(Application.BOS_MADRASAH))
          .isEqualTo(severity == Severity.BLOCKER ? Verdict.NOT_READY : Verdict.READY);
    }
  }

  @Test
  void overCapNamesTheRombelAndTheNumbers() {
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(JenisMadrasah.MTS, 5).with(EmisDefect.ROMBEL_OVER_CAP);
    Report r = check(read(g, g.nsm()));
    Finding f =
        r.findings(Application.BOS_MADRASAH).stream()
            .filter(x -> x.code().equals("BOSM-ROMBEL-OVER-CAP"))
            .findFirst()
            .orElseThrow();
    assertThat(f.subject().kind()).isEqualTo(SubjectKind.ROMBEL);
    assertThat(f.subject().name()).isEqualTo("7A");
    assertThat(f.message()).contains("33").contains("32").contains("MTs");
  }

  @Test
  void theRaCapIsAWarningBecauseSourcesDisagree() {
    // An MI-shaped export under an RA NSM: over-cap is a warning, tingkat is not evaluated.
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(JenisMadrasah.MI, 5).with(EmisDefect.ROMBEL_OVER_CAP);
    Report r = check(read(g, "101232050001"));
    assertThat(r.findings(Application.BOS_MADRASAH))
        .filteredOn(f -> f.code().equals("BOSM-ROMBEL-OVER-CAP"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(r.notEvaluated()).extracting(n -> n.code()).contains("BOSM-TINGKAT-LEVEL");
  }

  @Test
  void theCapComesFromTheProfile() {
    EmisExportGenerator g = EmisExportGenerator.madrasah(JenisMadrasah.MA, 5).studentsPerRombel(6);
    KemenagProfile tight =
        ImmutableKemenagProfile.copyOf(KemenagProfile.bundled())
            .withRombelCaps(Map.of(JenisMadrasah.MA, 5));
    Report r =
        Sinkron.checker()
            .options(
                CheckOptions.builder()
                    .referenceDate(AS_OF)
                    .putExtras(KemenagProfile.class, tight)
                    .build())
            .check(read(g, g.nsm()));
    assertThat(codes(r)).filteredOn("BOSM-ROMBEL-OVER-CAP"::equals).hasSize(3);
  }

  @ParameterizedTest
  @CsvSource({"141232050001", "121332050001", "12123205", "''"})
  void aBadNsmIsABlockerAndLeavesLevelRulesNotEvaluated(String nsm) {
    EmisExportGenerator g = EmisExportGenerator.madrasah(JenisMadrasah.MTS, 5);
    Report r = check(read(g, nsm));
    assertThat(codes(r)).containsExactlyInAnyOrder("BOSM-NSM-FORMAT", "BOSM-DATA-WINDOW");
    assertThat(r.notEvaluated())
        .extracting(n -> n.code())
        .contains("BOSM-ROMBEL-OVER-CAP", "BOSM-TINGKAT-LEVEL");
    assertThat(r.verdict(Application.BOS_MADRASAH)).isEqualTo(Verdict.NOT_READY);
  }

  @Test
  void dataWindowCountsDownAndCloses() {
    EmisExportGenerator g = EmisExportGenerator.madrasah(JenisMadrasah.MI, 5);
    SchoolSnapshot s = read(g, g.nsm());
    Report open = check(s);
    Report closed =
        Sinkron.checker()
            .options(
                CheckOptions.builder()
                    .referenceDate(LocalDate.of(2025, 10, 2))
                    .locale(Locale.ENGLISH)
                    .build())
            .check(s);
    String o = open.findings(Application.BOS_MADRASAH).get(0).message();
    String c = closed.findings(Application.BOS_MADRASAH).get(0).message();
    assertThat(o).contains("36").contains("20");
    assertThat(c).contains("has closed").contains("passed");
    assertThat(
            closed
                .details(Application.BOS_MADRASAH, BosMadrasahCount.class)
                .orElseThrow()
                .daysToWindowEnd())
        .isEqualTo(-2);
  }

  @Test
  void unreadableCellsMakeTheApplicationNotReadyAndStatusUnknownIsNotCounted() {
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(JenisMadrasah.MTS, 5).with(EmisDefect.UNREADABLE_STATUS);
    Report r = check(read(g, g.nsm()));
    assertThat(r.verdict(Application.BOS_MADRASAH)).isEqualTo(Verdict.NOT_READY);
    assertThat(r.inputProblems()).hasSize(1);
    BosMadrasahCount c = r.details(Application.BOS_MADRASAH, BosMadrasahCount.class).orElseThrow();
    assertThat(c.statusUnknown()).isEqualTo(1);
    assertThat(c.countable()).isEqualTo(g.rows().size() - 1);
  }

  @Test
  void aMadrasahIsNotJudgedByTheDapodikApplications() {
    EmisExportGenerator g = EmisExportGenerator.madrasah(JenisMadrasah.MA, 5);
    Report r = check(read(g, g.nsm()));
    for (Application app : List.of(Application.INFO_GTK, Application.E_RAPOR, Application.ARKAS)) {
      assertThat(r.verdict(app)).as(app.name()).isEqualTo(Verdict.NOT_APPLICABLE);
    }
    assertThat(r.findings())
        .allSatisfy(f -> assertThat(f.application()).isEqualTo(Application.BOS_MADRASAH));
  }

  @Test
  void aDapodikSchoolReportsBosMadrasahNotApplicable() {
    SchoolSnapshot dapodik = SchoolGenerator.smp().build();
    Report r = check(dapodik);
    assertThat(r.verdict(Application.BOS_MADRASAH)).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(r.findings(Application.BOS_MADRASAH)).isEmpty();
    assertThatThrownBy(() -> BosMadrasah.count(dapodik))
        .isInstanceOf(ApplicationNotEvaluatedException.class);
  }

  @Test
  void countThroughTheFacadeEqualsTheReportDetails() {
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(JenisMadrasah.MI, 8)
            .with(EmisDefect.BARE_KELAS, EmisDefect.DUPLICATE_NIK);
    SchoolSnapshot s = read(g, g.nsm());
    CheckOptions o = CheckOptions.builder().referenceDate(AS_OF).build();
    assertThat(BosMadrasah.count(s, o))
        .isEqualTo(
            check(s).details(Application.BOS_MADRASAH, BosMadrasahCount.class).orElseThrow());
    assertThat(BosMadrasah.count(s, o).excluded().keySet())
        .containsExactly(Exclusion.NO_ROMBEL, Exclusion.DUPLICATE);
  }

  @Test
  void messagesMaskIdentifiersAndNames() {
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(JenisMadrasah.MA, 5)
            .with(EmisDefect.DUPLICATE_NISN, EmisDefect.NIK_MISMATCH);
    SchoolSnapshot s = read(g, g.nsm());
    String json = check(s).toJson();
    Set<String> secrets =
        g.rows().stream()
            .flatMap(r -> java.util.stream.Stream.of(r.nisn(), r.nik(), r.nama()))
            .filter(x -> !x.isEmpty())
            .collect(Collectors.toSet());
    assertThat(secrets).allSatisfy(x -> assertThat(json).doesNotContain(x));
  }
}
