package id.sinkron.constraints.internal;

import id.sinkron.constraints.NSM;
import id.sinkron.identifier.Nsm;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NSM @NSM} with {@link Nsm#isValid(String)}; {@code null} is valid. Stateless and
 * thread-safe. Internal: found by Bean Validation through {@code META-INF/services}, not API.
 */
public class NsmValidator implements ConstraintValidator<NSM, CharSequence> {
  /** Creates the validator; called by the Bean Validation provider. */
  public NsmValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Nsm.isValid(value.toString());
  }
}
