package id.sinkron.model;

import java.util.Objects;

/** Shared parsing of Dapodik code ids (numbers or strings, {@code ""}/{@code "-"} empty). */
final class CodeSupport {
  private CodeSupport() {}

  static String requireId(String id, String what) {
    Objects.requireNonNull(id, what);
    String t = id.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return t;
  }

  /** The id as an int, or -1 when it is not a plain non-negative integer. */
  static int asInt(String id) {
    int n = id.length();
    if (n == 0 || n > 9) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
