/**
 * The {@code ConstraintValidator} implementations of {@link id.sinkron.constraints}, each
 * delegating to the {@code isValid} method of its identifier type.
 *
 * <p>Tier: <strong>internal</strong>, not API: the classes are public only so that a Bean
 * Validation provider can instantiate them from {@code
 * META-INF/services/jakarta.validation.ConstraintValidator}. They may change or move without
 * notice. No nulls; absence is {@code Optional} ({@code null} values passed in by the provider are
 * valid).
 *
 * @since 0.1
 */
package id.sinkron.constraints.internal;
