package id.sinkron.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: public generated {@code ImmutableX} types with builders
 * and {@code withX} methods, Jakarta annotations, and {@code ****} for redacted (personal)
 * attributes in {@code toString()}.
 *
 * <p>Applied on each model package's {@code package-info.java}; other modules may reuse it.
 *
 * @since 0.1
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jakarta = true,
    redactedMask = "****",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdk9Collections = true)
public @interface SinkronStyle {}
