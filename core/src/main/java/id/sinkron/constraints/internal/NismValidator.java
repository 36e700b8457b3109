package id.sinkron.constraints.internal;

import id.sinkron.constraints.NISM;
import id.sinkron.identifier.Nism;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NISM @NISM} with {@link Nism#isValid(String)}; {@code null} is valid. Stateless and
 * thread-safe. Internal: found by Bean Validation through {@code META-INF/services}, not API.
 */
public class NismValidator implements ConstraintValidator<NISM, CharSequence> {
  /** Creates the validator; called by the Bean Validation provider. */
  public NismValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Nism.isValid(value.toString());
  }
}
