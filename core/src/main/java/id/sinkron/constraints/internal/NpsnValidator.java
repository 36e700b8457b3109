package id.sinkron.constraints.internal;

import id.sinkron.constraints.NPSN;
import id.sinkron.identifier.Npsn;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NPSN @NPSN} with {@link Npsn#isValid(String)}; {@code null} is valid. Stateless and
 * thread-safe. Internal: found by Bean Validation through {@code META-INF/services}, not API.
 */
public class NpsnValidator implements ConstraintValidator<NPSN, CharSequence> {
  /** Creates the validator; called by the Bean Validation provider. */
  public NpsnValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Npsn.isValid(value.toString());
  }
}
