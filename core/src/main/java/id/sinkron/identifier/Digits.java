package id.sinkron.identifier;

import java.util.List;

/**
 * Shared digit loops of the identifier types: normalisation, structural checks, placeholders and
 * problem lists encoded as bit masks (bit {@code ordinal()} of {@link IdentifierProblem}), so that
 * the valid path allocates nothing. No regular expressions. Package-private; thread-safe.
 */
final class Digits {
  private Digits() {}

  static final int EMPTY = bit(IdentifierProblem.EMPTY);
  static final int NOT_DIGITS = bit(IdentifierProblem.NOT_DIGITS);
  static final int WRONG_LENGTH = bit(IdentifierProblem.WRONG_LENGTH);
  static final int PLACEHOLDER = bit(IdentifierProblem.PLACEHOLDER);
  static final int UNKNOWN_PROVINCE = bit(IdentifierProblem.UNKNOWN_PROVINCE);
  static final int BAD_DATE = bit(IdentifierProblem.BAD_DATE);
  static final int BAD_TMT = bit(IdentifierProblem.BAD_TMT);
  static final int BAD_SEX_DIGIT = bit(IdentifierProblem.BAD_SEX_DIGIT);
  static final int ZERO_SERIAL = bit(IdentifierProblem.ZERO_SERIAL);
  static final int SEVEN_ZEROS = bit(IdentifierProblem.SEVEN_ZEROS);
  static final int BAD_CHECKSUM = bit(IdentifierProblem.BAD_CHECKSUM);
  static final int WRONG_FORM = bit(IdentifierProblem.WRONG_FORM);
  static final int UNKNOWN_TYPE = bit(IdentifierProblem.UNKNOWN_TYPE);
  static final int UNKNOWN_STATUS = bit(IdentifierProblem.UNKNOWN_STATUS);

  private static final IdentifierProblem[] PROBLEMS = IdentifierProblem.values();

  /** One shared immutable list per single problem; index 0 unused. */
  @SuppressWarnings("unchecked")
  private static final List<IdentifierProblem>[] SINGLE = new List[PROBLEMS.length];

  static {
    if (PROBLEMS.length > 31) {
      throw new AssertionError("IdentifierProblem no longer fits an int mask");
    }
    for (IdentifierProblem p : PROBLEMS) {
      SINGLE[p.ordinal()] = List.of(p);
    }
  }

  static int bit(IdentifierProblem p) {
    return 1 << p.ordinal();
  }

  /**
   * The problems of a mask as an immutable list in enum order; the shared {@code List.of()} for 0.
   */
  static List<IdentifierProblem> toList(int mask) {
    if (mask == 0) {
      return List.of();
    }
    if (Integer.bitCount(mask) == 1) {
      return SINGLE[Integer.numberOfTrailingZeros(mask)];
    }
    IdentifierProblem[] out = new IdentifierProblem[Integer.bitCount(mask)];
    int n = 0;
    for (IdentifierProblem p : PROBLEMS) {
      if ((mask & bit(p)) != 0) {
        out[n++] = p;
      }
    }
    return List.of(out);
  }

  /** Whether a character is removed by normalisation: whitespace, dot, or a dash. */
  static boolean isSeparator(char c) {
    if (c == ' ' || c == '.' || c == '-') {
      return true;
    }
    if (c < 128) {
      return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.DASH_PUNCTUATION;
  }

  /**
   * Removes spaces (any whitespace, including no-break space), dots and dashes; keeps every other
   * character. Returns {@code raw} itself when there is nothing to remove, {@code ""} for null.
   */
  static String normalize(String raw) {
    if (raw == null) {
      return "";
    }
    int n = raw.length();
    int i = 0;
    while (i < n && !isSeparator(raw.charAt(i))) {
      i++;
    }
    if (i == n) {
      return raw;
    }
    StringBuilder b = new StringBuilder(n - 1);
    b.append(raw, 0, i);
    for (i++; i < n; i++) {
      char c = raw.charAt(i);
      if (!isSeparator(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Checks emptiness, the {@code NULL} text, digits only, the length and the placeholder patterns
   * of a normalised value. Returns 0 when the value is a plausible digit string of an accepted
   * length.
   */
  static int structure(String s, int minLength, int maxLength) {
    int n = s.length();
    if (n == 0) {
      return EMPTY;
    }
    if (n == 4 && s.equalsIgnoreCase("NULL")) {
      return PLACEHOLDER;
    }
    int mask = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        mask = NOT_DIGITS;
        break;
      }
    }
    if (n < minLength || n > maxLength) {
      mask |= WRONG_LENGTH;
    }
    if (mask == 0 && isPlaceholder(s)) {
      mask = PLACEHOLDER;
    }
    return mask;
  }

  /** One digit repeated, or each digit one more than the previous (9 wraps to 0). */
  static boolean isPlaceholder(String s) {
    return isPlaceholder(s, s.length());
  }

  /** {@link #isPlaceholder(String)} over the first {@code length} characters of {@code s}. */
  static boolean isPlaceholder(String s, int length) {
    char first = s.charAt(0);
    boolean same = true;
    boolean ascending = true;
    char prev = first;
    for (int i = 1; i < length && (same || ascending); i++) {
      char c = s.charAt(i);
      same &= c == first;
      ascending &= c == (prev == '9' ? '0' : (char) (prev + 1));
      prev = c;
    }
    return same || ascending;
  }

  /** The digit at {@code i} as an int; the caller has checked it is a digit. */
  static int digit(String s, int i) {
    return s.charAt(i) - '0';
  }

  /** The number formed by {@code count} digits from {@code from}. */
  static int number(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /** Whether {@code s} contains {@code run} consecutive {@code '0'}. */
  static boolean hasZeroRun(String s, int run) {
    int zeros = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '0') {
        if (++zeros >= run) {
          return true;
        }
      } else {
        zeros = 0;
      }
    }
    return false;
  }

  /**
   * Luhn (mod 10) check over the first {@code count} digits; the last of them is the check digit.
   */
  static boolean luhn(String s, int count) {
    int sum = 0;
    boolean twice = false;
    for (int i = count - 1; i >= 0; i--) {
      int d = s.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** Days in a month of a given year (month 1–12). */
  static int daysInMonth(int month, boolean leap) {
    switch (month) {
      case 2:
        return leap ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Whether year-month-day is a real date (month and day ranges included). */
  static boolean isDate(int year, int month, int day) {
    return month >= 1
        && month <= 12
        && day >= 1
        && day <= daysInMonth(month, java.time.Year.isLeap(year));
  }
}
