package id.sinkron.dapodikgate;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.check.Application;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every code has a message and a fix in both bundles, both bundles have the same keys, every
 * pattern parses, every key the sources use exists, every code has a basis, and the codes are
 * exactly RULES.md's "Dapodik sync gate" table.
 */
class CompletenessTest {
  static final String[] BUNDLES = {
    "/id/sinkron/dapodikgate/messages.properties", "/id/sinkron/dapodikgate/messages_en.properties"
  };

  static final List<String> RULES_MD_CODES =
      List.of(
          "DAPODIK-VALIDATION-INVALID",
          "DAPODIK-VALIDATION-WARNING",
          "DAPODIK-VALIDATION-UNCLASSIFIED",
          "DAPODIK-ROMBEL-RATIO",
          "DAPODIK-KS-ROLE",
          "DAPODIK-LAST-SYNC-FAILED",
          "DAPODIK-PENDING-CHANGES",
          "DAPODIK-EDITED-OUTSIDE-APP",
          "DAPODIK-NAME-CONTROL-CHARS",
          "DAPODIK-NAME-DIGITS",
          "DAPODIK-NAMA-IBU-INVALID",
          "DAPODIK-PNS-KEPEGAWAIAN-INCOMPLETE");

  static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CompletenessTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(in);
    }
    return p;
  }

  @Test
  void codesAreExactlyTheRulesMdTableAndEachHasABasis() {
    assertThat(new DapodikGateValidator().codes())
        .extracting(DapodikGateCode::code)
        .containsExactlyInAnyOrderElementsOf(RULES_MD_CODES);
    for (DapodikGateCode c : DapodikGateCode.values()) {
      assertThat(c.application()).isEqualTo(Application.DAPODIK);
      assertThat(c.basis()).as(c.code()).isNotNull();
      assertThat(c.basis().citation()).as(c.code()).isNotBlank();
      assertThat(c.reference()).as(c.code()).isNotBlank();
    }
  }

  @Test
  void bundlesAreComplete() throws IOException {
    Properties id = load(BUNDLES[0]);
    Properties en = load(BUNDLES[1]);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(en.stringPropertyNames()).as("same keys").isEqualTo(id.stringPropertyNames());
    for (Properties p : List.of(id, en)) {
      for (DapodikGateCode c : DapodikGateCode.values()) {
        soft.assertThat(p.getProperty(c.messageKey())).as(c.messageKey()).isNotBlank();
        soft.assertThat(p.getProperty(c.messageKey() + ".fix"))
            .as(c.messageKey() + ".fix")
            .isNotBlank();
      }
      for (Application a : Application.values()) {
        soft.assertThat(p.getProperty("dapodik.app." + a.name())).as("app " + a).isNotBlank();
      }
      for (String key : p.stringPropertyNames()) {
        soft.assertThatCode(() -> new MessageFormat(p.getProperty(key), Locale.ROOT))
            .as(key)
            .doesNotThrowAnyException();
      }
    }
    soft.assertAll();
  }

  @Test
  void everyKeyTheSourcesUseExists() throws IOException {
    Properties id = load(BUNDLES[0]);
    Pattern literal = Pattern.compile("\"(dapodik\\.[a-z.]+)\"");
    Set<String> used = new HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
        Matcher m = literal.matcher(Files.readString(f));
        while (m.find()) {
          if (!m.group(1).endsWith(".")) {
            used.add(m.group(1));
          }
        }
      }
    }
    used.remove("dapodik.kinds"); // the system property name, not a message
    assertThat(used).hasSizeGreaterThan(20);
    assertThat(id.stringPropertyNames()).containsAll(used);
  }
}
