package id.sinkron.gtk;

import id.sinkron.model.Jenjang;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which subjects ({@code mata_pelajaran_id}) are linear with a certification field ({@code
 * bidang_studi_sertifikasi}, e.g. {@code 180} Matematika) — the reference data behind {@code
 * GTK-NOT-LINEAR} (Permendikbud 46/2016). The official annex is not available in machine-readable
 * form, so the bundled table ({@link #bundled()}, resource {@code id/sinkron/gtk/linearity.tsv}) is
 * Sinkron's own, built from {@code reference/linearity_seed.tsv} and extended row by row with the
 * source named in its {@code source} column. Callers can supply their own ({@link #fromTsv}).
 *
 * <p>A field missing from the table means linearity cannot be evaluated for that teacher; it never
 * means "not linear".
 *
 * <p>TSV format: UTF-8, a header line, tab-separated; {@code #} starts a comment line. Columns by
 * header name: {@code bidang_studi_sertifikasi} and {@code mata_pelajaran_id} (required), {@code
 * nama_bidang_studi}, {@code nama_mata_pelajaran}, {@code jenjang} (empty = every school level;
 * otherwise a {@link Jenjang} name such as {@code SD}: the pair is linear only at that level) and
 * {@code source} (optional). The seed file's four columns are accepted as they are.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LinearityTable {
  /** Classpath resource of the bundled table. */
  public static final String BUNDLED_RESOURCE = "/id/sinkron/gtk/linearity.tsv";

  /**
   * One linear pair.
   *
   * @param field the certification field code, normalised ({@link #normalizeField})
   * @param fieldName the field's name (may be empty)
   * @param mataPelajaranId the linear subject
   * @param mataPelajaranName the subject's name (may be empty)
   * @param jenjang the only school level where the pair holds; empty for every level
   * @param source where the pair comes from (may be empty)
   * @since 0.1
   */
  public record Entry(
      String field,
      String fieldName,
      String mataPelajaranId,
      String mataPelajaranName,
      Optional<Jenjang> jenjang,
      String source) {
    /**
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if field or mataPelajaranId is blank
     */
    public Entry {
      field = normalizeField(Objects.requireNonNull(field, "field"));
      Objects.requireNonNull(fieldName, "fieldName");
      mataPelajaranId = Objects.requireNonNull(mataPelajaranId, "mataPelajaranId").strip();
      Objects.requireNonNull(mataPelajaranName, "mataPelajaranName");
      Objects.requireNonNull(jenjang, "jenjang");
      Objects.requireNonNull(source, "source");
      if (field.isEmpty() || mataPelajaranId.isEmpty()) {
        throw new IllegalArgumentException("field and mata_pelajaran_id must not be blank");
      }
    }

    /**
     * @return whether the pair holds at a school of {@code level}
     */
    public boolean appliesTo(Jenjang level) {
      return jenjang.isEmpty() || jenjang.get() == level;
    }
  }

  private static final class Bundled {
    static final LinearityTable TABLE = loadBundled();
  }

  private final List<Entry> entries;
  private final Map<String, List<Entry>> byField;

  private LinearityTable(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<Entry>> m = new LinkedHashMap<>();
    for (Entry e : this.entries) {
      m.computeIfAbsent(e.field(), k -> new ArrayList<>()).add(e);
    }
    Map<String, List<Entry>> frozen = new HashMap<>();
    m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.byField = Collections.unmodifiableMap(frozen);
  }

  /**
   * @return the table bundled with Sinkron (loaded once)
   */
  public static LinearityTable bundled() {
    return Bundled.TABLE;
  }

  /**
   * @param entries the linear pairs
   * @return a table holding exactly these pairs
   * @throws NullPointerException if entries or an element is null
   */
  public static LinearityTable of(Collection<Entry> entries) {
    for (Entry e : Objects.requireNonNull(entries, "entries")) {
      Objects.requireNonNull(e, "entry");
    }
    return new LinearityTable(new ArrayList<>(entries));
  }

  /**
   * Reads a table in the TSV format described above. The stream is read to its end, not closed.
   *
   * @throws NullPointerException if tsv is null
   * @throws UncheckedIOException when the stream cannot be read
   * @throws IllegalArgumentException when the header lacks a required column, a row lacks a field
   *     code or subject id, or a {@code jenjang} value is not a {@link Jenjang} name (the message
   *     names the line)
   */
  public static LinearityTable fromTsv(InputStream tsv) {
    Objects.requireNonNull(tsv, "tsv");
    BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
    List<Entry> out = new ArrayList<>();
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
        out.add(row(cells, cols, lineNo));
      }
      if (cols == null) {
        throw new IllegalArgumentException("Linearity table has no header line");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read linearity table: " + e.getMessage(), e);
    }
    return new LinearityTable(out);
  }

  private static Map<String, Integer> header(String[] cells, int lineNo) {
    Map<String, Integer> cols = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      cols.putIfAbsent(cells[i].strip().toLowerCase(Locale.ROOT), i);
    }
    for (String required : List.of("bidang_studi_sertifikasi", "mata_pelajaran_id")) {
      if (!cols.containsKey(required)) {
        throw new IllegalArgumentException(
            "Linearity table line " + lineNo + ": header lacks column " + required);
      }
    }
    return cols;
  }

  private static Entry row(String[] cells, Map<String, Integer> cols, int lineNo) {
    String field = cell(cells, cols, "bidang_studi_sertifikasi");
    String mapel = cell(cells, cols, "mata_pelajaran_id");
    if (field.isEmpty() || mapel.isEmpty()) {
      throw new IllegalArgumentException(
          "Linearity table line "
              + lineNo
              + ": bidang_studi_sertifikasi and mata_pelajaran_id are required");
    }
    String level = cell(cells, cols, "jenjang");
    Optional<Jenjang> jenjang = Optional.empty();
    if (!level.isEmpty()) {
      try {
        jenjang = Optional.of(Jenjang.valueOf(level.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Linearity table line " + lineNo + ": unknown jenjang '" + level + "'", e);
      }
    }
    return new Entry(
        field,
        cell(cells, cols, "nama_bidang_studi"),
        mapel,
        cell(cells, cols, "nama_mata_pelajaran"),
        jenjang,
        cell(cells, cols, "source"));
  }

  private static String cell(String[] cells, Map<String, Integer> cols, String name) {
    Integer i = cols.get(name);
    return i == null || i >= cells.length ? "" : cells[i].strip();
  }

  /**
   * Normalises a certification field code: trimmed; a purely numeric code shorter than three digits
   * is left-padded with zeros ({@code "27"} → {@code "027"}), since codes are three digits and a
   * reader may have lost the leading zero.
   *
   * @param raw the code as given; null gives {@code ""}
   * @return the normalised code
   */
  public static String normalizeField(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() >= 3) {
      return s;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return s;
      }
    }
    return "0".repeat(3 - s.length()) + s;
  }

  /**
   * @return every pair, in table order
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * @return the certification field codes the table knows, in table order
   */
  public Set<String> fields() {
    Set<String> s = new LinkedHashSet<>();
    for (Entry e : entries) {
      s.add(e.field());
    }
    return Collections.unmodifiableSet(s);
  }

  /**
   * @return whether the table has at least one row for {@code field} (normalised first)
   */
  public boolean knows(String field) {
    return byField.containsKey(normalizeField(field));
  }

  /**
   * @param field a certification field code (normalised first)
   * @param mataPelajaranId the subject taught
   * @param jenjang the school's level
   * @return whether teaching that subject at a school of that level is linear with the field; false
   *     when the field is unknown (check {@link #knows} first)
   */
  public boolean isLinear(String field, String mataPelajaranId, Jenjang jenjang) {
    List<Entry> rows = byField.get(normalizeField(field));
    if (rows == null || mataPelajaranId == null) {
      return false;
    }
    String mapel = mataPelajaranId.strip();
    for (Entry e : rows) {
      if (e.mataPelajaranId().equals(mapel) && e.appliesTo(jenjang)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return the subjects linear with {@code field} at a school of {@code jenjang}, in table order
   */
  public Set<String> linearSubjects(String field, Jenjang jenjang) {
    Set<String> s = new LinkedHashSet<>();
    for (Entry e : byField.getOrDefault(normalizeField(field), List.of())) {
      if (e.appliesTo(jenjang)) {
        s.add(e.mataPelajaranId());
      }
    }
    return Collections.unmodifiableSet(s);
  }

  /**
   * @param fields certification field codes of one teacher (normalised first)
   * @return whether the table knows every one of them (false for an empty collection)
   */
  public boolean knowsAll(Collection<String> fields) {
    if (fields.isEmpty()) {
      return false;
    }
    for (String f : fields) {
      if (!knows(f)) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param load a teacher's load
   * @param fields the teacher's certification field codes
   * @param jenjang the school's level
   * @return the teacher's counted teaching hours in subjects linear with any of the fields, capped
   *     at the profile's maximum
   */
  public int linearTeachingJtm(BebanKerja load, Collection<String> fields, Jenjang jenjang) {
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(fields, "fields");
    return load.linearTeachingJtm(
        mapel -> {
          for (String f : fields) {
            if (isLinear(f, mapel, jenjang)) {
              return true;
            }
          }
          return false;
        });
  }

  private static LinearityTable loadBundled() {
    try (InputStream in = LinearityTable.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Bundled linearity table missing: " + BUNDLED_RESOURCE);
      }
      return fromTsv(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "LinearityTable[fields=" + byField.size() + ", entries=" + entries.size() + "]";
  }
}
