package id.sinkron.check;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.model.InputProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Core's message bundles: the same keys in both languages, a text for every input problem code. */
class CoreMessagesTest {
  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CoreMessagesTest.class.getResourceAsStream("/id/sinkron/check/" + name)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertThat(load("messages.properties").stringPropertyNames())
        .isEqualTo(load("messages_en.properties").stringPropertyNames());
  }

  @Test
  void everyInputProblemCodeHasATextInBothLanguages() {
    for (Locale l : new Locale[] {Locale.forLanguageTag("id"), Locale.ENGLISH}) {
      Messages m =
          Messages.load("id.sinkron.check.messages", l, CoreMessagesTest.class.getClassLoader());
      for (InputProblemCode c : InputProblemCode.values()) {
        assertThat(m.has(c.messageKey())).as(c + " " + l).isTrue();
        assertThat(m.format(c.messageKey(), "getGtk.json", "why")).as(c + " " + l).contains("why");
      }
    }
  }
}
