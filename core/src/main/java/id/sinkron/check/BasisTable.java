package id.sinkron.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bases of a module's codes, kept as data beside its messages: a UTF-8 TSV resource with the
 * header {@code code kind label label_id citation} and one row per code. A validator module's
 * {@link FindingCode} enum reads its basis from here, so the evidence behind each rule is reviewed
 * in one table (and a completeness test fails on a code without a row).
 *
 * @since 0.2
 */
public final class BasisTable {
  private final Map<String, Basis> byCode;

  private BasisTable(Map<String, Basis> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  /**
   * Loads a table from the classpath.
   *
   * @param owner a class of the module (its class loader finds the resource)
   * @param resource the absolute resource name, e.g. {@code /id/sinkron/gtk/basis.tsv}
   * @return the table
   * @throws IllegalStateException if the resource is missing or a row is malformed (naming the row)
   */
  public static BasisTable load(Class<?> owner, String resource) {
    Objects.requireNonNull(owner, "owner");
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("basis table " + resource + " not found");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Basis> rows = new HashMap<>();
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (n == 1 || line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length < 5) {
          throw new IllegalStateException(
              resource + " row " + n + ": expected 5 columns, found " + c.length);
        }
        Basis b;
        try {
          b = new Basis(Basis.Kind.valueOf(c[1].strip()), c[2].strip(), c[3].strip(), c[4].strip());
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(resource + " row " + n + ": " + e.getMessage(), e);
        }
        if (rows.put(c[0].strip(), b) != null) {
          throw new IllegalStateException(
              resource + " row " + n + ": duplicate code " + c[0].strip());
        }
      }
      return new BasisTable(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param code a stable code, e.g. {@code GTK-NIK-FORMAT}
   * @return its basis, if the table has a row for it
   */
  public Optional<Basis> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * @param code a stable code
   * @return its basis
   * @throws IllegalStateException if the table has no row for it
   */
  public Basis get(String code) {
    Basis b = byCode.get(code);
    if (b == null) {
      throw new IllegalStateException("no basis for " + code);
    }
    return b;
  }
}
