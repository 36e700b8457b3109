package id.sinkron.gtk;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.check.Application;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Messages;
import id.sinkron.check.RuleContext;
import id.sinkron.identifier.IdentifierProblem;
import id.sinkron.testing.RuleHarness;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every code has messages and fixes in both bundles, and every code is triggered by the shared
 * fixture.
 */
class CompletenessTest {
  static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CompletenessTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyCodeHasMessageAndFixInBothBundles() throws IOException {
    Properties id = load("/id/sinkron/gtk/messages.properties");
    Properties en = load("/id/sinkron/gtk/messages_en.properties");
    SoftAssertions soft = new SoftAssertions();
    for (GtkCode c : GtkCode.values()) {
      for (String key : new String[] {c.messageKey(), c.messageKey() + ".fix"}) {
        soft.assertThat(id.getProperty(key)).as("id " + key).isNotBlank();
        soft.assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
      }
    }
    // identifier problem texts live once, in core (IdentifierProblem.describe)
    for (IdentifierProblem p : IdentifierProblem.values()) {
      soft.assertThat(p.describe(Locale.forLanguageTag("id"))).as("id " + p).isNotBlank();
      soft.assertThat(p.describe(Locale.ENGLISH)).as("en " + p).isNotBlank();
      soft.assertThat(id.stringPropertyNames())
          .as("no module copy of " + p)
          .noneMatch(k -> k.startsWith("gtk.identifier.problem."));
    }
    for (LoadEvaluation e : LoadEvaluation.values()) {
      if (e != LoadEvaluation.EVALUATED) {
        String key = "gtk.reason.load." + e.name().toLowerCase(Locale.ROOT).replace('_', '.');
        soft.assertThat(id.getProperty(key)).as("id " + key).isNotBlank();
        soft.assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
      }
    }
    soft.assertThat(en.stringPropertyNames())
        .as("same keys in both bundles")
        .containsExactlyInAnyOrderElementsOf(id.stringPropertyNames());
    for (Properties p : new Properties[] {id, en}) {
      for (String key : p.stringPropertyNames()) {
        String v = p.getProperty(key);
        soft.assertThat(v)
            .as("no apostrophe (rendered verbatim without arguments): " + key)
            .doesNotContain("'");
        try {
          new MessageFormat(v, Locale.ROOT);
        } catch (IllegalArgumentException e) {
          soft.fail("bad MessageFormat pattern " + key + ": " + e.getMessage());
        }
      }
    }
    soft.assertAll();
  }

  @Test
  void codesAreUniqueStableAndOfTheApplication() {
    Set<String> codes = new HashSet<>();
    for (GtkCode c : GtkCode.values()) {
      assertThat(codes.add(c.code())).as(c.code()).isTrue();
      assertThat(c.code()).startsWith("GTK-");
      assertThat(c.application()).isEqualTo(Application.INFO_GTK);
      assertThat(GtkCode.of(c.code())).isSameAs(c);
    }
    assertThat(codes).hasSize(GtkCode.values().length).hasSizeGreaterThanOrEqualTo(28);
    assertThat(new InfoGtkValidator().codes()).containsExactly(GtkCode.values());
  }

  @Test
  void everyCodeIsTriggeredByTheSharedFixture() {
    for (Locale locale : new Locale[] {Locale.forLanguageTag("id"), Locale.ENGLISH}) {
      RuleContext ctx =
          RuleHarness.of(InfoGtk.MESSAGES)
              .asOf(TestSchool.AS_OF_2025)
              .locale(locale)
              .context(SmpFixture.build());
      FindingSink out =
          new FindingSink(Messages.load(InfoGtk.MESSAGES, locale, getClass().getClassLoader()));
      new InfoGtkValidator().rules().forEach(r -> r.check(ctx, out));
      Set<String> seen =
          out.findings().stream().map(f -> f.code()).collect(Collectors.toCollection(TreeSet::new));
      assertThat(seen)
          .containsExactlyInAnyOrderElementsOf(
              java.util.Arrays.stream(GtkCode.values()).map(GtkCode::code).toList());
    }
  }
}
