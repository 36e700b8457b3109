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
 * Validates that a {@code CharSequence} is a valid NIP (Nomor Induk Pegawai, 18 digits), using the
 * same rules as {@link id.sinkron.identifier.Nip#isValid(String)}: spaces, dots and dashes are
 * ignored.
 *
 * <p><strong>Both forms are accepted</strong>, PNS (Perka BKN 22/2007) and PPPK (see {@link
 * id.sinkron.identifier.NipForm}): whether a PPPK NIP is acceptable depends on the person's
 * employment status, which a field constraint cannot see. Check PNS-only values with {@link
 * id.sinkron.identifier.Nip#checkPns(String)}.
 *
 * <p>{@code null} is valid; add {@code @NotNull} when the value is required. The validator is
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}; messages
 * (key {@code id.sinkron.constraints.NIP.message}) are in {@code ContributorValidationMessages},
 * Indonesian by default and English.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(NIP.List.class)
public @interface NIP {

  /**
   * The message template.
   *
   * @return the template, by default the bundle key of this constraint
   */
  String message() default "{id.sinkron.constraints.NIP.message}";

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

  /** Defines several {@code @NIP} annotations on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  public @interface List {
    /**
     * The constraints.
     *
     * @return the {@code @NIP} annotations
     */
    NIP[] value();
  }
}
