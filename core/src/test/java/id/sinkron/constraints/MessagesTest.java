package id.sinkron.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Message bundles: every constraint has a key in each file; the locale picks the language. */
class MessagesTest {
  private static final List<String> BUNDLES =
      List.of(
          "/ContributorValidationMessages.properties",
          "/ContributorValidationMessages_id.properties",
          "/ContributorValidationMessages_en.properties");

  @Test
  void everyBundleHasAKeyForEveryConstraintAndNoOther() throws IOException {
    Set<String> expected =
        ConstraintsTest.CONSTRAINTS.stream()
            .map(c -> c.getName() + ".message")
            .collect(Collectors.toSet());
    SoftAssertions soft = new SoftAssertions();
    for (String bundle : BUNDLES) {
      soft.assertThat(ConstraintsTest.keys(bundle))
          .as(bundle)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    soft.assertAll();
  }

  /** Always interpolates in one locale, whatever the JVM default. */
  private static ValidatorFactory factoryFor(Locale locale) {
    Configuration<?> config = Validation.byDefaultProvider().configure();
    MessageInterpolator delegate = config.getDefaultMessageInterpolator();
    config.messageInterpolator(
        new MessageInterpolator() {
          @Override
          public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
          }

          @Override
          public String interpolate(String template, Context context, Locale l) {
            return delegate.interpolate(template, context, l);
          }
        });
    return config.buildValidatorFactory();
  }

  private static String message(Locale locale, Object bean, Class<? extends Annotation> type) {
    try (ValidatorFactory f = factoryFor(locale)) {
      Set<ConstraintViolation<Object>> violations = f.getValidator().validate(bean);
      assertThat(violations).hasSize(1);
      ConstraintViolation<Object> v = violations.iterator().next();
      assertThat(v.getConstraintDescriptor().getAnnotation().annotationType()).isEqualTo(type);
      assertThat(v.getMessageTemplate()).isEqualTo("{" + type.getName() + ".message}");
      return v.getMessage();
    }
  }

  record OneNik(@NIK String nik) {}

  record OneNip(@NIP String nip) {}

  @Test
  void englishAndIndonesianMessagesDiffer() {
    for (Object[] c :
        new Object[][] {
          {new OneNik("9973014508950003"), NIK.class}, {new OneNip("1987"), NIP.class}
        }) {
      @SuppressWarnings("unchecked")
      Class<? extends Annotation> type = (Class<? extends Annotation>) c[1];
      String en = message(Locale.ENGLISH, c[0], type);
      String id = message(Locale.forLanguageTag("id"), c[0], type);
      String idId = message(Locale.forLanguageTag("id-ID"), c[0], type);
      assertThat(en).isNotBlank().doesNotStartWith("{");
      assertThat(id).isNotBlank().doesNotStartWith("{");
      assertThat(en).isNotEqualTo(id);
      assertThat(idId).isEqualTo(id);
      // the message never shows the rejected value
      assertThat(en).doesNotContain("9973014508950003");
      assertThat(id).doesNotContain("9973014508950003");
    }
  }
}
