package id.sinkron.check;

import java.util.Objects;

/**
 * The key of an analysis computed once per school and shared by every rule that reads it (a teacher
 * load table, the students' class placement, the BOSP count), through {@link
 * RuleContext#derived(DerivedKey, java.util.function.Function)}. Keys compare by identity: keep one
 * {@code static final} key per analysis, next to the code that computes it.
 *
 * <pre>{@code
 * static final DerivedKey<Map<String, BebanKerja>> LOADS = DerivedKey.of("gtk.loads");
 * Map<String, BebanKerja> loads = ctx.derived(LOADS, BebanKerja::forSchool);
 * }</pre>
 *
 * @param <T> the type of the analysis
 * @since 0.2
 */
public final class DerivedKey<T> {
  private final String name;

  private DerivedKey(String name) {
    this.name = name;
  }

  /**
   * @param name a descriptive name (for {@link #toString()} and error messages only)
   * @param <T> the type of the analysis
   * @return a new key, distinct from every other key
   * @throws NullPointerException if name is null
   */
  public static <T> DerivedKey<T> of(String name) {
    return new DerivedKey<>(Objects.requireNonNull(name, "name"));
  }

  /**
   * @return the descriptive name
   */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "DerivedKey[" + name + "]";
  }
}
