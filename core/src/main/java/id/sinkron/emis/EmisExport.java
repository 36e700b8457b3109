package id.sinkron.emis;

import id.sinkron.identifier.Masking;
import id.sinkron.identifier.Nsm;
import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutableAnggotaRombel;
import id.sinkron.model.ImmutableInputProblem;
import id.sinkron.model.ImmutablePesertaDidik;
import id.sinkron.model.ImmutableProvenance;
import id.sinkron.model.ImmutableRombel;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.ImmutableSekolah;
import id.sinkron.model.InputProblem;
import id.sinkron.model.InputProblemCode;
import id.sinkron.model.JenisKelamin;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.SourceSystem;
import id.sinkron.model.StatusEmis;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EmptyFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the student export an operator downloads from EMIS 4.0 (xlsx) into a {@link SchoolSnapshot}
 * of a madrasah: students ({@link PesertaDidik} with {@link PesertaDidik#statusEmis()}), rombel and
 * membership, and a {@link id.sinkron.model.Sekolah} whose identity is the NSM the caller gives.
 * {@link id.sinkron.model.Provenance#system()} is {@link SourceSystem#EMIS}.
 *
 * <h2>The layout</h2>
 *
 * No official template or real export was found: the layout comes from five independent third-party
 * importers of the export (docs/evidence/emis-madrasah.md), and {@link
 * id.sinkron.model.Provenance#layout()} says so. Accepted:
 *
 * <ul>
 *   <li>every sheet of the workbook (one per rombel or per tingkat is common); in each, the header
 *       row is the first of the first {@value #HEADER_SCAN_ROWS} rows holding {@code NISN} and a
 *       name column, so title rows above it are fine; a sheet without such a row is skipped
 *       silently when it is empty, and reported as an input problem when it has content;
 *   <li>both known layouts, 18 columns with {@code Umur} and 17 without, matched by header name (in
 *       any order), with the aliases importers meet ({@code Nama Siswa}, {@code No KIP/PIP});
 *       {@code Nama Lengkap}, {@code NISN}, {@code Tingkat - Rombel} and {@code Status} are
 *       required;
 *   <li>NISN and NIK as text with or without the leading apostrophe; a NISN that Excel stored as a
 *       number is padded back to 10 digits with leading zeros; a NIK stored as a number is an input
 *       problem (Excel keeps 15 significant digits, so its last digit is lost) and is left empty;
 *   <li>{@code Tanggal Lahir} as an Excel date (serial) or as text {@code YYYY-MM-DD} or {@code
 *       DD/MM/YYYY} ({@code DD-MM-YYYY} too);
 *   <li>{@code Jenis Kelamin} {@code Laki-laki}/{@code Perempuan} or {@code L}/{@code P};
 *   <li>{@code Tingkat - Rombel} as {@code Kelas <n> - <rombel>}; a bare {@code Kelas <n>} is a
 *       student with a tingkat and <em>no rombel</em>; an empty cell is no tingkat and no rombel;
 *   <li>{@code Status} one of {@link StatusEmis}.
 * </ul>
 *
 * A cell that cannot be read is an {@code INPUT-ROW-UNREADABLE} problem naming file, sheet, Excel
 * row and column, with the value masked for personal data; the row itself is kept with that field
 * empty, never dropped. Empty rows are not data and are skipped.
 *
 * <h2>The model</h2>
 *
 * One student per data row, whatever the status (the export lists inactive students too); its id is
 * {@code emis:<sheet>!<row>} (Excel row number), so a finding points at the row. One class rombel
 * ({@link JenisRombel#KELAS}) per distinct tingkat and rombel name, with every student whose cell
 * names it as member. The school's {@code sekolah_id} is {@code emis:<NSM>}, its name {@code
 * Madrasah <NSM>} (the export does not carry it), its status ({@code 1} negeri / {@code 2} swasta)
 * from the NSM when the NSM is valid. Endpoints present: school, students, rombel; no PTK.
 *
 * <p>Thread-safety: stateless; concurrent calls on different files are safe.
 *
 * @since 0.2
 */
public final class EmisExport {
  /** How many rows from the top of a sheet are searched for the header row. */
  public static final int HEADER_SCAN_ROWS = 10;

  /** What {@link id.sinkron.model.Provenance#layout()} starts with. */
  static final String LAYOUT_SOURCE =
      "from third-party importers of the EMIS 4.0 export"
          + " (docs/evidence/emis-madrasah.md); no official template was found";

  private static final Pattern TINGKAT_ROMBEL =
      Pattern.compile("(?i)^kelas\\s*(\\d{1,2})\\s*(?:-\\s*(.*))?$");
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DMY_SLASH =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DMY_DASH =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

  private EmisExport() {}

  /**
   * Reads an EMIS 4.0 student export.
   *
   * @param file the xlsx file
   * @param nsm the madrasah's NSM as the caller gives it (kept even when invalid, so that the BOS
   *     Madrasah rules can report it)
   * @return the snapshot; {@code provenance().source()} is the file's absolute path
   * @throws NullPointerException if an argument is null
   * @throws EmisFormatException if the file is not an Excel workbook or no sheet is an export
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SchoolSnapshot read(Path file, String nsm) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(nsm, "nsm");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toAbsolutePath().toString(), nsm);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an EMIS 4.0 student export from a stream (not closed).
   *
   * @param in the xlsx bytes
   * @param fileName the name used in input problems and {@code provenance().source()}
   * @param nsm the madrasah's NSM as the caller gives it
   * @return the snapshot
   * @throws NullPointerException if an argument is null
   * @throws EmisFormatException if the bytes are not an Excel workbook or no sheet is an export
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static SchoolSnapshot read(InputStream in, String fileName, String nsm) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(nsm, "nsm");
    Workbook wb;
    try {
      InputStream checked = FileMagic.prepareToCheckMagic(in);
      FileMagic magic = FileMagic.valueOf(checked);
      if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
        throw new EmisFormatException(
            fileName
                + " is not an Excel workbook (xlsx), so not an EMIS"
                + " student export: it looks like "
                + looksLike(magic));
      }
      wb = WorkbookFactory.create(checked);
    } catch (EmptyFileException e) {
      throw new EmisFormatException(fileName + " is empty, not an EMIS student export (xlsx)", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (EmisFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // POI signals a damaged or encrypted package with several unchecked types.
      throw new EmisFormatException(
          fileName
              + " cannot be opened as an Excel workbook (xlsx): "
              + e.getClass().getSimpleName(),
          e);
    }
    try (wb) {
      return new Reading(wb, fileName, nsm.strip()).run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String looksLike(FileMagic magic) {
    switch (magic) {
      case HTML:
        return "an HTML page";
      case XML:
        return "an XML file";
      case PDF:
        return "a PDF";
      default:
        return "another kind of file (" + magic + "), e.g. text or JSON; save the export as .xlsx";
    }
  }

  /** One read of one workbook. Not thread-safe. */
  private static final class Reading {
    private final Workbook wb;
    private final String fileName;
    private final String nsm;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<PesertaDidik> students = new ArrayList<>();

    /** Rombel key (tingkat + name) to its members, in first-seen order. */
    private final Map<String, List<AnggotaRombel>> members = new LinkedHashMap<>();

    private final Map<String, ImmutableRombel.Builder> rombel = new LinkedHashMap<>();
    private final List<String> layouts = new ArrayList<>();
    private boolean use1904;

    Reading(Workbook wb, String fileName, String nsm) {
      this.wb = wb;
      this.fileName = fileName;
      this.nsm = nsm;
    }

    SchoolSnapshot run() {
      use1904 = wb instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook x && x.isDate1904();
      int exportSheets = 0;
      for (Sheet sheet : wb) {
        if (readSheet(sheet)) {
          exportSheets++;
        }
      }
      if (exportSheets == 0) {
        throw new EmisFormatException(
            fileName
                + " is an Excel workbook but not an EMIS student export:"
                + " no sheet has a header row with NISN, a name column (Nama Lengkap / Nama Siswa),"
                + " Tingkat - Rombel and Status in its first "
                + HEADER_SCAN_ROWS
                + " rows (sheets: "
                + sheetNames()
                + ")");
      }
      ImmutableSekolah.Builder sekolah =
          ImmutableSekolah.builder().sekolahId("emis:" + nsm).nama("Madrasah " + nsm).nsm(nsm);
      Nsm.tryParse(nsm).ifPresent(n -> sekolah.statusSekolah(n.statusCode()));
      ImmutableSchoolSnapshot.Builder snap =
          ImmutableSchoolSnapshot.builder()
              .sekolah(sekolah.build())
              .pesertaDidik(students)
              .endpoints(
                  EnumSet.of(Endpoint.SEKOLAH, Endpoint.PESERTA_DIDIK, Endpoint.ROMBONGAN_BELAJAR))
              .inputProblems(problems)
              .provenance(
                  ImmutableProvenance.builder()
                      .source(fileName)
                      .system(SourceSystem.EMIS)
                      .layout(
                          "EMIS 4.0 student export, "
                              + String.join("; ", layouts)
                              + "; layout "
                              + LAYOUT_SOURCE)
                      .build());
      rombel.forEach((key, b) -> snap.addRombel(b.anggotaRombel(members.get(key)).build()));
      return snap.build();
    }

    private String sheetNames() {
      List<String> names = new ArrayList<>();
      for (Sheet s : wb) {
        names.add("'" + s.getSheetName() + "'");
      }
      return String.join(", ", names);
    }

    /** Reads one sheet; false when it is not part of the export. */
    private boolean readSheet(Sheet sheet) {
      Map<Column, Integer> cols = null;
      int headerRow = -1;
      int last = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SCAN_ROWS - 1);
      for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last && cols == null; r++) {
        Map<Column, Integer> found = header(sheet.getRow(r));
        if (found.containsKey(Column.NISN) && found.containsKey(Column.NAMA)) {
          cols = found;
          headerRow = r;
        }
      }
      String where = fileName + ", sheet '" + sheet.getSheetName() + "'";
      if (cols == null) {
        if (hasContent(sheet)) {
          problem(
              where,
              -1,
              null,
              null,
              "sheet has content but no header row with NISN and a name"
                  + " column in its first "
                  + HEADER_SCAN_ROWS
                  + " rows: not read");
        }
        return false;
      }
      List<String> missing = new ArrayList<>();
      for (Column c : Column.values()) {
        if (c.required && !cols.containsKey(c)) {
          missing.add(c.header());
        }
      }
      if (!missing.isEmpty()) {
        problem(
            where,
            headerRow,
            null,
            null,
            "header row (Excel row "
                + (headerRow + 1)
                + ") lacks the column(s) "
                + String.join(", ", missing)
                + ": sheet not read");
        return false;
      }
      layouts.add(
          "sheet '"
              + sheet.getSheetName()
              + "': "
              + layoutOf(cols)
              + ", header at row "
              + (headerRow + 1));
      for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row != null && !isBlank(row, cols)) {
          readRow(sheet, where, row, cols);
        }
      }
      return true;
    }

    private static String layoutOf(Map<Column, Integer> cols) {
      boolean all17 = true;
      for (Column c : Column.values()) {
        if (c != Column.UMUR && !cols.containsKey(c)) {
          all17 = false;
        }
      }
      if (all17) {
        return cols.containsKey(Column.UMUR)
            ? "18 columns (with Umur)"
            : "17 columns (without Umur)";
      }
      return cols.size() + " of the 18 known columns";
    }

    private Map<Column, Integer> header(Row row) {
      Map<Column, Integer> found = new EnumMap<>(Column.class);
      if (row == null) {
        return found;
      }
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          Column c = Column.of(cell.getStringCellValue());
          if (c != null) {
            found.putIfAbsent(c, cell.getColumnIndex());
          }
        }
      }
      return found;
    }

    private boolean hasContent(Sheet sheet) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (!formatter.formatCellValue(cell).isBlank()) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether every mapped cell except No is empty (a row numbered but not filled is empty). */
    private boolean isBlank(Row row, Map<Column, Integer> cols) {
      for (Map.Entry<Column, Integer> e : cols.entrySet()) {
        if (e.getKey() != Column.NO && !text(row.getCell(e.getValue())).isEmpty()) {
          return false;
        }
      }
      return true;
    }

    private void readRow(Sheet sheet, String where, Row row, Map<Column, Integer> cols) {
      int r = row.getRowNum();
      String id = "emis:" + sheet.getSheetName() + "!" + (r + 1);
      ImmutablePesertaDidik.Builder pd = ImmutablePesertaDidik.builder().pesertaDidikId(id);
      String nama = text(cell(row, cols, Column.NAMA));
      if (nama.isEmpty()) {
        problem(where, r, Column.NAMA, null, "empty name; the row is kept");
      }
      pd.nama(nama);
      nisn(where, row, cols).ifPresent(pd::nisn);
      nik(where, row, cols).ifPresent(pd::nik);
      optionalText(row, cols, Column.TEMPAT_LAHIR).ifPresent(pd::tempatLahir);
      optionalText(row, cols, Column.NAMA_IBU).ifPresent(pd::namaIbu);
      optionalText(row, cols, Column.NAMA_AYAH).ifPresent(pd::namaAyah);
      tanggalLahir(where, row, cols).ifPresent(pd::tanggalLahir);
      jenisKelamin(where, row, cols).ifPresent(pd::jenisKelamin);
      Optional<StatusEmis> status = status(where, row, cols);
      status.ifPresent(pd::statusEmis);
      String tr = text(cell(row, cols, Column.TINGKAT_ROMBEL));
      if (!tr.isEmpty()) {
        Matcher m = TINGKAT_ROMBEL.matcher(tr);
        int tingkat = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (tingkat < 0 || tingkat > 13) {
          problem(
              where,
              r,
              Column.TINGKAT_ROMBEL,
              tr,
              "not 'Kelas <n> - <rombel>' or 'Kelas <n>' with n 0-13: tingkat and rombel unknown");
        } else {
          pd.tingkatPendidikanId(tingkat);
          String name = m.group(2) == null ? "" : m.group(2).strip();
          if (!name.isEmpty()) {
            String key = tingkat + "\u0000" + name;
            String rombelId = "emis-rombel:" + tingkat + ":" + name;
            rombel.computeIfAbsent(
                key,
                k ->
                    ImmutableRombel.builder()
                        .rombonganBelajarId(rombelId)
                        .nama(name)
                        .tingkatPendidikanId(tingkat)
                        .jenisRombel(JenisRombel.KELAS));
            String anggotaId = "emis-anggota:" + id;
            members
                .computeIfAbsent(key, k -> new ArrayList<>())
                .add(
                    ImmutableAnggotaRombel.builder()
                        .anggotaRombelId(anggotaId)
                        .pesertaDidikId(id)
                        .build());
            pd.rombonganBelajarId(rombelId).namaRombel(name).anggotaRombelId(anggotaId);
          }
        }
      }
      students.add(pd.build());
    }

    private Optional<String> nisn(String where, Row row, Map<Column, Integer> cols) {
      Cell c = cell(row, cols, Column.NISN);
      if (c != null && numeric(c)) {
        Optional<String> digits = integralDigits(where, row, Column.NISN, c);
        // Excel dropped the leading zero(s) of a number: restore them to 10 digits.
        return digits.map(d -> d.length() < 10 ? "0".repeat(10 - d.length()) + d : d);
      }
      String t = stripApostrophe(text(c));
      return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    private Optional<String> nik(String where, Row row, Map<Column, Integer> cols) {
      Cell c = cell(row, cols, Column.NIK);
      if (c != null && numeric(c)) {
        double v = c.getNumericCellValue();
        String shown = v == 0 ? "0" : formatter.formatCellValue(c);
        problem(
            where,
            row.getRowNum(),
            Column.NIK,
            shown,
            "NIK stored as a number: Excel keeps 15"
                + " significant digits, so a 16-digit NIK has lost its last digit; left empty");
        return Optional.empty();
      }
      String t = stripApostrophe(text(c));
      return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    private Optional<String> integralDigits(String where, Row row, Column col, Cell c) {
      double v = c.getNumericCellValue();
      if (v < 0 || v != Math.rint(v) || v >= 1e15) {
        problem(
            where,
            row.getRowNum(),
            col,
            formatter.formatCellValue(c),
            "a number that is not a whole identifier; left empty");
        return Optional.empty();
      }
      return Optional.of(Long.toString((long) v));
    }

    private Optional<LocalDate> tanggalLahir(String where, Row row, Map<Column, Integer> cols) {
      Cell c = cell(row, cols, Column.TANGGAL_LAHIR);
      if (c == null) {
        return Optional.empty();
      }
      if (numeric(c)) {
        double v = c.getNumericCellValue();
        if (DateUtil.isValidExcelDate(v) && v >= 1) {
          return Optional.of(DateUtil.getLocalDateTime(v, use1904).toLocalDate());
        }
        problem(
            where,
            row.getRowNum(),
            Column.TANGGAL_LAHIR,
            formatter.formatCellValue(c),
            "a number that is not an Excel date; left empty");
        return Optional.empty();
      }
      String t = text(c);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      for (DateTimeFormatter f : List.of(ISO, DMY_SLASH, DMY_DASH)) {
        try {
          return Optional.of(LocalDate.parse(t, f));
        } catch (DateTimeParseException e) {
          // try the next form
        }
      }
      problem(
          where,
          row.getRowNum(),
          Column.TANGGAL_LAHIR,
          t,
          "not a date (YYYY-MM-DD, DD/MM/YYYY or an Excel date); left empty");
      return Optional.empty();
    }

    private Optional<JenisKelamin> jenisKelamin(String where, Row row, Map<Column, Integer> cols) {
      String t = text(cell(row, cols, Column.JENIS_KELAMIN));
      if (t.isEmpty()) {
        return Optional.empty();
      }
      String k = t.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "");
      if (k.equals("l") || k.equals("lakilaki")) {
        return Optional.of(JenisKelamin.L);
      }
      if (k.equals("p") || k.equals("perempuan")) {
        return Optional.of(JenisKelamin.P);
      }
      problem(
          where,
          row.getRowNum(),
          Column.JENIS_KELAMIN,
          t,
          "not Laki-laki/Perempuan or L/P; left empty");
      return Optional.empty();
    }

    private Optional<StatusEmis> status(String where, Row row, Map<Column, Integer> cols) {
      String t = text(cell(row, cols, Column.STATUS));
      Optional<StatusEmis> s = StatusEmis.parse(t);
      if (s.isEmpty()) {
        problem(
            where,
            row.getRowNum(),
            Column.STATUS,
            t,
            t.isEmpty()
                ? "empty status: whether the student is active is unknown"
                : "unknown status (Aktif, Aktif Tanpa Rombel, Tidak Aktif, Lulus, Pindah, Keluar):"
                    + " whether the student is active is unknown");
      }
      return s;
    }

    private Optional<String> optionalText(Row row, Map<Column, Integer> cols, Column col) {
      String t = text(cell(row, cols, col));
      return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    private static Cell cell(Row row, Map<Column, Integer> cols, Column col) {
      Integer i = cols.get(col);
      return i == null ? null : row.getCell(i);
    }

    private static boolean numeric(Cell c) {
      return c.getCellType() == CellType.NUMERIC
          || (c.getCellType() == CellType.FORMULA
              && c.getCachedFormulaResultType() == CellType.NUMERIC);
    }

    /** The cell as text: strings as given, numbers as Excel shows them; stripped; "" for none. */
    private String text(Cell c) {
      if (c == null) {
        return "";
      }
      if (c.getCellType() == CellType.STRING) {
        return c.getStringCellValue().strip();
      }
      return formatter.formatCellValue(c).strip();
    }

    private static String stripApostrophe(String t) {
      String s = t;
      while (s.startsWith("'") || s.startsWith("\u2019") || s.startsWith("`")) {
        s = s.substring(1).strip();
      }
      return s;
    }

    private void problem(String where, int row, Column col, String value, String detail) {
      ImmutableInputProblem.Builder b =
          ImmutableInputProblem.builder()
              .code(InputProblemCode.ROW_UNREADABLE)
              .endpoint(Endpoint.PESERTA_DIDIK)
              .file(where);
      StringBuilder d = new StringBuilder();
      if (row >= 0) {
        b.row(row);
        d.append("Excel row ").append(row + 1);
      }
      if (col != null) {
        b.field(col.header());
        d.append(d.length() > 0 ? ", " : "").append("column ").append(col.header());
      }
      if (value != null) {
        b.value(mask(col, value));
      }
      problems.add(b.detail(d.length() > 0 ? d + ": " + detail : detail).build());
    }

    /** Identifiers, birth dates and names are personal data: masked; other values kept. */
    private static String mask(Column col, String value) {
      if (col == null) {
        return value;
      }
      switch (col) {
        case NISN:
        case NIK:
        case KIP:
        case TANGGAL_LAHIR:
        case NO_TELEPON:
          return Masking.maskIdentifier(value);
        case NAMA:
        case NAMA_AYAH:
        case NAMA_IBU:
        case NAMA_WALI:
        case TEMPAT_LAHIR:
        case ALAMAT:
          return Masking.maskName(value);
        default:
          return value.length() > 60 ? value.substring(0, 60) + "…" : value;
      }
    }
  }
}
