package id.sinkron.examples;

import id.sinkron.constraints.NIK;
import id.sinkron.constraints.NISN;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/**
 * Sinkron's identifier constraints on your own types, validated by Hibernate Validator. The
 * constraints use the same parsers as the rules ({@code Nik.check}, {@code Nisn.check}), so a form,
 * an import job and Sinkron's report always agree.
 */
public final class ValidateYourDto {
  private ValidateYourDto() {}

  // tag::dto[]
  /** A student registration form in your application. */
  public record StudentForm(@NotNull @NIK String nik, @NISN String nisn, String nama) {}

  /**
   * @return the invalid fields of {@code form} as {@code field: message} lines
   */
  public static List<String> problems(StudentForm form) {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<StudentForm>> violations = validator.validate(form);
      return violations.stream()
          .map(v -> v.getPropertyPath() + ": " + v.getMessage())
          .sorted()
          .toList();
    }
  }

  // end::dto[]

  /**
   * Prints the problems of an invented form whose NIK has an impossible date and whose NISN is
   * short.
   */
  public static void main(String[] args) {
    StudentForm form = new StudentForm("3204053213090004", "00912345", "SISWA CONTOH");
    problems(form).forEach(System.out::println);
  }
}
