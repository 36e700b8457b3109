package id.sinkron.dapodik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import id.sinkron.model.Endpoint;
import id.sinkron.model.InputProblem;
import id.sinkron.model.InputProblemCode;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.testing.TestGtkValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Response shapes others have recorded (shared/docs/evidence/web-service-shapes.md) beyond the
 * numbered items of issue 12, on the SMK fixture (4 PTK, 5 students, 4 rombel): what the reader
 * makes of each.
 */
class WebServiceShapesTest {
  static final String ACCESS_DENIED_2 =
      "Access denied - You are not authorized to access this page. #2";

  @TempDir Path tmp;

  Path dir() {
    return Fixtures.copy(Fixtures.SMK, tmp.resolve("d"));
  }

  static SchoolSnapshot read(Path dir, String file, String text) {
    Fixtures.write(dir.resolve(file), text);
    return WebServiceDump.read(dir);
  }

  static List<InputProblemCode> codes(SchoolSnapshot s) {
    return s.inputProblems().stream().map(InputProblem::code).toList();
  }

  static Report gtk(SchoolSnapshot s) {
    return Sinkron.checker()
        .validators(List.of(new TestGtkValidator()))
        .asOf(LocalDate.of(2025, 8, 31))
        .only(Application.INFO_GTK)
        .check(s);
  }

  static String envelope(String results, String rows) throws Exception {
    String whole = Files.readString(Fixtures.dump(Fixtures.SMK).resolve("getGtk.json"));
    String r = whole.substring(whole.indexOf("\"rows\""));
    return "{\"results\": "
        + results
        + ", \"id\": \"ptk_terdaftar_id\", "
        + (rows == null ? r : "\"rows\": " + rows + "}");
  }

  @Test
  void plainTextErrorAfterAByteOrderMarkAndWithCrLf() {
    SchoolSnapshot s = read(dir(), "getGtk.json", "\uFEFF" + ACCESS_DENIED_2 + "\r\n");
    assertThat(codes(s)).containsExactly(InputProblemCode.WS_ERROR);
    assertThat(s.inputProblems().get(0).detail()).isEqualTo(ACCESS_DENIED_2);
    assertThat(gtk(s).verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_EVALUATED);
  }

  @Test
  void resultsAsTextEqualToTheRowsIsWhole() throws Exception {
    SchoolSnapshot s = read(dir(), "getGtk.json", envelope("\"4\"", null));
    assertThat(s.inputProblems()).isEmpty();
    assertThat(s.ptk()).hasSize(4);
  }

  @Test
  void withoutResultsWholenessCannotBeCheckedAndTheRowsAreRead() throws Exception {
    SchoolSnapshot s = read(dir(), "getGtk.json", envelope("null", null));
    assertThat(s.inputProblems()).isEmpty();
    assertThat(s.ptk()).hasSize(4);
  }

  @Test
  void moreRowsThanResultsAreRead() throws Exception {
    SchoolSnapshot s = read(dir(), "getGtk.json", envelope("2", null));
    assertThat(s.inputProblems()).isEmpty();
    assertThat(s.ptk()).hasSize(4);
  }

  @Test
  void anEmptyPageOfANonEmptyListIsIncompleteNotContradicted() throws Exception {
    SchoolSnapshot s = read(dir(), "getGtk.json", envelope("5", "[]"));
    assertThat(codes(s)).containsExactly(InputProblemCode.PAGE_INCOMPLETE);
    assertThat(s.has(Endpoint.GTK)).isFalse();
    assertThat(s.ptk()).isEmpty();
  }

  @Test
  void aPartialPageContributesNoRowButTheRestIsRead() throws Exception {
    String whole = Files.readString(Fixtures.dump(Fixtures.SMK).resolve("getGtk.json"));
    SchoolSnapshot s =
        read(dir(), "getGtk.json", whole.replaceFirst("\"results\": 4", "\"results\": 40"));
    assertThat(codes(s)).containsExactly(InputProblemCode.PAGE_INCOMPLETE);
    assertThat(s.inputProblems().get(0).detail()).contains("4 of the 40 rows");
    assertThat(s.ptk()).isEmpty();
    assertThat(s.rombel()).hasSize(4);
    assertThat(gtk(s).verdict(Application.INFO_GTK)).isEqualTo(Verdict.NOT_EVALUATED);
    assertThat(gtk(s).summary(Application.INFO_GTK).reason())
        .hasValueSatisfying(r -> assertThat(r).contains("getGtk.json (INPUT-PAGE-INCOMPLETE)"));
  }

  @Test
  void emptyRombelWhileStudentsArePlacedInOneIsContradicted() {
    SchoolSnapshot s = read(dir(), "getRombonganBelajar.json", "{\"results\": 0, \"rows\": []}");
    assertThat(codes(s)).containsExactly(InputProblemCode.EMPTY_CONTRADICTED);
    assertThat(s.inputProblems().get(0).endpoint()).contains(Endpoint.ROMBONGAN_BELAJAR);
    assertThat(s.inputProblems().get(0).detail()).contains("places 4 students");
    assertThat(s.has(Endpoint.ROMBONGAN_BELAJAR)).isFalse();
  }

  @Test
  void emptyGtkOfASchoolWithoutStudentsRombelOrUsersIsZeroRows() {
    // the empty-lists fixture: every list empty, they agree
    SchoolSnapshot s = WebServiceDump.read(Fixtures.dump(Fixtures.EMPTY_LISTS));
    assertThat(codes(s)).containsOnly(InputProblemCode.WS_ERROR);
    assertThat(s.has(Endpoint.GTK)).isTrue();
  }

  @Test
  void emptyStudentsWhileUsersAreLinkedToAStudentIsContradicted() throws Exception {
    Path d = dir();
    Fixtures.write(
        d.resolve("getRombonganBelajar.json"),
        Fixtures.errorBody("Data Rombongan Belajar tidak ditemukan"));
    // the fixture's getPengguna links no student: make one user a student's
    String users = Files.readString(d.resolve("getPengguna.json"));
    Fixtures.write(
        d.resolve("getPengguna.json"),
        users.replaceFirst(
            "\"peserta_didik_id\": null",
            "\"peserta_didik_id\": \"5d000000-0000-4000-8000-0000000000d1\""));
    SchoolSnapshot s = read(d, "getPesertaDidik.json", "{\"results\": 0, \"rows\": null}");
    assertThat(s.inputProblems())
        .filteredOn(p -> p.code() == InputProblemCode.EMPTY_CONTRADICTED)
        .extracting(p -> p.endpoint().orElseThrow())
        .contains(Endpoint.PESERTA_DIDIK);
    assertThat(s.has(Endpoint.PESERTA_DIDIK)).isFalse();
  }

  @Test
  void rowsOfTheWrongTypeAnEmptyObjectAndAnHtmlPageWithoutTitleAreNotResponses() {
    Path d = dir();
    assertThat(read(d, "getGtk.json", "{\"results\": 4, \"rows\": \"none\"}").inputProblems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(InputProblemCode.NOT_WEB_SERVICE);
              assertThat(p.detail()).contains("'rows' is text");
            });
    assertThat(read(d, "getGtk.json", "{}").inputProblems())
        .singleElement()
        .satisfies(p -> assertThat(p.detail()).contains("empty JSON object"));
    assertThat(
            read(d, "getGtk.json", "<html><body><div>Maintenance</div></body></html>")
                .inputProblems())
        .singleElement()
        .satisfies(p -> assertThat(p.detail()).startsWith("an HTML page, not"));
    assertThat(read(d, "getGtk.json", "[]").inputProblems())
        .singleElement()
        .satisfies(p -> assertThat(p.detail()).startsWith("a bare JSON list"));
  }

  @Test
  void aPhpLogLineInBracketsBeforeTheJsonIsStrayTextNotABareList() throws Exception {
    String whole = Files.readString(Fixtures.dump(Fixtures.SMK).resolve("getGtk.json"));
    SchoolSnapshot s =
        read(
            dir(),
            "getGtk.json",
            "[22-Apr-2026 10:00:00 Asia/Jakarta] PHP Notice:  Undefined index: "
                + "query in SekolahDetailTableInfo.php on line 71\n"
                + whole);
    assertThat(s.inputProblems()).isEmpty();
    assertThat(s.ptk()).hasSize(4);
  }

  @Test
  void aPhpNoticeBeforeAnUnknownTextIsStillNotJson() {
    Path d = dir();
    Fixtures.write(
        d.resolve("getGtk.json"),
        "<br />\n<b>Notice</b>: Undefined index: query<br />\nsomething else");
    DapodikFormatException e =
        catchThrowableOfType(() -> WebServiceDump.read(d), DapodikFormatException.class);
    assertThat(e.reason()).isEqualTo(DapodikFormatException.Reason.NOT_JSON);
  }

  @Test
  void anEkskulRowWithoutJenisRombelIsKnownByItsEkskulIds() throws Exception {
    Path d = dir();
    String rombel = Files.readString(d.resolve("getRombonganBelajar.json"));
    Fixtures.write(
        d.resolve("getRombonganBelajar.json"),
        rombel.replace("\"jenis_rombel\": 51,", "").replace("\"jenis_rombel\": \"51\",", ""));
    SchoolSnapshot s = WebServiceDump.read(d);
    assertThat(s.inputProblems()).isEmpty();
    assertThat(s.rombel())
        .filteredOn(r -> r.rombonganBelajarId().equals(WebServiceDumpQuirksTest.R_PRAMUKA))
        .singleElement()
        .satisfies(r -> assertThat(r.jenisRombel()).isEqualTo(JenisRombel.EKSTRAKURIKULER));
  }

  @Test
  void inputProblemTextsSpeakOneLanguageWithoutPlaceholders() throws Exception {
    Path d = dir();
    Fixtures.write(
        d.resolve("getPesertaDidik.json"),
        Fixtures.errorBody("Data Peserta Didik tidak ditemukan"));
    Fixtures.write(
        d.resolve("getGtk.json"),
        "<!doctype html><html><head><title>404 Not Found</title></head></html>");
    String whole =
        Files.readString(Fixtures.dump(Fixtures.SMK).resolve("getRombonganBelajar.json"));
    SchoolSnapshot s =
        read(d, "getRombonganBelajar.json", whole.replaceFirst("\"results\": 4", "\"results\": 9"));
    Report id = gtk(s);
    Report en =
        Sinkron.checker()
            .validators(List.of(new TestGtkValidator()))
            .locale(Locale.ENGLISH)
            .asOf(LocalDate.of(2025, 8, 31))
            .check(s);
    assertThat(s.inputProblems())
        .extracting(InputProblem::code)
        .containsExactlyInAnyOrder(
            InputProblemCode.NOT_WEB_SERVICE,
            InputProblemCode.WS_ERROR,
            InputProblemCode.PAGE_INCOMPLETE,
            // the partial rombel page still counts as evidence: it lists members, so "no student"
            // is not believed
            InputProblemCode.EMPTY_CONTRADICTED);
    for (InputProblem p : s.inputProblems()) {
      if (p.code()
          != InputProblemCode.WS_ERROR) { // the server's own (Indonesian) text needs no translation
        assertThat(p.reasonKey()).as(p.describe()).isPresent();
      }
      String m = id.describe(p);
      assertThat(m)
          .doesNotContain(" -,")
          .doesNotContain("(-")
          .doesNotContain("''")
          .doesNotContain("Source")
          .doesNotContain("the ")
          .doesNotContain("rows ")
          .doesNotContain("not ");
      String english =
          p.code() == InputProblemCode.WS_ERROR
              ? en.describe(p).replace(p.detail(), "")
              : en.describe(p);
      assertThat(english).doesNotContain("tidak").doesNotContain("baris").isNotEqualTo(m);
    }
    assertThat(id.describe(s.inputProblems().get(0)))
        .contains("halaman HTML berjudul \"404 Not Found\"");
  }
}
