package id.sinkron;

import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.Report;
import id.sinkron.model.SchoolSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The entry point: checks a school's Dapodik data against every application whose validator module
 * is on the classpath (found with {@link ServiceLoader}).
 *
 * <pre>{@code
 * SchoolSnapshot school = WebServiceDump.read(Path.of("dump/"));
 * Report report = Sinkron.check(school);
 * Report arkas = Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).only(Application.ARKAS).check(school);
 * }</pre>
 *
 * <p>Many schools: {@link Checker#checkAll(Stream, java.util.concurrent.Executor, int,
 * ReportOrder)} for schools read by suppliers, {@link Checker#checkDumps(Stream,
 * java.util.concurrent.Executor, int, ReportOrder)} for dump folders; both parallel, bounded and
 * streaming.
 *
 * <p>Checks are pure functions of (snapshot, options): no I/O, no global mutable state, no clock
 * read except the default reference date (today). Thread-safe.
 *
 * @since 0.1
 */
public final class Sinkron {
  private Sinkron() {}

  private static final class Loaded {
    static final List<ApplicationValidator> VALIDATORS = load(Sinkron.class.getClassLoader());
  }

  /**
   * Checks {@code school} with every validator on the classpath, as of today, with the regulation
   * profile of the school's tahun ajaran and Indonesian messages.
   *
   * @param school the school
   * @return its report
   * @throws NullPointerException if school is null
   */
  public static Report check(SchoolSnapshot school) {
    return checker().check(school);
  }

  /**
   * Compares two snapshots of the same school with default options; see {@link Checker#compare}.
   *
   * @param before the earlier snapshot
   * @param after the later snapshot
   * @return what changed downstream
   * @throws NullPointerException if an argument is null
   * @since 0.2
   */
  public static id.sinkron.compare.Comparison compare(SchoolSnapshot before, SchoolSnapshot after) {
    return checker().compare(before, after);
  }

  /**
   * @return a checker with default options, to be refined with its {@code withX}-style methods
   */
  public static Checker checker() {
    return new Checker(Loaded.VALIDATORS);
  }

  /**
   * @param loader the class loader whose ServiceLoader registrations are read
   * @return the validators found on the classpath of {@code loader}, ordered by application
   */
  public static List<ApplicationValidator> discover(ClassLoader loader) {
    return load(loader);
  }

  private static List<ApplicationValidator> load(ClassLoader loader) {
    List<ApplicationValidator> out = new ArrayList<>();
    for (ApplicationValidator v : ServiceLoader.load(ApplicationValidator.class, loader)) {
      out.add(v);
    }
    out.sort(
        Comparator.comparing(ApplicationValidator::application)
            .thenComparing(v -> v.getClass().getName()));
    return List.copyOf(out);
  }
}
