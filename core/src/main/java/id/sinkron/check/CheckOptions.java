package id.sinkron.check;

import id.sinkron.profile.RegulationProfile;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The options of a check, one value shared by the facade ({@code Sinkron.checker().options(o)}) and
 * by every per-application entry ({@code InfoGtk.assess}, {@code ERapor.assess}, {@code
 * Arkas.count}): reference date, regulation profile, locale, names policy, application variants,
 * and typed per-application extras (a linearity table, the ARKAS cut-off, a Dapodik version table).
 *
 * <pre>{@code
 * CheckOptions o = CheckOptions.builder()
 *     .referenceDate(LocalDate.of(2025, 8, 31))
 *     .putExtras(LinearityTable.class, myTable)
 *     .build();
 * GtkAssessment gtk = InfoGtk.assess(school, o);
 * }</pre>
 *
 * <p>Immutable and thread-safe. Rules read it through {@link RuleContext#options()}.
 *
 * @since 0.2
 */
@Value.Immutable
@Value.Style(
    jakarta = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdk9Collections = true)
public interface CheckOptions {
  /** Indonesian, the default language of messages. */
  Locale INDONESIAN = Locale.forLanguageTag("id");

  /**
   * @return the date the check is "as of" (ages, active duties, days to the cut-off); empty for
   *     today, which the report then states as defaulted
   */
  Optional<LocalDate> referenceDate();

  /**
   * @return the regulation profile; empty for the one chosen by the snapshot's tahun ajaran (else
   *     by the reference date)
   */
  Optional<RegulationProfile> profile();

  /**
   * @return the language of messages: Indonesian (default) or English
   */
  @Value.Default
  default Locale locale() {
    return INDONESIAN;
  }

  /**
   * @return whether rendered output (JSON, text, HTML) shows persons' names unmasked; default
   *     false. Identifiers are masked regardless.
   */
  @Value.Default
  default boolean revealNames() {
    return false;
  }

  /**
   * @return the variant of an application to predict, by application (e.g. {@code E_RAPOR →
   *     "SMK"}); an application without an entry uses the variant its module chooses from the
   *     school
   */
  Map<Application, String> variants();

  /**
   * @return typed per-application extras, keyed by their type (each value is an instance of its
   *     key); read with {@link #extra(Class)}
   */
  Map<Class<?>, Object> extras();

  /**
   * @param type the extra's type, e.g. {@code LinearityTable.class}
   * @param <T> the type
   * @return the extra of that exact type, if the caller set one
   */
  default <T> Optional<T> extra(Class<T> type) {
    return Optional.ofNullable(extras().get(type)).map(type::cast);
  }

  /**
   * @param app the application
   * @return the variant set for {@code app}, if any
   */
  default Optional<String> variant(Application app) {
    return Optional.ofNullable(variants().get(app));
  }

  /** Rejects an extra whose value is not an instance of its key. */
  @Value.Check
  default void check() {
    for (Map.Entry<Class<?>, Object> e : extras().entrySet()) {
      if (!e.getKey().isInstance(e.getValue())) {
        throw new IllegalArgumentException(
            "extra for " + e.getKey().getName() + " is a " + e.getValue().getClass().getName());
      }
    }
  }

  /**
   * @return a builder
   */
  static ImmutableCheckOptions.Builder builder() {
    return ImmutableCheckOptions.builder();
  }

  /**
   * @return the defaults: today, the school's profile, Indonesian, names masked, no extras
   */
  static CheckOptions defaults() {
    return builder().build();
  }
}
