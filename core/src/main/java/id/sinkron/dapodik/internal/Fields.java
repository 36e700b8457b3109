package id.sinkron.dapodik.internal;

import id.sinkron.model.SemesterId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Converts the text of one row's fields into model values, collecting what cannot be converted. One
 * instance per row; {@link #nested} gives a view for an element of a nested list sharing the
 * errors.
 *
 * <p>Value classes (DESIGN.md §4, RULES.md): <b>ids, codes and identifiers</b> are trimmed and
 * {@code ""}/{@code "-"} mean empty; codes also read {@code "4.00"} as {@code "4"}; <b>names and
 * free text</b> are kept exactly as given ({@code null} is empty); integers accept {@code 4},
 * {@code "4"}, {@code "4.00"}; dates are {@code YYYY-MM-DD}, optionally followed by a time.
 */
final class Fields {
  /** A field that could not be converted. */
  record Error(String field, String value, String detail) {}

  private final String prefix;
  private final List<Error> errors;

  Fields() {
    this("", new ArrayList<>(2));
  }

  private Fields(String prefix, List<Error> errors) {
    this.prefix = prefix;
    this.errors = errors;
  }

  /**
   * @return a view for element {@code index} of the nested list {@code list}, sharing the error
   *     list
   */
  Fields nested(String list, int index) {
    return new Fields(prefix + list + "[" + index + "].", errors);
  }

  /**
   * @return a view for the nested object {@code name}
   */
  Fields nested(String name) {
    return new Fields(prefix + name + ".", errors);
  }

  boolean ok() {
    return errors.isEmpty();
  }

  List<Error> errors() {
    return errors;
  }

  void error(String field, String value, String detail) {
    errors.add(new Error(prefix + field, value, detail));
  }

  /** Trimmed; {@code ""} and {@code "-"} are empty. */
  static Optional<String> id(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String t = raw.strip();
    if (t.isEmpty() || t.equals("-")) {
      return Optional.empty();
    }
    return Optional.of(t);
  }

  /** Like {@link #id} and {@code "4.00"} → {@code "4"}. */
  static Optional<String> code(String raw) {
    Optional<String> id = id(raw);
    if (id.isEmpty()) {
      return id;
    }
    String t = id.get();
    int dot = t.indexOf('.');
    if (dot > 0 && allDigits(t, 0, dot) && allZeros(t, dot + 1)) {
      return Optional.of(t.substring(0, dot));
    }
    return id;
  }

  /** Names and free text: exactly as given; null is empty. */
  static Optional<String> text(String raw) {
    return Optional.ofNullable(raw);
  }

  /** A required id: records an error and returns {@code ""} when empty. */
  String requiredId(String field, String raw) {
    Optional<String> id = id(raw);
    if (id.isEmpty()) {
      error(field, raw == null ? "" : raw, "required id is empty");
      return "";
    }
    return id.get();
  }

  Optional<Integer> integer(String field, String raw) {
    Optional<Long> v = longValue(field, raw);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    long l = v.get();
    if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
      error(field, raw, "integer out of range");
      return Optional.empty();
    }
    return Optional.of((int) l);
  }

  Optional<Long> longValue(String field, String raw) {
    Optional<String> c = code(raw);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    String t = c.get();
    int start = t.charAt(0) == '-' ? 1 : 0;
    if (t.length() == start || t.length() - start > 18 || !allDigits(t, start, t.length())) {
      error(field, raw, "not a whole number");
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(t));
  }

  Optional<LocalDate> date(String field, String raw) {
    Optional<String> id = id(raw);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    String t = id.get();
    if (t.length() < 10
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || !allDigits(t, 0, 4)
        || !allDigits(t, 5, 7)
        || !allDigits(t, 8, 10)
        || (t.length() > 10 && t.charAt(10) != ' ' && t.charAt(10) != 'T')) {
      error(field, raw, "not a date (YYYY-MM-DD)");
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(t, 0, 4, 10),
              Integer.parseInt(t, 5, 7, 10),
              Integer.parseInt(t, 8, 10, 10)));
    } catch (DateTimeException e) {
      error(field, raw, "not a real date");
      return Optional.empty();
    }
  }

  /**
   * A yes/no flag: {@code true/false}, {@code 1/0}, {@code Ya/Tidak} (any case).
   *
   * @return empty when absent or empty
   */
  Optional<Boolean> flag(String field, String raw) {
    Optional<String> id = id(raw);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    String t = id.get();
    if (t.equals("1")
        || t.equalsIgnoreCase("true")
        || t.equalsIgnoreCase("ya")
        || t.equalsIgnoreCase("y")) {
      return Optional.of(true);
    }
    if (t.equals("0")
        || t.equalsIgnoreCase("false")
        || t.equalsIgnoreCase("tidak")
        || t.equalsIgnoreCase("t")) {
      return Optional.of(false);
    }
    error(field, raw, "not a yes/no value");
    return Optional.empty();
  }

  Optional<SemesterId> semester(String field, String raw) {
    Optional<String> c = code(raw);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    Optional<SemesterId> s = SemesterId.tryParse(c.get());
    if (s.isEmpty()) {
      error(field, raw, "not a semester id (YYYY1 or YYYY2)");
    }
    return s;
  }

  private static boolean allDigits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean allZeros(String s, int from) {
    if (from >= s.length()) {
      return false;
    }
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }
}
