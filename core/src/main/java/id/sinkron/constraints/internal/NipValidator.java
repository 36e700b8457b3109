package id.sinkron.constraints.internal;

import id.sinkron.constraints.NIP;
import id.sinkron.identifier.Nip;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NIP @NIP} with {@link Nip#isValid(String)}; {@code null} is valid. Stateless and
 * thread-safe. Internal: found by Bean Validation through {@code META-INF/services}, not API.
 */
public class NipValidator implements ConstraintValidator<NIP, CharSequence> {
  /** Creates the validator; called by the Bean Validation provider. */
  public NipValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Nip.isValid(value.toString());
  }
}
