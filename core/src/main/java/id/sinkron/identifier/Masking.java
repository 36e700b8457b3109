package id.sinkron.identifier;

/**
 * Masks personal data for messages, reports, logs, exceptions and {@code toString()} (UU PDP
 * 27/2022).
 *
 * <p>Identifiers keep their first and last four characters when they are at least 12 long ({@code
 * 3273********0004}), otherwise their first and last two ({@code 00******67}); anything of four
 * characters or fewer is fully masked. Names keep the first letter of each word ({@code B***
 * C*****}). Thread-safe; stateless.
 *
 * @since 0.1
 */
public final class Masking {
  private Masking() {}

  /**
   * Masks an identifier (NIK, NISN, NIP, NUPTK, NRG, …), keeping its length.
   *
   * @param raw the value as given; null gives {@code ""}
   * @return the masked value, never containing more than four of the original characters
   */
  public static String maskIdentifier(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.strip();
    int n = s.length();
    if (n <= 4) {
      return "*".repeat(n);
    }
    int keep = n >= 12 ? 4 : 2;
    StringBuilder b = new StringBuilder(n);
    b.append(s, 0, keep);
    b.append("*".repeat(n - 2 * keep));
    b.append(s, n - keep, n);
    return b.toString();
  }

  /**
   * Masks a person's name: the first letter of each word stays, other letters become {@code *}.
   *
   * @param name the name; null gives {@code ""}
   * @return the masked name
   */
  public static String maskName(String name) {
    if (name == null) {
      return "";
    }
    String s = name.strip();
    StringBuilder b = new StringBuilder(s.length());
    boolean wordStart = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(wordStart ? c : '*');
        wordStart = false;
      } else {
        b.append(c);
        wordStart = true;
      }
    }
    return b.toString();
  }
}
