package id.sinkron.gtk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The curriculum allocation: the most weekly hours ({@code jumlah_jam_maksimum}) one rombel may
 * have of a {@code mata_pelajaran_id} at a {@code tingkat_pendidikan_id} under a {@code
 * kurikulum_id} (Dapodik's curriculum structure, {@code ref.mata_pelajaran_kurikulum}) — the
 * reference data behind {@code GTK-HOURS-ABOVE-CURRICULUM}: hours above it are not recognised by
 * Info GTK.
 *
 * <p>The bundled table ({@link #bundled()}, resource {@code
 * id/sinkron/gtk/curriculum_allocation.tsv}) holds every Kurikulum Merdeka structure of {@code
 * reference/mata_pelajaran_kurikulum_merdeka.tsv} and the Kurikulum 2013 structures (every
 * curriculum named "… 2013") of the same public copy (e-Rapor SMK's mirror of Dapodik's table, 2022
 * data); the file's header comment names the commit. Callers can supply their own through the check
 * options: {@code CheckOptions.builder().putExtras(CurriculumTable.class,
 * CurriculumTable.fromTsv(in))}.
 *
 * <p>A kurikulum, or a (mapel, tingkat) of a known kurikulum, missing from the table means the rule
 * cannot judge those hours (NOT_EVALUATED); it never means "no hours allowed". A row with maximum 0
 * counts as missing.
 *
 * <p>TSV format: UTF-8, a header line, tab-separated, {@code #} starts a comment line. Required
 * columns by header name: {@code kurikulum_id}, {@code mata_pelajaran_id}, {@code
 * tingkat_pendidikan_id}, {@code jumlah_jam_maksimum}; others are ignored (so the Dapodik/e-Rapor
 * export with all its columns is read as it is). A bad row fails with the line number and the
 * column.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class CurriculumTable {
  /** Classpath resource of the bundled table. */
  public static final String BUNDLED_RESOURCE = "/id/sinkron/gtk/curriculum_allocation.tsv";

  /**
   * One allocation.
   *
   * @param kurikulumId Dapodik {@code kurikulum_id}
   * @param mataPelajaranId the subject
   * @param tingkat {@code tingkat_pendidikan_id} (1–13)
   * @param maxJtm {@code jumlah_jam_maksimum}: the most weekly hours a rombel may have of the
   *     subject
   * @since 0.2
   */
  public record Entry(String kurikulumId, String mataPelajaranId, int tingkat, int maxJtm) {
    /**
     * @throws NullPointerException if an id is null
     * @throws IllegalArgumentException if an id is blank or maxJtm is negative
     */
    public Entry {
      kurikulumId = Objects.requireNonNull(kurikulumId, "kurikulumId").strip();
      mataPelajaranId = Objects.requireNonNull(mataPelajaranId, "mataPelajaranId").strip();
      if (kurikulumId.isEmpty() || mataPelajaranId.isEmpty()) {
        throw new IllegalArgumentException("kurikulum_id and mata_pelajaran_id must not be blank");
      }
      if (maxJtm < 0) {
        throw new IllegalArgumentException("jumlah_jam_maksimum must not be negative: " + maxJtm);
      }
    }
  }

  private static final class Bundled {
    static final CurriculumTable TABLE = loadBundled();
  }

  private final Map<String, Integer> allocation;
  private final Set<String> kurikulum;
  private final int size;

  private CurriculumTable(Collection<Entry> entries) {
    Map<String, Integer> m = new HashMap<>();
    Set<String> k = new HashSet<>();
    for (Entry e : entries) {
      k.add(e.kurikulumId());
      if (e.maxJtm() > 0) {
        m.merge(key(e.kurikulumId(), e.mataPelajaranId(), e.tingkat()), e.maxJtm(), Math::max);
      }
    }
    this.allocation = Map.copyOf(m);
    this.kurikulum = Set.copyOf(k);
    this.size = entries.size();
  }

  /**
   * @return the bundled table (Kurikulum Merdeka and Kurikulum 2013 structures), loaded once
   */
  public static CurriculumTable bundled() {
    return Bundled.TABLE;
  }

  /**
   * @param entries the allocations (a key given twice keeps the larger maximum)
   * @return a table of exactly these entries
   * @throws NullPointerException if entries or an entry is null
   */
  public static CurriculumTable of(Collection<Entry> entries) {
    for (Entry e : Objects.requireNonNull(entries, "entries")) {
      Objects.requireNonNull(e, "entry");
    }
    return new CurriculumTable(List.copyOf(entries));
  }

  /**
   * Reads a table in the TSV format above; the stream is read to the end, not closed.
   *
   * @param tsv the table
   * @return the table
   * @throws IllegalArgumentException on a missing column or a bad row, naming the line and column
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static CurriculumTable fromTsv(InputStream tsv) {
    Objects.requireNonNull(tsv, "tsv");
    BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
    List<Entry> out = new java.util.ArrayList<>();
    try {
      Map<String, Integer> cols = null;
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cols == null) {
          cols = header(cells, lineNo);
          continue;
        }
        out.add(
            new Entry(
                cell(cells, cols, "kurikulum_id", lineNo),
                cell(cells, cols, "mata_pelajaran_id", lineNo),
                number(cells, cols, "tingkat_pendidikan_id", lineNo),
                number(cells, cols, "jumlah_jam_maksimum", lineNo)));
      }
      if (cols == null) {
        throw new IllegalArgumentException("Curriculum table has no header line");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read curriculum table: " + e.getMessage(), e);
    }
    return new CurriculumTable(out);
  }

  private static final List<String> REQUIRED =
      List.of("kurikulum_id", "mata_pelajaran_id", "tingkat_pendidikan_id", "jumlah_jam_maksimum");

  private static Map<String, Integer> header(String[] cells, int lineNo) {
    Map<String, Integer> cols = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      cols.putIfAbsent(cells[i].strip().toLowerCase(Locale.ROOT), i);
    }
    for (String required : REQUIRED) {
      if (!cols.containsKey(required)) {
        throw new IllegalArgumentException(
            "Curriculum table line " + lineNo + ": header lacks column " + required);
      }
    }
    return cols;
  }

  private static String cell(String[] cells, Map<String, Integer> cols, String name, int lineNo) {
    int i = cols.get(name);
    String v = i >= cells.length ? "" : cells[i].strip();
    if (v.isEmpty()) {
      throw new IllegalArgumentException(
          "Curriculum table line " + lineNo + ": " + name + " is empty");
    }
    return v;
  }

  private static int number(String[] cells, Map<String, Integer> cols, String name, int lineNo) {
    String v = cell(cells, cols, name, lineNo);
    try {
      // the Dapodik export writes "4" or "4.00"
      double d = Double.parseDouble(v);
      if (d < 0 || d != Math.rint(d)) {
        throw new NumberFormatException();
      }
      return (int) d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Curriculum table line " + lineNo + ": " + name + " '" + v + "' is not a whole number",
          e);
    }
  }

  private static CurriculumTable loadBundled() {
    try (InputStream in = CurriculumTable.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Bundled curriculum table missing: " + BUNDLED_RESOURCE);
      }
      return fromTsv(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(String kurikulumId, String mataPelajaranId, int tingkat) {
    return kurikulumId + '|' + mataPelajaranId + '|' + tingkat;
  }

  /**
   * @return whether the table has any row for {@code kurikulumId}
   */
  public boolean knowsKurikulum(String kurikulumId) {
    return kurikulumId != null && kurikulum.contains(kurikulumId.strip());
  }

  /**
   * @return the most weekly hours of the subject in one rombel of that tingkat; empty when the
   *     table has no (non-zero) allocation for it
   */
  public OptionalInt maxJtm(String kurikulumId, String mataPelajaranId, int tingkat) {
    if (kurikulumId == null || mataPelajaranId == null) {
      return OptionalInt.empty();
    }
    Integer v = allocation.get(key(kurikulumId.strip(), mataPelajaranId.strip(), tingkat));
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }

  /**
   * @return how many rows the table was built from
   */
  public int size() {
    return size;
  }

  @Override
  public String toString() {
    return "CurriculumTable["
        + kurikulum.size()
        + " kurikulum, "
        + allocation.size()
        + " allocations]";
  }
}
