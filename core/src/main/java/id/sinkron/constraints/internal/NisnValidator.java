package id.sinkron.constraints.internal;

import id.sinkron.constraints.NISN;
import id.sinkron.identifier.Nisn;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NISN @NISN} with {@link Nisn#isValid(String)}; {@code null} is valid. Stateless and
 * thread-safe. Internal: found by Bean Validation through {@code META-INF/services}, not API.
 */
public class NisnValidator implements ConstraintValidator<NISN, CharSequence> {
  /** Creates the validator; called by the Bean Validation provider. */
  public NisnValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Nisn.isValid(value.toString());
  }
}
