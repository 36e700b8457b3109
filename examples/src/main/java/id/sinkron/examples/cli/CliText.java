package id.sinkron.examples.cli;

import id.sinkron.check.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The command line's own texts and small formatting helpers (80-column wrapping). */
final class CliText {
  static final int WIDTH = 80;

  private final Messages messages;

  CliText(Locale locale) {
    this.messages =
        Messages.load("id.sinkron.examples.cli.cli", locale, CliText.class.getClassLoader());
  }

  String t(String key, Object... args) {
    return messages.format(key, args);
  }

  Locale locale() {
    return messages.locale();
  }

  /**
   * Wraps {@code text} to {@link #WIDTH} columns; the first line starts with {@code first}, the
   * others with {@code rest}.
   */
  static List<String> wrap(String text, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int lineStart = first.length();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > lineStart && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        lineStart = rest.length();
      }
      if (line.length() > lineStart) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
