package id.sinkron.testkit;

import id.sinkron.identifier.JenisMadrasah;
import id.sinkron.model.JenisKelamin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Generates EMIS 4.0 student exports (xlsx, written with Apache POI) of an invented madrasah, in
 * the layout third-party importers describe (docs/evidence/emis-madrasah.md): 18 columns with
 * {@code Umur} or 17 without, optional title rows above the header, one sheet per rombel or one
 * sheet for all, NISN as text with the leading apostrophe or as numbers (losing the leading zero),
 * birth dates as text or as Excel date serials, inactive students, and the {@link EmisDefect
 * defects} of each {@code BOSM-*} code. Deterministic for a seed; every person is invented.
 *
 * <p>{@link #rows()} returns what was written, for tests to compare with what a reader makes of it.
 * Not thread-safe; build one per export.
 *
 * @since 0.2
 */
public final class EmisExportGenerator {
  /** The two known layouts. */
  public enum Layout {
    /** 18 columns, with {@code Umur} after {@code Tingkat - Rombel}. */
    H18,
    /** 17 columns, the older layout without {@code Umur}. */
    H17
  }

  /**
   * One student row as written.
   *
   * @param sheet the sheet name
   * @param excelRow the 1-based Excel row number
   * @param nama the name
   * @param nisn the NISN digits as intended (before Excel drops a leading zero), or ""
   * @param nik the NIK, or ""
   * @param tanggalLahir the birth date
   * @param jenisKelamin the sex
   * @param tingkat the tingkat
   * @param rombel the rombel name, or "" for none
   * @param status the {@code Status} text
   */
  public record EmisRow(
      String sheet,
      int excelRow,
      String nama,
      String nisn,
      String nik,
      LocalDate tanggalLahir,
      JenisKelamin jenisKelamin,
      int tingkat,
      String rombel,
      String status) {
    /**
     * @return whether the status is {@code Aktif} or {@code Aktif Tanpa Rombel}
     */
    public boolean active() {
      return status.equals("Aktif") || status.equals("Aktif Tanpa Rombel");
    }
  }

  private static final String[] HEADERS_18 = {
    "No",
    "Nama Lengkap",
    "NISN",
    "NIK",
    "Tempat Lahir",
    "Tanggal Lahir",
    "Tingkat - Rombel",
    "Umur",
    "Status",
    "Jenis Kelamin",
    "Alamat",
    "No Telepon",
    "Kebutuhan Khusus",
    "Disabilitas",
    "Nomor KIP/PIP",
    "Nama Ayah Kandung",
    "Nama Ibu Kandung",
    "Nama Wali"
  };

  private final JenisMadrasah jenis;
  private final long seed;
  private Layout layout = Layout.H18;
  private int titleRows;
  private boolean nisnAsNumbers;
  private boolean datesAsSerials;
  private boolean sheetPerRombel = true;
  private boolean aliasHeaders;
  private int studentsPerRombel = 6;
  private int inactive;
  private LocalDate asOf = LocalDate.of(2025, 9, 10);
  private final Set<EmisDefect> defects = EnumSet.noneOf(EmisDefect.class);
  private final List<EmisRow> rows = new ArrayList<>();

  private EmisExportGenerator(JenisMadrasah jenis, long seed) {
    this.jenis = jenis;
    this.seed = seed;
  }

  /**
   * A generator for a madrasah of one level.
   *
   * @param jenis MI, MTs or MA (RA has no tingkat and is not generated)
   * @param seed the seed
   * @return the generator: one rombel per tingkat of 6 active students, 18 columns, no defect
   */
  public static EmisExportGenerator madrasah(JenisMadrasah jenis, long seed) {
    if (jenis == JenisMadrasah.RA) {
      throw new IllegalArgumentException("RA exports are not generated (no tingkat 1-12)");
    }
    return new EmisExportGenerator(Objects.requireNonNull(jenis, "jenis"), seed);
  }

  /**
   * @param l the column layout @return this
   */
  public EmisExportGenerator layout(Layout l) {
    this.layout = Objects.requireNonNull(l, "layout");
    return this;
  }

  /**
   * @param n title rows above the header (a title and the tahun ajaran) @return this
   */
  public EmisExportGenerator titleRows(int n) {
    this.titleRows = n;
    return this;
  }

  /**
   * @param b whether NISN cells are numbers (Excel drops a leading zero) @return this
   */
  public EmisExportGenerator nisnAsNumbers(boolean b) {
    this.nisnAsNumbers = b;
    return this;
  }

  /**
   * @param b whether birth dates are Excel date serials rather than {@code YYYY-MM-DD} text @return
   *     this
   */
  public EmisExportGenerator datesAsSerials(boolean b) {
    this.datesAsSerials = b;
    return this;
  }

  /**
   * @param b one sheet per rombel (true, default) or one sheet {@code Data Siswa} @return this
   */
  public EmisExportGenerator sheetPerRombel(boolean b) {
    this.sheetPerRombel = b;
    return this;
  }

  /**
   * @param b headers as application-made variants write them ({@code Nama Siswa}, {@code No
   *     KIP/PIP}) @return this
   */
  public EmisExportGenerator aliasHeaders(boolean b) {
    this.aliasHeaders = b;
    return this;
  }

  /**
   * @param n active students per rombel (default 6) @return this
   */
  public EmisExportGenerator studentsPerRombel(int n) {
    this.studentsPerRombel = n;
    return this;
  }

  /**
   * @param n inactive students (Tidak Aktif, Lulus, Pindah in turn) added to the first
   *     rombel @return this
   */
  public EmisExportGenerator inactive(int n) {
    this.inactive = n;
    return this;
  }

  /**
   * @param date the date ages are computed on (default 2025-09-10) @return this
   */
  public EmisExportGenerator asOf(LocalDate date) {
    this.asOf = Objects.requireNonNull(date, "date");
    return this;
  }

  /**
   * @param d defects to inject @return this
   */
  public EmisExportGenerator with(EmisDefect... d) {
    defects.addAll(List.of(d));
    return this;
  }

  /**
   * The madrasah's NSM: the level's type code, swasta, Jawa Barat (32), regency 05, a sequence from
   * the seed.
   *
   * @return 12 digits, valid
   */
  public String nsm() {
    return jenis.code() + "232" + "05" + String.format("%04d", 1 + Math.floorMod(seed, 9000));
  }

  /**
   * The cap of active students per rombel used for {@link EmisDefect#ROMBEL_OVER_CAP}: MI 28, MTs
   * 32, MA 36 (docs/evidence/emis-madrasah.md). Test data only; the rules take it from the profile.
   *
   * @return the cap for this level
   */
  public int capForTestData() {
    return jenis == JenisMadrasah.MI ? 28 : jenis == JenisMadrasah.MTS ? 32 : 36;
  }

  /**
   * @return the rows written by the last {@link #write} or {@link #toBytes}, in sheet order
   */
  public List<EmisRow> rows() {
    return List.copyOf(rows);
  }

  /**
   * Writes the export.
   *
   * @param file the xlsx file to create or replace
   * @return {@code file}
   */
  public Path write(Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the export as xlsx bytes
   */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private record Planned(int tingkat, String rombel, String status, EmisDefect defect) {}

  private void write(OutputStream out) throws IOException {
    rows.clear();
    planned.clear();
    Identities ids = new Identities(new Random(seed));
    // Plan the students per sheet key (tingkat + rombel), in order.
    Map<String, List<Planned>> plan = new LinkedHashMap<>();
    List<Integer> tingkats = new ArrayList<>();
    for (int t = jenis.minTingkat(); t <= jenis.maxTingkat(); t++) {
      tingkats.add(t);
    }
    for (int t : tingkats) {
      String rombel = rombelName(t, "A");
      int n = studentsPerRombel;
      if (t == tingkats.get(0) && defects.contains(EmisDefect.ROMBEL_OVER_CAP)) {
        n = capForTestData() + 1;
      }
      List<Planned> list = plan.computeIfAbsent(t + "|" + rombel, k -> new ArrayList<>());
      for (int i = 0; i < n; i++) {
        list.add(new Planned(t, rombel, "Aktif", null));
      }
    }
    int first = tingkats.get(0);
    String firstKey = first + "|" + rombelName(first, "A");
    String[] inactiveStatus = {"Tidak Aktif", "Lulus", "Pindah"};
    for (int i = 0; i < inactive; i++) {
      plan.get(firstKey)
          .add(new Planned(first, rombelName(first, "A"), inactiveStatus[i % 3], null));
    }
    if (defects.contains(EmisDefect.STATUS_AKTIF_TANPA_ROMBEL)) {
      plan.get(firstKey)
          .add(new Planned(first, "", "Aktif Tanpa Rombel", EmisDefect.STATUS_AKTIF_TANPA_ROMBEL));
    }
    if (defects.contains(EmisDefect.BARE_KELAS)) {
      plan.get(firstKey).add(new Planned(first, "", "Aktif", EmisDefect.BARE_KELAS));
    }
    if (defects.contains(EmisDefect.TINGKAT_OUTSIDE_LEVEL)) {
      int outside = jenis == JenisMadrasah.MA ? 9 : jenis.maxTingkat() + 1;
      String r = rombelName(outside, "Z");
      List<Planned> list = plan.computeIfAbsent(outside + "|" + r, k -> new ArrayList<>());
      for (int i = 0; i < 2; i++) {
        list.add(new Planned(outside, r, "Aktif", null));
      }
    }
    // Defects on single students: one more active student each in the last rombel.
    int lastT = tingkats.get(tingkats.size() - 1);
    List<Planned> last = plan.get(lastT + "|" + rombelName(lastT, "A"));
    for (EmisDefect d :
        List.of(
            EmisDefect.NISN_EMPTY,
            EmisDefect.NISN_SHORT,
            EmisDefect.NIK_EMPTY,
            EmisDefect.NIK_MISMATCH,
            EmisDefect.UNREADABLE_DATE,
            EmisDefect.UNREADABLE_SEX,
            EmisDefect.UNREADABLE_STATUS)) {
      if (defects.contains(d)) {
        last.add(new Planned(lastT, rombelName(lastT, "A"), "Aktif", d));
      }
    }

    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Map<String, Sheet> sheets = new LinkedHashMap<>();
      Map<String, Integer> next = new LinkedHashMap<>();
      List<EmisRow> duplicateSources = new ArrayList<>();
      for (Map.Entry<String, List<Planned>> e : plan.entrySet()) {
        for (Planned p : e.getValue()) {
          String sheetName =
              sheetPerRombel
                  ? "Kelas "
                      + p.tingkat()
                      + " - "
                      + (p.rombel().isEmpty() ? rombelName(p.tingkat(), "A") : p.rombel())
                  : "Data Siswa";
          Sheet sheet = sheets.computeIfAbsent(sheetName, n -> newSheet(wb, n));
          int r = next.getOrDefault(sheetName, titleRows + 1);
          next.put(sheetName, r + 1);
          EmisRow row = student(ids, sheetName, r + 1, p);
          planned.put(sheetName + "!" + (r + 1), Optional.ofNullable(p.defect()));
          if (p.defect() == null && row.active() && duplicateSources.size() < 2) {
            duplicateSources.add(row);
          }
          rows.add(row);
        }
      }
      applyDuplicates(duplicateSources);
      for (EmisRow row : rows) {
        writeRow(sheets.get(row.sheet()).createRow(row.excelRow() - 1), row, dateStyle);
      }
      wb.write(out);
    }
  }

  /** Copies the NISN / NIK of an active student of the first rombel onto one of the last rombel. */
  private void applyDuplicates(List<EmisRow> sources) {
    for (EmisDefect d : List.of(EmisDefect.DUPLICATE_NISN, EmisDefect.DUPLICATE_NIK)) {
      if (!defects.contains(d) || sources.isEmpty()) {
        continue;
      }
      EmisRow src =
          sources.get(d == EmisDefect.DUPLICATE_NISN ? 0 : Math.min(1, sources.size() - 1));
      for (int i = rows.size() - 1; i >= 0; i--) {
        EmisRow r = rows.get(i);
        if (r.active()
            && defectOf(r) == null
            && !r.sheet().equals(src.sheet())
            && !r.rombel().isEmpty()
            && r.tingkat() != src.tingkat()
            && !r.nisn().isEmpty()
            && !r.nik().isEmpty()) {
          rows.set(
              i,
              new EmisRow(
                  r.sheet(),
                  r.excelRow(),
                  r.nama(),
                  d == EmisDefect.DUPLICATE_NISN ? src.nisn() : r.nisn(),
                  d == EmisDefect.DUPLICATE_NIK ? src.nik() : r.nik(),
                  // The same child registered twice: same NIK, birth date and sex.
                  d == EmisDefect.DUPLICATE_NIK ? src.tanggalLahir() : r.tanggalLahir(),
                  d == EmisDefect.DUPLICATE_NIK ? src.jenisKelamin() : r.jenisKelamin(),
                  r.tingkat(),
                  r.rombel(),
                  r.status()));
          break;
        }
      }
    }
  }

  private static String rombelName(int tingkat, String letter) {
    return tingkat + letter;
  }

  private Sheet newSheet(XSSFWorkbook wb, String name) {
    Sheet s = wb.createSheet(name);
    if (titleRows > 0) {
      s.createRow(0).createCell(0).setCellValue("DATA SISWA MADRASAH NSM " + nsm());
    }
    for (int i = 1; i < titleRows; i++) {
      s.createRow(i).createCell(0).setCellValue("Tahun Pelajaran 2025/2026 Semester Ganjil");
    }
    Row h = s.createRow(titleRows);
    int c = 0;
    for (String header : HEADERS_18) {
      if (layout == Layout.H17 && header.equals("Umur")) {
        continue;
      }
      String text = header;
      if (aliasHeaders && header.equals("Nama Lengkap")) {
        text = "Nama Siswa";
      } else if (aliasHeaders && header.equals("Nomor KIP/PIP")) {
        text = "No KIP/PIP";
      }
      h.createCell(c++).setCellValue(text);
    }
    return s;
  }

  private EmisRow student(Identities ids, String sheet, int excelRow, Planned p) {
    JenisKelamin sex = ids.sex();
    int age = Math.max(6, p.tingkat() + 6);
    LocalDate birth = ids.birthDateForAge(asOf, age);
    String nama = ids.name(sex);
    String nisn = ids.nisn(birth.getYear());
    String nik = ids.nik("32", "05", birth, sex);
    String status = p.status();
    if (p.defect() != null) {
      switch (p.defect()) {
        case NISN_EMPTY:
          nisn = "";
          break;
        case NISN_SHORT:
          nisn = nisn.substring(1);
          break;
        case NIK_EMPTY:
          nik = "";
          break;
        case NIK_MISMATCH:
          // Same NIK form, birth month segment moved by one month.
          int month = birth.getMonthValue() % 12 + 1;
          nik = nik.substring(0, 8) + String.format("%02d", month) + nik.substring(10);
          break;
        case UNREADABLE_STATUS:
          status = "Aktif?";
          break;
        default:
          break;
      }
    }
    return new EmisRow(
        sheet, excelRow, nama, nisn, nik, birth, sex, p.tingkat(), p.rombel(), status);
  }

  private void writeRow(Row row, EmisRow s, CellStyle dateStyle) {
    int c = 0;
    row.createCell(c++).setCellValue(row.getRowNum() - titleRows);
    row.createCell(c++).setCellValue(s.nama());
    if (s.nisn().isEmpty()) {
      row.createCell(c++).setBlank();
    } else if (nisnAsNumbers) {
      row.createCell(c++).setCellValue(Long.parseLong(s.nisn()));
    } else {
      row.createCell(c++).setCellValue("'" + s.nisn());
    }
    row.createCell(c++).setCellValue(s.nik().isEmpty() ? "" : "'" + s.nik());
    row.createCell(c++).setCellValue("SUKAMAJU");
    EmisDefect defect = defectOf(s);
    if (defect == EmisDefect.UNREADABLE_DATE) {
      row.createCell(c++).setCellValue("31/02/" + s.tanggalLahir().getYear());
    } else if (datesAsSerials) {
      var cell = row.createCell(c++);
      cell.setCellValue(s.tanggalLahir());
      cell.setCellStyle(dateStyle);
    } else {
      row.createCell(c++).setCellValue(s.tanggalLahir().toString());
    }
    row.createCell(c++)
        .setCellValue(
            s.rombel().isEmpty()
                ? "Kelas " + s.tingkat()
                : "Kelas " + s.tingkat() + " - " + s.rombel());
    if (layout == Layout.H18) {
      Period p = Period.between(s.tanggalLahir(), asOf);
      row.createCell(c++).setCellValue(p.getYears() + " th, " + p.getMonths() + " bln");
    }
    row.createCell(c++).setCellValue(s.status());
    row.createCell(c++)
        .setCellValue(
            defect == EmisDefect.UNREADABLE_SEX
                ? "X"
                : s.jenisKelamin() == JenisKelamin.P ? "Perempuan" : "Laki-laki");
    row.createCell(c++).setCellValue("JL. MAWAR NO. " + (row.getRowNum() + 1));
    row.createCell(c++).setCellValue("");
    row.createCell(c++).setCellValue("Tidak");
    row.createCell(c++).setCellValue("Tidak");
    row.createCell(c++).setCellValue("");
    row.createCell(c++).setCellValue("AYAH " + s.nama().split(" ")[0]);
    row.createCell(c++).setCellValue("IBU " + s.nama().split(" ")[0]);
    row.createCell(c).setCellValue("");
  }

  /**
   * The defect planned for a row: found again by the data it changed (rows are immutable records).
   */
  private EmisDefect defectOf(EmisRow s) {
    return planned.getOrDefault(s.sheet() + "!" + s.excelRow(), Optional.empty()).orElse(null);
  }

  private final Map<String, Optional<EmisDefect>> planned = new LinkedHashMap<>();
}
