package id.sinkron.check;

import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.RegulationProfile;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a rule sees: the school, the resolved reference date and regulation profile, the check's
 * {@link CheckOptions}, the indexes built once per school, and analyses computed once per school
 * ({@link #derived}). One context per school check, shared by every validator checking the school.
 *
 * <p>Thread-safe: {@link #derived} computes each analysis at most once even when called
 * concurrently.
 *
 * @since 0.1
 */
public final class RuleContext {
  private final SchoolSnapshot snapshot;
  private final LocalDate referenceDate;
  private final RegulationProfile profile;
  private final CheckOptions options;
  private final SchoolIndex index;
  private final Map<DerivedKey<?>, Object> derived = new HashMap<>();

  /**
   * A context with default options but for the locale.
   *
   * @param snapshot the school
   * @param referenceDate the reference date
   * @param profile the regulation profile
   * @param locale the locale of messages
   * @throws NullPointerException if any argument is null
   */
  public RuleContext(
      SchoolSnapshot snapshot, LocalDate referenceDate, RegulationProfile profile, Locale locale) {
    this(
        snapshot,
        referenceDate,
        profile,
        CheckOptions.builder().locale(Objects.requireNonNull(locale, "locale")).build());
  }

  /**
   * @param snapshot the school
   * @param referenceDate the resolved reference date
   * @param profile the resolved regulation profile
   * @param options the check's options (locale, variants, extras)
   * @throws NullPointerException if any argument is null
   * @since 0.2
   */
  public RuleContext(
      SchoolSnapshot snapshot,
      LocalDate referenceDate,
      RegulationProfile profile,
      CheckOptions options) {
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.options = Objects.requireNonNull(options, "options");
    this.index = new SchoolIndex(snapshot);
  }

  /**
   * @return the school being checked
   */
  public SchoolSnapshot snapshot() {
    return snapshot;
  }

  /**
   * @return the date the check is "as of": ages, active duties and days to the cut-off use it
   */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /**
   * @return the regulation profile in force for this check
   */
  public RegulationProfile profile() {
    return profile;
  }

  /**
   * @return the language of messages
   */
  public Locale locale() {
    return options.locale();
  }

  /**
   * @return the check's options (variants, per-application extras)
   * @since 0.2
   */
  public CheckOptions options() {
    return options;
  }

  /**
   * @return the indexes built once per school
   */
  public SchoolIndex index() {
    return index;
  }

  /**
   * Returns the analysis stored under {@code key}, computing it with {@code compute} the first time
   * it is asked for in this school's check. Every rule that needs a load table, a placement or a
   * count asks for it here, so it is computed once however many rules read it. {@code compute} may
   * itself ask for other analyses (not for its own key).
   *
   * @param key the analysis's key
   * @param compute computes the analysis from this context; must not return null
   * @param <T> the type of the analysis
   * @return the analysis
   * @throws NullPointerException if an argument is null or {@code compute} returns null
   * @throws IllegalStateException if {@code compute} asks for its own key
   * @since 0.2
   */
  public synchronized <T> T derived(
      DerivedKey<T> key, Function<? super RuleContext, ? extends T> compute) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(compute, "compute");
    Object v = derived.get(key);
    if (v == COMPUTING) {
      throw new IllegalStateException("recursive computation of " + key);
    }
    if (v == null) {
      derived.put(key, COMPUTING);
      T computed;
      try {
        computed = Objects.requireNonNull(compute.apply(this), () -> key + " computed null");
      } catch (RuntimeException | Error e) {
        derived.remove(key);
        throw e;
      }
      derived.put(key, computed);
      v = computed;
    }
    @SuppressWarnings("unchecked")
    T t = (T) v;
    return t;
  }

  private static final Object COMPUTING = new Object();
}
