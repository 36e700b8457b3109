package id.sinkron.examples.cli;

import id.sinkron.Checker;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What to check and how: the options every checking command shares ({@code demo}, {@code check},
 * {@code check-all}).
 */
final class CheckerOptions {
  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Reference date (YYYY-MM-DD); default today.")
  LocalDate asOf;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "APP",
      description = "Check only these: gtk, erapor, arkas.")
  List<String> only;

  @Option(
      names = "--show-names",
      description = "Show persons' names unmasked (identifiers stay masked).")
  boolean showNames;

  @Mixin LanguageOption language = new LanguageOption();

  /**
   * @param defaultAsOf the reference date without {@code --as-of}; null for today
   */
  Checker checker(LocalDate defaultAsOf) {
    Checker c = Sinkron.checker().locale(locale()).revealNames(showNames);
    LocalDate date = asOf != null ? asOf : defaultAsOf;
    if (date != null) {
      c = c.asOf(date);
    }
    if (only != null && !only.isEmpty()) {
      Application[] apps =
          only.stream()
              .map(
                  s ->
                      Application.fromName(s)
                          .orElseThrow(
                              () ->
                                  new IllegalArgumentException(
                                      "--only: unknown application '"
                                          + s
                                          + "' (use gtk, erapor, arkas)")))
              .toArray(Application[]::new);
      c = c.only(apps);
    }
    return c;
  }

  Locale locale() {
    return language.locale();
  }
}
