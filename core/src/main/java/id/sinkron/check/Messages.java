package id.sinkron.check;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Renders messages from a module's resource bundle. The base file ({@code messages.properties}) is
 * Indonesian, {@code messages_en.properties} English; lookups never fall back to the JVM's default
 * locale, so an English request on an Indonesian machine (or the reverse) gets what it asked for.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Messages {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /**
   * @param baseName bundle base name, e.g. {@code id.sinkron.gtk.messages}
   * @param locale the locale; Indonesian unless it is English
   * @param loader the class loader holding the bundle
   * @return the messages
   * @throws MissingResourceException when the bundle does not exist
   */
  public static Messages load(String baseName, Locale locale, ClassLoader loader) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(locale, "locale");
    return new Messages(ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK), locale);
  }

  /** @return the locale messages are rendered in */
  public Locale locale() {
    return locale;
  }

  /** @return whether {@code key} exists */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * Renders {@code key} with {@link MessageFormat}, also when there are no arguments (so {@code ''} is
   * always one apostrophe).
   *
   * @throws MissingResourceException when the key is missing (a programming error, caught by the
   *     completeness tests)
   */
  public String format(String key, Object... args) {
    // Always through MessageFormat, so quoting ('') means the same with and without arguments.
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
