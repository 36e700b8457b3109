package id.sinkron.constraints.internal;

import id.sinkron.constraints.NUPTK;
import id.sinkron.identifier.Nuptk;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NUPTK @NUPTK} with {@link Nuptk#isValid(String)}; {@code null} is valid. Stateless
 * and thread-safe. Internal: found by Bean Validation through {@code META-INF/services}, not API.
 */
public class NuptkValidator implements ConstraintValidator<NUPTK, CharSequence> {
  /** Creates the validator; called by the Bean Validation provider. */
  public NuptkValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Nuptk.isValid(value.toString());
  }
}
