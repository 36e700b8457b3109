package id.sinkron.examples.cli;

import id.sinkron.Checker;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang}: the language of operator texts, shared by every command that prints them. */
final class LanguageOption {
  @Option(
      names = "--lang",
      defaultValue = "id",
      paramLabel = "LANG",
      description = "Language of messages: id (default) or en.")
  String lang;

  Locale locale() {
    switch (lang.strip().toLowerCase(Locale.ROOT)) {
      case "id":
        return Checker.INDONESIAN;
      case "en":
        return Locale.ENGLISH;
      default:
        throw new IllegalArgumentException("--lang: use id or en, not '" + lang + "'");
    }
  }
}
