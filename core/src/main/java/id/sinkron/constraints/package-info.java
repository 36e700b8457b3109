/**
 * Jakarta Bean Validation constraints for Indonesian identifiers: {@link id.sinkron.constraints.NIK
 * NIK}, {@link id.sinkron.constraints.NISN NISN}, {@link id.sinkron.constraints.NPSN NPSN}, {@link
 * id.sinkron.constraints.NUPTK NUPTK} and {@link id.sinkron.constraints.NIP NIP}, modelled on
 * Hibernate Validator's country constraints ({@code PESEL}, {@code CPF}).
 *
 * <p>Each constraint applies to a {@code CharSequence}, treats {@code null} as valid, and uses the
 * same rules as the matching type in {@link id.sinkron.identifier} (e.g. {@code @NIK} is {@link
 * id.sinkron.identifier.Nik#isValid(String)}), so annotations and Sinkron's rules always agree. The
 * validators live in {@code id.sinkron.constraints.internal} and are registered through {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}, so any Bean Validation 3.x provider
 * that reads that file (Hibernate Validator does) finds them without configuration. Message texts
 * are in {@code ContributorValidationMessages} (Indonesian by default, {@code _id}, {@code _en})
 * under the keys {@code id.sinkron.constraints.<NAME>.message}.
 *
 * <p>Tier: <strong>API</strong>. No nulls; absence is {@code Optional} (a {@code null} annotated
 * value is valid, as everywhere in Bean Validation).
 *
 * @since 0.1
 */
package id.sinkron.constraints;
