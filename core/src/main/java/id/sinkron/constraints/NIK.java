package id.sinkron.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Validates that a {@code CharSequence} is a valid NIK (Nomor Induk Kependudukan, 16 digits), using
 * the same rules as {@link id.sinkron.identifier.Nik#isValid(String)}: spaces, dots and dashes are
 * ignored; the province, birth-date and serial segments must be possible (see {@link
 * id.sinkron.identifier.Nik}).
 *
 * <p>{@code null} is valid; add {@code @NotNull} when the value is required. The validator is
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}; messages
 * (key {@code id.sinkron.constraints.NIK.message}) are in {@code ContributorValidationMessages},
 * Indonesian by default and English.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(NIK.List.class)
public @interface NIK {

  /**
   * The message template.
   *
   * @return the template, by default the bundle key of this constraint
   */
  String message() default "{id.sinkron.constraints.NIK.message}";

  /**
   * The validation groups.
   *
   * @return the groups, by default none (the default group)
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload types, by default none
   */
  Class<? extends Payload>[] payload() default {};

  /** Defines several {@code @NIK} annotations on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  public @interface List {
    /**
     * The constraints.
     *
     * @return the {@code @NIK} annotations
     */
    NIK[] value();
  }
}
