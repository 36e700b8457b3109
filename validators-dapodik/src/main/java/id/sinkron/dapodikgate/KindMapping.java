package id.sinkron.dapodikgate;

import id.sinkron.model.DapodikValidationRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Which Dapodik validation kind is <em>invalid</em> and which a <em>warning</em>. Dapodik does not
 * publish it ({@code ref.errortype}'s {@code kategori_error} values, the endpoint's {@code tipe}),
 * so the mapping is data: the bundled {@code validation-kinds.properties} (empty until a real
 * installation shows the values), overlaid by an operator's file. Keys: {@code kategori_error.<n>}
 * and {@code tipe.<n>}; values: {@code INVALID} or {@code WARNING}. {@code kategori_error} wins
 * over {@code tipe}; anything unmapped is {@link ValidationKind#UNCLASSIFIED}.
 *
 * <p>The operator's file is named by the system property {@value #PROPERTY} or the environment
 * variable {@value #ENV} (the property wins), or passed to {@link #withOverrides(Path)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class KindMapping {
  /** System property naming an override file. */
  public static final String PROPERTY = "sinkron.dapodik.kinds";

  /** Environment variable naming an override file. */
  public static final String ENV = "SINKRON_DAPODIK_KINDS";

  private final Map<Integer, ValidationKind> kategori;
  private final Map<Integer, ValidationKind> tipe;
  private final String origin;

  private KindMapping(
      Map<Integer, ValidationKind> kategori, Map<Integer, ValidationKind> tipe, String origin) {
    this.kategori = Collections.unmodifiableMap(new LinkedHashMap<>(kategori));
    this.tipe = Collections.unmodifiableMap(new LinkedHashMap<>(tipe));
    this.origin = origin;
  }

  /**
   * @return the bundled mapping only
   */
  public static KindMapping bundled() {
    try (InputStream in = KindMapping.class.getResourceAsStream("validation-kinds.properties")) {
      return new KindMapping(Map.of(), Map.of(), "bundled")
          .overlay(in, "validation-kinds.properties (bundled)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the bundled mapping overlaid by the file the system property or environment names, if
   *     any
   */
  public static KindMapping fromEnvironment() {
    String f = System.getProperty(PROPERTY);
    if (f == null || f.isBlank()) {
      f = System.getenv(ENV);
    }
    KindMapping m = bundled();
    return f == null || f.isBlank() ? m : m.withOverrides(Path.of(f.strip()));
  }

  /**
   * @return this mapping overlaid by {@code file}
   * @throws IllegalArgumentException if a key or value is not understood (names the file and key)
   * @throws UncheckedIOException if the file cannot be read
   */
  public KindMapping withOverrides(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return overlay(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return this mapping with {@code kategori_error = value} mapped to {@code kind}
   */
  public KindMapping withKategori(int value, ValidationKind kind) {
    Map<Integer, ValidationKind> k = new LinkedHashMap<>(kategori);
    k.put(value, Objects.requireNonNull(kind, "kind"));
    return new KindMapping(k, tipe, origin + " + code");
  }

  /**
   * @return this mapping with the endpoint's {@code tipe = value} mapped to {@code kind}
   */
  public KindMapping withTipe(int value, ValidationKind kind) {
    Map<Integer, ValidationKind> t = new LinkedHashMap<>(tipe);
    t.put(value, Objects.requireNonNull(kind, "kind"));
    return new KindMapping(kategori, t, origin + " + code");
  }

  private KindMapping overlay(InputStream in, String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<Integer, ValidationKind> k = new LinkedHashMap<>(kategori);
    Map<Integer, ValidationKind> t = new LinkedHashMap<>(tipe);
    for (String key : p.stringPropertyNames()) {
      String value = p.getProperty(key).strip().toUpperCase(Locale.ROOT);
      ValidationKind kind;
      if (value.equals("INVALID")) {
        kind = ValidationKind.INVALID;
      } else if (value.equals("WARNING")) {
        kind = ValidationKind.WARNING;
      } else {
        throw new IllegalArgumentException(
            name + ": " + key + " must be INVALID or WARNING, not '" + value + "'");
      }
      int dot = key.lastIndexOf('.');
      Integer n = null;
      try {
        n = dot < 0 ? null : Integer.valueOf(key.substring(dot + 1).strip());
      } catch (NumberFormatException e) {
        n = null;
      }
      String prefix = dot < 0 ? key : key.substring(0, dot);
      if (n == null || !(prefix.equals("kategori_error") || prefix.equals("tipe"))) {
        throw new IllegalArgumentException(
            name + ": key '" + key + "' is not kategori_error.<n> or tipe.<n>");
      }
      (prefix.equals("tipe") ? t : k).put(n, kind);
    }
    return new KindMapping(
        k,
        t,
        origin.equals("bundled") && name.endsWith("(bundled)") ? "bundled" : origin + " + " + name);
  }

  /**
   * @return the kind of {@code row}: by {@code kategori_error}, else by {@code tipe}, else
   *     unclassified
   */
  public ValidationKind kindOf(DapodikValidationRow row) {
    Optional<ValidationKind> k = row.kategoriError().map(kategori::get);
    if (k.isPresent()) {
      return k.get();
    }
    return row.tipe().map(tipe::get).orElse(ValidationKind.UNCLASSIFIED);
  }

  /**
   * @return kategori_error → kind
   */
  public Map<Integer, ValidationKind> kategori() {
    return kategori;
  }

  /**
   * @return tipe → kind
   */
  public Map<Integer, ValidationKind> tipe() {
    return tipe;
  }

  /**
   * @return where the mapping came from (bundled, plus override files)
   */
  public String origin() {
    return origin;
  }

  @Override
  public String toString() {
    return "KindMapping[" + origin + ": kategori_error " + kategori + ", tipe " + tipe + "]";
  }
}
