package id.sinkron.bosmadrasah;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Every code has a message, a fix and a basis; both bundles have the same keys. */
class CompletenessTest {
  private static Properties load(String name) throws IOException {
    try (InputStream in = CompletenessTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  @Test
  void everyCodeHasMessageFixAndBasisInBothLanguages() throws IOException {
    Properties id = load("/id/sinkron/bosmadrasah/messages.properties");
    Properties en = load("/id/sinkron/bosmadrasah/messages_en.properties");
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(en.stringPropertyNames()).isEqualTo(id.stringPropertyNames());
    for (BosMadrasahCode c : BosMadrasahCode.values()) {
      for (Properties p : new Properties[] {id, en}) {
        soft.assertThat(p.getProperty(c.messageKey())).as(c.messageKey()).isNotBlank();
        soft.assertThat(p.getProperty(c.messageKey() + ".fix")).as(c.messageKey()).isNotBlank();
      }
      soft.assertThat(c.basis().citation()).as(c.code()).contains("emis-madrasah.md");
      soft.assertThat(c.code()).startsWith("BOSM-");
    }
    for (Properties p : new Properties[] {id, en}) {
      for (String key : p.stringPropertyNames()) {
        soft.assertThatCode(() -> new MessageFormat(p.getProperty(key), Locale.ROOT))
            .as(key)
            .doesNotThrowAnyException();
      }
    }
    soft.assertAll();
  }
}
