package id.sinkron.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/**
 * {@link Messages#load} reads the no-fallback candidate chain by hand (so it also works in named
 * modules): English for English locales, the Indonesian base for everything else, never the JVM
 * default, and English falls back to the base key by key. The build runs with an English default
 * locale, so a request for Indonesian or French proves the default does not leak in. The
 * module-path run itself is in consumer-it (ModulePathMain).
 */
class MessagesLoadTest {
  private static final String BASE = "id.sinkron.check.testmessages";
  private static final ClassLoader LOADER = MessagesLoadTest.class.getClassLoader();

  @Test
  void theJvmDefaultIsEnglishHere() {
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("en");
  }

  @Test
  void englishLocalesReadTheEnglishFile() {
    assertThat(Messages.load(BASE, Locale.ENGLISH, LOADER).format("greeting", "A"))
        .isEqualTo("Hello A");
    assertThat(Messages.load(BASE, Locale.US, LOADER).format("greeting", "A")).isEqualTo("Hello A");
  }

  @Test
  void otherLocalesReadTheBaseFileNotTheJvmDefault() {
    assertThat(Messages.load(BASE, Locale.forLanguageTag("id"), LOADER).format("greeting", "A"))
        .isEqualTo("Halo A");
    assertThat(Messages.load(BASE, Locale.forLanguageTag("id-ID"), LOADER).format("greeting", "A"))
        .isEqualTo("Halo A");
    assertThat(Messages.load(BASE, Locale.FRENCH, LOADER).format("greeting", "A"))
        .isEqualTo("Halo A");
  }

  @Test
  void aKeyMissingInEnglishComesFromTheBase() {
    Messages en = Messages.load(BASE, Locale.ENGLISH, LOADER);
    assertThat(en.has("onlyBase")).isTrue();
    assertThat(en.format("onlyBase")).isEqualTo("hanya dasar");
    assertThat(en.has("absent")).isFalse();
    assertThatThrownBy(() -> en.format("absent")).isInstanceOf(MissingResourceException.class);
  }

  @Test
  void aMissingBundleIsAMissingResourceException() {
    assertThatThrownBy(() -> Messages.load("id.sinkron.check.nosuchbundle", Locale.ENGLISH, LOADER))
        .isInstanceOf(MissingResourceException.class);
  }

  @Test
  void theCoreBundleLoadsInBothLanguages() {
    Messages id = Messages.load("id.sinkron.check.messages", Locale.forLanguageTag("id"), LOADER);
    Messages en = Messages.load("id.sinkron.check.messages", Locale.ENGLISH, LOADER);
    assertThat(id.locale().getLanguage()).isEqualTo("id");
    assertThat(en.locale()).isEqualTo(Locale.ENGLISH);
  }
}
