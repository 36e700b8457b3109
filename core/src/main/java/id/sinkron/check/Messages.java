package id.sinkron.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

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

  /**
   * Loaded bundles per class loader (weak: a redeployed application's loader is not kept alive).
   */
  private static final Map<ClassLoader, Map<String, ResourceBundle>> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

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
    Objects.requireNonNull(loader, "loader");
    Map<String, ResourceBundle> bundles =
        CACHE.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
    ResourceBundle bundle =
        bundles.computeIfAbsent(
            baseName + '|' + locale.toLanguageTag(), k -> read(baseName, locale, loader));
    return new Messages(bundle, locale);
  }

  /*
   * ResourceBundle.getBundle(…, Control) throws UnsupportedOperationException when called from a named
   * module (an automatic module on the module path is one), so the no-fallback control's candidate chain is
   * read by hand: the same files in the same order (e.g. messages_en_US, messages_en, messages), each the
   * parent of the more specific one, and never a file of the JVM's default locale. The files are read as
   * PropertyResourceBundle reads them (UTF-8, ISO-8859-1 fallback).
   */
  private static ResourceBundle read(String baseName, Locale locale, ClassLoader loader) {
    List<Locale> candidates = NO_FALLBACK.getCandidateLocales(baseName, locale);
    ResourceBundle bundle = null;
    for (int i = candidates.size() - 1; i >= 0; i--) {
      String resource =
          NO_FALLBACK.toResourceName(
              NO_FALLBACK.toBundleName(baseName, candidates.get(i)), "properties");
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in != null) {
          bundle = new Bundle(in, bundle);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    if (bundle == null) {
      throw new MissingResourceException("no bundle " + baseName + " for " + locale, baseName, "");
    }
    return bundle;
  }

  private static final class Bundle extends PropertyResourceBundle {
    Bundle(InputStream in, ResourceBundle parent) throws IOException {
      super(in);
      if (parent != null) {
        setParent(parent);
      }
    }
  }

  /**
   * @return the locale messages are rendered in
   */
  public Locale locale() {
    return locale;
  }

  /**
   * @param key a message key
   * @return whether {@code key} exists
   */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * Renders {@code key} with {@link MessageFormat}, also when there are no arguments (so {@code ''}
   * is always one apostrophe).
   *
   * @param key the message key
   * @param args the message arguments ({@code {0}}, {@code {1}} …)
   * @return the rendered message
   * @throws MissingResourceException when the key is missing (a programming error, caught by the
   *     completeness tests)
   */
  public String format(String key, Object... args) {
    // Always through MessageFormat, so quoting ('') means the same with and without arguments.
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
