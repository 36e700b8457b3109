package id.sinkron.erapor;

import id.sinkron.model.SemesterId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Minimum Dapodik version per tahun ajaran (and optionally per semester), used by {@code
 * ERAPOR-DAPODIK-VERSION}. Each row names its source. The bundled table ({@code
 * id/sinkron/erapor/dapodik-versions.tsv}) holds only rows that could be sourced; callers pass
 * their own with {@link #fromTsv(InputStream)} or {@link #of(List)} through the {@code
 * DapodikVersionTable} extra of {@link id.sinkron.check.CheckOptions}.
 *
 * <p><b>Lookup</b> ({@link #minimumFor(SemesterId)}): among the rows of the semester's tahun ajaran
 * that apply to it — a row without semester applies to both, a semester-1 row also to semester 2
 * (Dapodik versions never go back within a tahun ajaran) — the row with the highest version. No row
 * for the tahun ajaran means no minimum is known: the rule is then not evaluated, never guessed.
 *
 * <p><b>TSV format</b>: UTF-8; blank lines and lines starting with {@code #} are skipped; the first
 * other line is the header with (in any order) {@code tahun_ajaran} ({@code 2025/2026} or {@code
 * 2025}), {@code semester} ({@code 1}, {@code 2}, {@code ganjil}, {@code genap} or empty for the
 * whole year), {@code min_version} ({@link DapodikVersion}), {@code evidence} ({@code doc}, {@code
 * press}, {@code inferred} …) and {@code source}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DapodikVersionTable {
  /** Classpath location of the bundled table. */
  public static final String BUNDLED_RESOURCE = "/id/sinkron/erapor/dapodik-versions.tsv";

  /**
   * One row of the table.
   *
   * @param tahunAjaranStart the year the tahun ajaran starts ({@code 2025} for 2025/2026)
   * @param semester 1 (ganjil) or 2 (genap); empty for the whole tahun ajaran
   * @param minimum the minimum Dapodik version
   * @param evidence how good the source is ({@code doc}, {@code press}, {@code inferred})
   * @param source where the row comes from (URL and a short quote or summary)
   * @since 0.1
   */
  public record Row(
      int tahunAjaranStart,
      Optional<Integer> semester,
      DapodikVersion minimum,
      String evidence,
      String source) {
    /**
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the semester is not 1 or 2
     */
    public Row {
      Objects.requireNonNull(semester, "semester");
      Objects.requireNonNull(minimum, "minimum");
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(source, "source");
      if (semester.isPresent() && semester.get() != 1 && semester.get() != 2) {
        throw new IllegalArgumentException("semester must be 1 or 2: " + semester.get());
      }
    }

    /**
     * @return the tahun ajaran as {@code "2025/2026"}
     */
    public String tahunAjaran() {
      return tahunAjaranStart + "/" + (tahunAjaranStart + 1);
    }

    boolean appliesTo(SemesterId s) {
      if (s.tahunAjaranStart() != tahunAjaranStart) {
        return false;
      }
      int sem = s.isGanjil() ? 1 : 2;
      return semester.isEmpty() || semester.get() <= sem;
    }
  }

  private static final class Bundled {
    static final DapodikVersionTable TABLE = load();

    private static DapodikVersionTable load() {
      try (InputStream in = DapodikVersionTable.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + BUNDLED_RESOURCE);
        }
        return fromTsv(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final List<Row> rows;

  private DapodikVersionTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * @return the table bundled with Sinkron (loaded once)
   */
  public static DapodikVersionTable bundled() {
    return Bundled.TABLE;
  }

  /**
   * @param rows the rows
   * @return a table of exactly these rows
   * @throws NullPointerException if rows or a row is null
   */
  public static DapodikVersionTable of(List<Row> rows) {
    return new DapodikVersionTable(rows);
  }

  /**
   * Reads a table in the TSV format described above. The stream is read to its end, not closed.
   *
   * @param in UTF-8 TSV
   * @return the table
   * @throws IOException when reading fails
   * @throws IllegalArgumentException when the header lacks a column or a row is malformed (the
   *     message names the line)
   */
  public static DapodikVersionTable fromTsv(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, Integer> cols = null;
    List<Row> rows = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cols == null) {
        cols = header(cells, n);
        continue;
      }
      rows.add(row(cells, cols, n));
    }
    if (cols == null) {
      throw new IllegalArgumentException("Dapodik version table has no header line");
    }
    return new DapodikVersionTable(rows);
  }

  private static Map<String, Integer> header(String[] cells, int line) {
    Map<String, Integer> cols = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      cols.put(cells[i].strip().toLowerCase(Locale.ROOT), i);
    }
    for (String c : List.of("tahun_ajaran", "semester", "min_version", "evidence", "source")) {
      if (!cols.containsKey(c)) {
        throw new IllegalArgumentException("line " + line + ": header lacks column '" + c + "'");
      }
    }
    return cols;
  }

  private static Row row(String[] cells, Map<String, Integer> cols, int line) {
    try {
      String ta = cell(cells, cols, "tahun_ajaran");
      int slash = ta.indexOf('/');
      int start = Integer.parseInt(slash < 0 ? ta : ta.substring(0, slash).strip());
      if (slash >= 0 && Integer.parseInt(ta.substring(slash + 1).strip()) != start + 1) {
        throw new IllegalArgumentException("tahun_ajaran must be YYYY/YYYY+1: '" + ta + "'");
      }
      String sem = cell(cells, cols, "semester").toLowerCase(Locale.ROOT);
      Optional<Integer> semester;
      switch (sem) {
        case "":
          semester = Optional.empty();
          break;
        case "1":
        case "ganjil":
          semester = Optional.of(1);
          break;
        case "2":
        case "genap":
          semester = Optional.of(2);
          break;
        default:
          throw new IllegalArgumentException(
              "semester must be 1, 2, ganjil, genap or empty: '" + sem + "'");
      }
      DapodikVersion min = DapodikVersion.parse(cell(cells, cols, "min_version"));
      return new Row(
          start, semester, min, cell(cells, cols, "evidence"), cell(cells, cols, "source"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
    }
  }

  private static String cell(String[] cells, Map<String, Integer> cols, String name) {
    int i = cols.get(name);
    return i < cells.length ? cells[i].strip() : "";
  }

  /**
   * @return the rows, in the order given
   */
  public List<Row> rows() {
    return Collections.unmodifiableList(rows);
  }

  /**
   * @param semester the active semester
   * @return the row giving the minimum version for that semester, or empty when the table has no
   *     row for its tahun ajaran
   * @throws NullPointerException if semester is null
   */
  public Optional<Row> minimumFor(SemesterId semester) {
    Objects.requireNonNull(semester, "semester");
    Row best = null;
    for (Row row : rows) {
      if (row.appliesTo(semester)
          && (best == null || row.minimum().compareTo(best.minimum()) > 0)) {
        best = row;
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public String toString() {
    return "DapodikVersionTable[" + rows.size() + " rows]";
  }
}
