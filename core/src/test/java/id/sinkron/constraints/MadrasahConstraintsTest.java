package id.sinkron.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code @NSM} and {@code @NISM} through a real Hibernate Validator. Invented numbers only. */
class MadrasahConstraintsTest {
  record Madrasah(@NSM String nsm, List<@NISM String> siswa) {}

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  private static List<String> paths(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(
            v ->
                v.getPropertyPath()
                    + ":"
                    + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void validAndNullPass() {
    assertThat(
            validator.validate(
                new Madrasah(
                    "121132730001", List.of("121132730001240001", "1211 3273 0001 24 0002"))))
        .isEmpty();
    assertThat(validator.validate(new Madrasah(null, Arrays.asList((String) null)))).isEmpty();
  }

  @Test
  void invalidValuesReportPathAndConstraint() {
    assertThat(
            paths(
                validator.validate(
                    new Madrasah(
                        "141132730001", List.of("121132730001240001", "121132730001240000")))))
        .containsExactly("nsm:NSM", "siswa[1].<list element>:NISM");
    assertThat(paths(validator.validate(new Madrasah("121332730001", List.of()))))
        .containsExactly("nsm:NSM");
  }
}
