package id.sinkron.constraints.internal;

import id.sinkron.constraints.NIK;
import id.sinkron.identifier.Nik;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NIK @NIK} with {@link Nik#isValid(String)}; {@code null} is valid. Stateless and
 * thread-safe. Internal: found by Bean Validation through {@code META-INF/services}, not API.
 */
public class NikValidator implements ConstraintValidator<NIK, CharSequence> {
  /** Creates the validator; called by the Bean Validation provider. */
  public NikValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Nik.isValid(value.toString());
  }
}
