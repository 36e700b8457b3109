package id.sinkron.constraints;

import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Objects;

/**
 * The language of the constraint messages ({@code @NIK}, {@code @NISN}, …).
 *
 * <p><strong>How the language is chosen.</strong> Like every Bean Validation constraint (and like
 * {@code @NotNull} next to them), the messages are interpolated by the Bean Validation provider in
 * its locale: the JVM's default locale unless the provider is configured otherwise. Sinkron's texts
 * are in {@code ContributorValidationMessages}: Indonesian in the base file and in {@code _id},
 * English in {@code _en}. So an Indonesian JVM gets Indonesian, an English JVM gets English, and a
 * JVM in any other language gets the base file (Indonesian). This differs from Sinkron's checker,
 * which is Indonesian unless asked for English: the constraints live inside the caller's validation
 * setup and follow its locale rather than overriding it.
 *
 * <p><strong>Indonesian (or any fixed language) in one line:</strong>
 *
 * <pre>{@code
 * ValidatorFactory factory = SinkronConstraints.validatorFactory(SinkronConstraints.INDONESIAN);
 * }</pre>
 *
 * or, for a configuration you build yourself (Spring's {@code LocalValidatorFactoryBean} takes the
 * same interpolator through {@code setMessageInterpolator}):
 *
 * <pre>{@code
 * config.messageInterpolator(SinkronConstraints.indonesian(config.getDefaultMessageInterpolator()));
 * }</pre>
 *
 * The fixed locale is the default only: a caller that passes a locale explicitly (Spring does, from
 * the request) still gets that one.
 *
 * @since 0.2
 */
public final class SinkronConstraints {
  /** Indonesian ({@code id}), the language of the base message file. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private SinkronConstraints() {}

  /**
   * Wraps an interpolator so that messages are rendered in {@code locale} unless a locale is passed
   * explicitly.
   *
   * @param delegate the provider's interpolator, e.g. {@code
   *     config.getDefaultMessageInterpolator()}
   * @param locale the locale used when none is passed
   * @return the wrapping interpolator (thread-safe when {@code delegate} is)
   */
  public static MessageInterpolator withLocale(MessageInterpolator delegate, Locale locale) {
    Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(locale, "locale");
    return new MessageInterpolator() {
      @Override
      public String interpolate(String messageTemplate, Context context) {
        return delegate.interpolate(messageTemplate, context, locale);
      }

      @Override
      public String interpolate(String messageTemplate, Context context, Locale explicit) {
        return delegate.interpolate(messageTemplate, context, explicit);
      }
    };
  }

  /**
   * {@link #withLocale(MessageInterpolator, Locale) withLocale(delegate, INDONESIAN)}.
   *
   * @param delegate the provider's interpolator
   * @return an interpolator rendering Indonesian unless a locale is passed explicitly
   */
  public static MessageInterpolator indonesian(MessageInterpolator delegate) {
    return withLocale(delegate, INDONESIAN);
  }

  /**
   * Builds a validator factory of the default Bean Validation provider (e.g. Hibernate Validator)
   * whose messages are in {@code locale} whatever the JVM's default locale. The caller closes it.
   *
   * @param locale the messages' locale, e.g. {@link #INDONESIAN} or {@link Locale#ENGLISH}
   * @return a new factory
   * @throws jakarta.validation.NoProviderFoundException when no Bean Validation provider is on the
   *     class path (add Hibernate Validator and an Expression Language implementation, see the
   *     README)
   */
  public static ValidatorFactory validatorFactory(Locale locale) {
    Configuration<?> config = Validation.byDefaultProvider().configure();
    return config
        .messageInterpolator(withLocale(config.getDefaultMessageInterpolator(), locale))
        .buildValidatorFactory();
  }
}
