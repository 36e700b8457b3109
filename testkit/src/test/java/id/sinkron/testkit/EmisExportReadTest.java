package id.sinkron.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.emis.EmisExport;
import id.sinkron.emis.EmisFormatException;
import id.sinkron.identifier.JenisMadrasah;
import id.sinkron.model.InputProblem;
import id.sinkron.model.InputProblemCode;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.SourceSystem;
import id.sinkron.model.StatusEmis;
import id.sinkron.testkit.EmisExportGenerator.EmisRow;
import id.sinkron.testkit.EmisExportGenerator.Layout;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The EMIS 4.0 export reader (core, id.sinkron.emis) on exports written by the generator. */
class EmisExportReadTest {
  @TempDir Path dir;

  private static SchoolSnapshot read(EmisExportGenerator g) {
    return EmisExport.read(new ByteArrayInputStream(g.toBytes()), "siswa.xlsx", g.nsm());
  }

  /** Every generated row comes back as one student with the same data, whatever the layout. */
  @ParameterizedTest
  @CsvSource({
    "MI, H18, 0, false, false, true",
    "MTS, H17, 2, true, true, true",
    "MA, H18, 3, true, true, false",
    "MA, H17, 1, false, true, false",
  })
  void readsEveryRowIntoStudentsAndRombel(
      JenisMadrasah jenis,
      Layout layout,
      int titleRows,
      boolean nisnAsNumbers,
      boolean datesAsSerials,
      boolean sheetPerRombel) {
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(jenis, 7)
            .layout(layout)
            .titleRows(titleRows)
            .nisnAsNumbers(nisnAsNumbers)
            .datesAsSerials(datesAsSerials)
            .sheetPerRombel(sheetPerRombel)
            .inactive(3);
    SchoolSnapshot s = read(g);
    List<EmisRow> rows = g.rows();

    assertThat(s.inputProblems()).isEmpty();
    assertThat(s.provenance().system()).isEqualTo(SourceSystem.EMIS);
    assertThat(s.provenance().layout())
        .hasValueSatisfying(
            l ->
                assertThat(l)
                    .contains(
                        layout == Layout.H18
                            ? "18 columns (with Umur)"
                            : "17 columns (without Umur)")
                    .contains("header at row " + (titleRows + 1))
                    .contains("third-party importers"));
    assertThat(s.sekolah())
        .hasValueSatisfying(
            k -> {
              assertThat(k.nsm()).contains(g.nsm());
              assertThat(k.statusSekolah()).contains("2");
            });
    assertThat(s.pesertaDidik()).hasSize(rows.size());
    Map<String, PesertaDidik> byId =
        s.pesertaDidik().stream()
            .collect(Collectors.toMap(PesertaDidik::pesertaDidikId, Function.identity()));
    for (EmisRow r : rows) {
      PesertaDidik pd = byId.get("emis:" + r.sheet() + "!" + r.excelRow());
      assertThat(pd).as(r.sheet() + "!" + r.excelRow()).isNotNull();
      assertThat(pd.nama()).isEqualTo(r.nama());
      // A NISN written as a number lost its leading zero; the reader restores it.
      assertThat(pd.nisn()).contains(r.nisn());
      assertThat(pd.nisn().orElseThrow()).hasSize(10);
      assertThat(pd.nik()).contains(r.nik());
      assertThat(pd.tanggalLahir()).contains(r.tanggalLahir());
      assertThat(pd.jenisKelamin()).contains(r.jenisKelamin());
      assertThat(pd.tingkatPendidikanId()).contains(r.tingkat());
      assertThat(pd.namaRombel()).contains(r.rombel());
      assertThat(pd.statusEmis().map(StatusEmis::label)).contains(r.status());
      assertThat(pd.namaIbu()).isPresent();
    }
    assertThat(rows.stream().filter(r -> r.nisn().startsWith("0")).count())
        .as("the seed gives NISNs with a leading zero")
        .isPositive();
    assertThat(s.pesertaDidik().stream().filter(p -> !p.statusEmis().orElseThrow().isActive()))
        .hasSize(3);

    // One rombel per tingkat, each holding exactly the students whose cell names it.
    int tingkats = jenis.maxTingkat() - jenis.minTingkat() + 1;
    assertThat(s.rombel()).hasSize(tingkats);
    for (Rombel rb : s.rombel()) {
      assertThat(rb.isClass()).isTrue();
      List<String> expected =
          rows.stream()
              .filter(
                  r ->
                      r.tingkat() == rb.tingkatPendidikanId().orElseThrow()
                          && r.rombel().equals(rb.nama()))
              .map(r -> "emis:" + r.sheet() + "!" + r.excelRow())
              .toList();
      assertThat(rb.anggotaRombel())
          .extracting(a -> a.pesertaDidikId())
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aliasHeadersAreAccepted() {
    EmisExportGenerator g = EmisExportGenerator.madrasah(JenisMadrasah.MTS, 3).aliasHeaders(true);
    SchoolSnapshot s = read(g);
    assertThat(s.inputProblems()).isEmpty();
    assertThat(s.pesertaDidik())
        .extracting(PesertaDidik::nama)
        .containsExactlyElementsOf(g.rows().stream().map(EmisRow::nama).toList());
  }

  @Test
  void bareKelasAndAktifTanpaRombelHaveNoRombel() {
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(JenisMadrasah.MI, 11)
            .with(EmisDefect.BARE_KELAS, EmisDefect.STATUS_AKTIF_TANPA_ROMBEL);
    SchoolSnapshot s = read(g);
    List<PesertaDidik> noRombel =
        s.pesertaDidik().stream().filter(p -> p.rombonganBelajarId().isEmpty()).toList();
    assertThat(noRombel).hasSize(2);
    assertThat(noRombel).allSatisfy(p -> assertThat(p.tingkatPendidikanId()).contains(1));
    assertThat(noRombel)
        .extracting(p -> p.statusEmis().orElseThrow())
        .containsExactlyInAnyOrder(StatusEmis.AKTIF, StatusEmis.AKTIF_TANPA_ROMBEL);
    assertThat(s.inputProblems()).isEmpty();
  }

  @Test
  void unreadableCellsAreInputProblemsNamingSheetRowAndColumnAndTheRowIsKept() {
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(JenisMadrasah.MTS, 5)
            .titleRows(2)
            .with(
                EmisDefect.UNREADABLE_DATE,
                EmisDefect.UNREADABLE_SEX,
                EmisDefect.UNREADABLE_STATUS);
    SchoolSnapshot s = read(g);
    assertThat(s.pesertaDidik()).hasSize(g.rows().size());
    assertThat(s.inputProblems())
        .hasSize(3)
        .allSatisfy(
            p -> {
              assertThat(p.code()).isEqualTo(InputProblemCode.ROW_UNREADABLE);
              assertThat(p.file()).contains("siswa.xlsx, sheet 'Kelas 9 - 9A'");
              assertThat(p.row()).isPresent();
              assertThat(p.detail()).contains("Excel row " + (p.row().orElseThrow() + 1));
            });
    assertThat(s.inputProblems())
        .extracting(p -> p.field().orElseThrow())
        .containsExactlyInAnyOrder("Tanggal Lahir", "Jenis Kelamin", "Status");
    InputProblem date =
        s.inputProblems().stream()
            .filter(p -> p.field().orElseThrow().equals("Tanggal Lahir"))
            .findFirst()
            .orElseThrow();
    // The birth date is personal data: masked.
    assertThat(date.value().orElseThrow()).doesNotContain("31/02").contains("*");
    String dateRowId = "emis:Kelas 9 - 9A!" + (date.row().orElseThrow() + 1);
    assertThat(s.pesertaDidik())
        .filteredOn(p -> p.pesertaDidikId().equals(dateRowId))
        .singleElement()
        .satisfies(p -> assertThat(p.tanggalLahir()).isEmpty());
    assertThat(s.pesertaDidik()).filteredOn(p -> p.statusEmis().isEmpty()).hasSize(1);
  }

  @Test
  void aNikStoredAsANumberIsReportedNotGuessed() throws Exception {
    Path f = dir.resolve("nik-number.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sheet = wb.createSheet("Data");
      String[] h = {"No", "Nama Lengkap", "NISN", "NIK", "Tingkat - Rombel", "Status"};
      var hr = sheet.createRow(0);
      for (int i = 0; i < h.length; i++) {
        hr.createCell(i).setCellValue(h[i]);
      }
      var r = sheet.createRow(1);
      r.createCell(0).setCellValue(1);
      r.createCell(1).setCellValue("BUDI SANTOSO");
      r.createCell(2).setCellValue(94417265d);
      r.createCell(3).setCellValue(3205014508120003d);
      r.createCell(4).setCellValue("Kelas 7 - 7A");
      r.createCell(5).setCellValue("Aktif");
      try (var out = Files.newOutputStream(f)) {
        wb.write(out);
      }
    }
    SchoolSnapshot s = EmisExport.read(f, "121232050001");
    PesertaDidik pd = s.pesertaDidik().get(0);
    assertThat(pd.nisn()).contains("0094417265");
    assertThat(pd.nik()).isEmpty();
    assertThat(s.inputProblems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).contains("NIK");
              assertThat(p.row()).contains(1);
              assertThat(p.file().orElseThrow()).endsWith("nik-number.xlsx, sheet 'Data'");
              assertThat(p.value().orElseThrow()).doesNotContain("320501450812");
            });
    assertThat(s.provenance().layout().orElseThrow()).contains("6 of the 18 known columns");
  }

  @Test
  void aSheetWithContentButNoHeaderIsReportedAnEmptyOneIsNot() throws Exception {
    Path f = dir.resolve("two-sheets.xlsx");
    EmisExportGenerator g = EmisExportGenerator.madrasah(JenisMadrasah.MI, 2);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(g.toBytes()))) {
      wb.createSheet("Petunjuk").createRow(0).createCell(0).setCellValue("Isi data sesuai EMIS");
      wb.createSheet("Kosong");
      try (var out = Files.newOutputStream(f)) {
        wb.write(out);
      }
    }
    SchoolSnapshot s = EmisExport.read(f, g.nsm());
    assertThat(s.pesertaDidik()).hasSize(g.rows().size());
    assertThat(s.inputProblems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file().orElseThrow()).endsWith("sheet 'Petunjuk'");
              assertThat(p.detail()).contains("no header row");
            });
  }

  @Test
  void aFileThatIsNotAnExportGetsAClearError() throws Exception {
    Path json =
        Files.writeString(dir.resolve("getSekolah.xlsx"), "{\"rows\": []}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EmisExport.read(json, "121232050001"))
        .isInstanceOf(EmisFormatException.class)
        .hasMessageContaining("getSekolah.xlsx")
        .hasMessageContaining("not an Excel workbook");

    Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
    assertThatThrownBy(() -> EmisExport.read(empty, "121232050001"))
        .isInstanceOf(EmisFormatException.class)
        .hasMessageContaining("empty");

    Path other = dir.resolve("other.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var r = wb.createSheet("Nilai").createRow(0);
      r.createCell(0).setCellValue("Nama");
      r.createCell(1).setCellValue("Nilai");
      try (var out = Files.newOutputStream(other)) {
        wb.write(out);
      }
    }
    assertThatThrownBy(() -> EmisExport.read(other, "121232050001"))
        .isInstanceOf(EmisFormatException.class)
        .hasMessageContaining("not an EMIS student export")
        .hasMessageContaining("'Nilai'");
  }

  @Test
  void aHeaderBelowTheScannedRowsIsNotFound() {
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(JenisMadrasah.MA, 4).titleRows(EmisExport.HEADER_SCAN_ROWS);
    assertThatThrownBy(() -> read(g)).isInstanceOf(EmisFormatException.class);
    EmisExportGenerator ok =
        EmisExportGenerator.madrasah(JenisMadrasah.MA, 4)
            .titleRows(EmisExport.HEADER_SCAN_ROWS - 1);
    assertThat(read(ok).pesertaDidik()).hasSize(ok.rows().size());
  }

  @Test
  void theGeneratorIsDeterministicAndWritesEachDefect() {
    assertThat(EmisExportGenerator.madrasah(JenisMadrasah.MTS, 9).with(EmisDefect.values()).rows())
        .isEmpty();
    EmisExportGenerator a =
        EmisExportGenerator.madrasah(JenisMadrasah.MTS, 9).with(EmisDefect.values());
    EmisExportGenerator b =
        EmisExportGenerator.madrasah(JenisMadrasah.MTS, 9).with(EmisDefect.values());
    a.toBytes();
    b.toBytes();
    assertThat(a.rows()).isEqualTo(b.rows());
    assertThat(a.rows().stream().filter(r -> r.nisn().isEmpty())).hasSize(1);
    assertThat(a.rows().stream().filter(r -> r.nisn().length() == 9)).hasSize(1);
    assertThat(a.rows().stream().filter(r -> r.tingkat() == 10)).hasSize(2);
  }
}
