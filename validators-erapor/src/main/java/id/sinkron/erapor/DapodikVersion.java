package id.sinkron.erapor;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A Dapodik application version in Dapodik's own scheme: the release year, optionally followed by a
 * patch letter — {@code 2024}, {@code 2024.a}, {@code 2025.b}, {@code 2026.c}. The release named
 * {@code YYYY} serves tahun ajaran {@code (YYYY-1)/YYYY}; its patches follow in letter order, so
 * {@code 2026 < 2026.a < 2026.b < 2027}.
 *
 * <p>Parsing is lenient about how operators and files write it: case-insensitive, an optional
 * leading {@code v}, {@code versi} or {@code Dapodik}, and a dot, space, dash or nothing before the
 * letter ({@code "2026.C"}, {@code "2026 C"}, {@code "2026c"}, {@code "Dapodik versi 2026.c"}).
 * Older schemes ({@code 4.1.0}) are not understood.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DapodikVersion implements Comparable<DapodikVersion> {
  private final int year;
  private final char patch;

  private DapodikVersion(int year, char patch) {
    this.year = year;
    this.patch = patch;
  }

  /**
   * @param year the release year, 2000–2999
   * @param patch the patch letter {@code a}–{@code z}, or empty for the base release
   * @return the version
   * @throws IllegalArgumentException when year or letter is out of range
   */
  public static DapodikVersion of(int year, Optional<Character> patch) {
    Objects.requireNonNull(patch, "patch");
    if (year < 2000 || year > 2999) {
      throw new IllegalArgumentException("Dapodik release year out of range: " + year);
    }
    char p = patch.map(c -> Character.toLowerCase(c)).orElse('\0');
    if (p != '\0' && (p < 'a' || p > 'z')) {
      throw new IllegalArgumentException("Dapodik patch must be a letter a-z: " + p);
    }
    return new DapodikVersion(year, p);
  }

  /**
   * @param raw the version as written; may be null
   * @return the version, or empty when {@code raw} is not in Dapodik's year[.letter] scheme
   */
  public static Optional<DapodikVersion> tryParse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip().toLowerCase(Locale.ROOT);
    s = stripPrefix(s, "dapodik");
    s = stripPrefix(s, "versi");
    s = stripPrefix(s, "version");
    if (s.startsWith("v") && s.length() > 1 && Character.isDigit(s.charAt(1))) {
      s = s.substring(1);
    }
    if (s.length() < 4) {
      return Optional.empty();
    }
    int year = 0;
    for (int i = 0; i < 4; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      year = year * 10 + (c - '0');
    }
    if (year < 2000) {
      return Optional.empty();
    }
    String rest = s.substring(4);
    if (rest.isEmpty()) {
      return Optional.of(new DapodikVersion(year, '\0'));
    }
    char first = rest.charAt(0);
    if (first == '.' || first == ' ' || first == '-' || first == '_') {
      rest = rest.substring(1).strip();
    }
    if (rest.length() != 1 || rest.charAt(0) < 'a' || rest.charAt(0) > 'z') {
      return Optional.empty();
    }
    return Optional.of(new DapodikVersion(year, rest.charAt(0)));
  }

  /**
   * @param raw the version as written
   * @return the version
   * @throws IllegalArgumentException when {@code raw} is null or not in Dapodik's year[.letter]
   *     scheme
   */
  public static DapodikVersion parse(String raw) {
    return tryParse(raw)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "not a Dapodik version (expected e.g. 2026 or 2026.c): '" + raw + "'"));
  }

  private static String stripPrefix(String s, String prefix) {
    return s.startsWith(prefix) ? s.substring(prefix.length()).strip() : s;
  }

  /**
   * @return the release year ({@code 2026} for {@code 2026.c})
   */
  public int year() {
    return year;
  }

  /**
   * @return the patch letter in lower case, empty for the base release
   */
  public Optional<Character> patch() {
    return patch == '\0' ? Optional.empty() : Optional.of(patch);
  }

  /**
   * @return whether this version is strictly older than {@code other}
   */
  public boolean isOlderThan(DapodikVersion other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(DapodikVersion o) {
    int c = Integer.compare(year, o.year);
    return c != 0 ? c : Character.compare(patch, o.patch);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DapodikVersion v && v.year == year && v.patch == patch;
  }

  @Override
  public int hashCode() {
    return year * 31 + patch;
  }

  /**
   * @return the canonical form, {@code 2026} or {@code 2026.c}
   */
  @Override
  public String toString() {
    return patch == '\0' ? Integer.toString(year) : year + "." + patch;
  }
}
