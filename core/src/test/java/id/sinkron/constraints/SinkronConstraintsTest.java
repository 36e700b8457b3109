package id.sinkron.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The documented language choice of the constraint messages, with a real Hibernate Validator on a
 * JVM whose default locale is English (the build sets {@code -Duser.language=en}): the provider's
 * locale by default, Indonesian in one line with {@link SinkronConstraints}.
 */
class SinkronConstraintsTest {
  private static final String KEY = "id.sinkron.constraints.NIK.message";

  record Form(@NIK String nik) {}

  private static final Form BAD = new Form("9973014508950003");

  private static String text(String bundle) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        SinkronConstraintsTest.class.getResourceAsStream("/" + bundle + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.getProperty(KEY);
  }

  private static String message(ValidatorFactory factory) {
    Set<ConstraintViolation<Form>> violations = factory.getValidator().validate(BAD);
    assertThat(violations).hasSize(1);
    return violations.iterator().next().getMessage();
  }

  @Test
  void theDefaultFollowsTheJvmLocale() throws IOException {
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("en");
    try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
      assertThat(message(f)).isEqualTo(text("ContributorValidationMessages_en"));
    }
  }

  @Test
  void indonesianInOneLine() throws IOException {
    try (ValidatorFactory f = SinkronConstraints.validatorFactory(SinkronConstraints.INDONESIAN)) {
      assertThat(message(f))
          .isEqualTo(text("ContributorValidationMessages"))
          .isNotEqualTo(text("ContributorValidationMessages_en"));
    }
  }

  @Test
  void indonesianOnAConfigurationYouBuild() throws IOException {
    Configuration<?> config = Validation.byDefaultProvider().configure();
    config.messageInterpolator(
        SinkronConstraints.indonesian(config.getDefaultMessageInterpolator()));
    try (ValidatorFactory f = config.buildValidatorFactory()) {
      assertThat(message(f)).isEqualTo(text("ContributorValidationMessages_id"));
    }
  }

  @Test
  void englishCanBeFixedToo() throws IOException {
    try (ValidatorFactory f = SinkronConstraints.validatorFactory(Locale.ENGLISH)) {
      assertThat(message(f)).isEqualTo(text("ContributorValidationMessages_en"));
    }
  }

  @Test
  void anExplicitLocaleStillWins() throws IOException {
    try (ValidatorFactory f = SinkronConstraints.validatorFactory(SinkronConstraints.INDONESIAN)) {
      ConstraintViolation<Form> v = f.getValidator().validate(BAD).iterator().next();
      var interpolator = f.getMessageInterpolator();
      var context =
          new jakarta.validation.MessageInterpolator.Context() {
            @Override
            public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
              return v.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
              return v.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
              throw new UnsupportedOperationException();
            }
          };
      assertThat(interpolator.interpolate(v.getMessageTemplate(), context, Locale.ENGLISH))
          .isEqualTo(text("ContributorValidationMessages_en"));
      assertThat(interpolator.interpolate(v.getMessageTemplate(), context))
          .isEqualTo(text("ContributorValidationMessages"));
    }
  }
}
