package id.sinkron.gtk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.SchoolSnapshot;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web Service–shaped input: core's synthetic SMK dump (core test-jar) read with WebServiceDump. */
class DumpSmokeTest {
  static final String KEPSEK = "9a000000-0000-4000-8000-0000000000a1";
  static final String NON_INDUK = "9a000000-0000-4000-8000-0000000000a3";
  static final String STAFF = "9a000000-0000-4000-8000-0000000000a4";

  @Test
  void checksAWebServiceDump(@TempDir Path dir) throws Exception {
    for (String f :
        List.of(
            "getSekolah.json",
            "getGtk.json",
            "getPesertaDidik.json",
            "getRombonganBelajar.json",
            "getPengguna.json",
            "sinkron-supplement.json")) {
      try (InputStream in = getClass().getResourceAsStream("/dumps/smk-quirks/" + f)) {
        Files.copy(in, dir.resolve(f));
      }
    }
    SchoolSnapshot school = WebServiceDump.read(dir);
    Report r =
        Sinkron.checker()
            .asOf(LocalDate.of(2025, 9, 15))
            .only(Application.INFO_GTK)
            .validators(List.of(new InfoGtkValidator()))
            .check(school);
    assertThat(r.verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_READY);
    assertThat(r.findings(Application.INFO_GTK))
        .extracting(f -> f.code(), f -> f.subject().id())
        .contains(tuple("GTK-NIK-MISSING", STAFF), tuple("GTK-NUPTK-MISSING", NON_INDUK));
    assertThat(r.notEvaluated())
        .extracting(n -> n.code(), n -> n.subject().map(s -> s.id()).orElse(""))
        .contains(tuple("GTK-LOAD-BELOW-MIN", NON_INDUK));
    GtkAssessment a = r.details(Application.INFO_GTK, GtkAssessment.class).orElseThrow();
    assertThat(a.teachers())
        .extracting(TeacherAssessment::ptkId)
        .contains(KEPSEK, NON_INDUK)
        .doesNotContain(STAFF);
    TeacherAssessment kepsek = a.teacher(KEPSEK).orElseThrow();
    assertThat(kepsek.certified()).contains(true);
    assertThat(kepsek.bebanKerja().kepalaSekolahJtm()).isEqualTo(24);
    assertThat(kepsek.jjmCategory()).contains("A1");
    assertThat(a.teacher(NON_INDUK).orElseThrow().loadEvaluation())
        .isEqualTo(LoadEvaluation.NOT_INDUK);
  }
}
