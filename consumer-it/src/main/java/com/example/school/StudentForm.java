package com.example.school;

import id.sinkron.constraints.NIK;
import id.sinkron.constraints.NISN;
import id.sinkron.constraints.SinkronConstraints;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/** A student registration form in your application. */
public record StudentForm(@NotNull @NIK String nik, @NISN String nisn, String nama) {

  /** @return the invalid fields as {@code field: message} lines, messages in Indonesian */
  public List<String> problems() {
    // Validation.buildDefaultValidatorFactory() would follow the JVM's locale; this is Indonesian always.
    try (ValidatorFactory factory = SinkronConstraints.validatorFactory(SinkronConstraints.INDONESIAN)) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<StudentForm>> violations = validator.validate(this);
      return violations.stream()
          .map(v -> v.getPropertyPath() + ": " + v.getMessage())
          .sorted()
          .toList();
    }
  }
}
