package id.sinkron;

import id.sinkron.check.Application;
import id.sinkron.check.ApplicationNotEvaluatedException;
import id.sinkron.check.ApplicationSummary;
import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.CheckOptions;
import id.sinkron.check.Finding;
import id.sinkron.check.FindingSink;
import id.sinkron.check.ImmutableApplicationSummary;
import id.sinkron.check.ImmutableCheckOptions;
import id.sinkron.check.ImmutableSchoolInfo;
import id.sinkron.check.Messages;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Report;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.SchoolInfo;
import id.sinkron.check.Severity;
import id.sinkron.check.Verdict;
import id.sinkron.compare.Comparison;
import id.sinkron.compare.SchoolChanges;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.Endpoint;
import id.sinkron.model.InputProblem;
import id.sinkron.model.InputProblemCode;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.RegulationProfile;
import id.sinkron.profile.RegulationProfiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Check options and the check itself. Immutable: each option method returns a new checker, so one
 * configured checker can be shared by threads.
 *
 * @since 0.1
 */
public final class Checker {
  /** Indonesian, the default language of messages. */
  public static final Locale INDONESIAN = CheckOptions.INDONESIAN;

  private final List<ApplicationValidator> validators;

  /**
   * The applications asked for with {@link #only}; null when not set (every application with a
   * validator).
   */
  private final Set<Application> only;

  private final CheckOptions options;

  Checker(List<ApplicationValidator> validators) {
    this(validators, null, CheckOptions.defaults());
  }

  private Checker(
      List<ApplicationValidator> validators, Set<Application> only, CheckOptions options) {
    this.validators = validators;
    this.only = only;
    this.options = options;
  }

  /**
   * @param options every option at once (reference date, profile, locale, names policy, variants,
   *     per-application extras), replacing those set so far
   * @return a checker with these options
   * @throws NullPointerException if options is null
   * @since 0.2
   */
  public Checker options(CheckOptions options) {
    return new Checker(validators, only, Objects.requireNonNull(options, "options"));
  }

  /**
   * @return this checker's options
   * @since 0.2
   */
  public CheckOptions options() {
    return options;
  }

  /**
   * @param date the reference date (ages, active duties, days to the cut-off); default today
   * @return a checker with this reference date
   */
  public Checker asOf(LocalDate date) {
    return options(
        ImmutableCheckOptions.copyOf(options)
            .withReferenceDate(Objects.requireNonNull(date, "date")));
  }

  /**
   * Narrows what is requested. Without it, the requested applications are those whose validator is
   * on the classpath; with it, exactly {@code apps}, so an application asked for whose validator is
   * missing makes the report incomplete ({@link Report#isComplete()}). Either way an application
   * NOT_APPLICABLE to the school is not requested.
   *
   * @param apps the applications to check; the others are reported NOT_EVALUATED and are not
   *     requested
   * @return a checker for these applications
   * @throws IllegalArgumentException when no application is given
   */
  public Checker only(Application... apps) {
    if (apps.length == 0) {
      throw new IllegalArgumentException("only() needs at least one application");
    }
    Set<Application> s = EnumSet.noneOf(Application.class);
    s.addAll(Arrays.asList(apps));
    return new Checker(validators, s, options);
  }

  /**
   * @param profile the regulation profile; default: chosen by the snapshot's tahun ajaran
   * @return a checker with this profile
   */
  public Checker profile(RegulationProfile profile) {
    return options(
        ImmutableCheckOptions.copyOf(options)
            .withProfile(Objects.requireNonNull(profile, "profile")));
  }

  /**
   * @param locale the language of messages: Indonesian (default) or English
   * @return a checker with this locale
   */
  public Checker locale(Locale locale) {
    return options(
        ImmutableCheckOptions.copyOf(options).withLocale(Objects.requireNonNull(locale, "locale")));
  }

  /**
   * @param reveal whether rendered output (JSON, text, HTML) shows persons' names unmasked; default
   *     false. Identifiers are masked regardless.
   * @return a checker with this names policy
   */
  public Checker revealNames(boolean reveal) {
    return options(ImmutableCheckOptions.copyOf(options).withRevealNames(reveal));
  }

  /**
   * @param validators use exactly these validators instead of those on the classpath
   * @return a checker with these validators
   */
  public Checker validators(List<? extends ApplicationValidator> validators) {
    return new Checker(List.copyOf(validators), only, options);
  }

  /**
   * @return the validators this checker runs
   */
  public List<ApplicationValidator> validators() {
    return validators;
  }

  /**
   * @param school the school
   * @return the regulation profile that applies to {@code school} under this checker's options
   */
  public RegulationProfile profileFor(SchoolSnapshot school) {
    return options
        .profile()
        .orElseGet(
            () ->
                school
                    .semesterId()
                    .map(s -> RegulationProfiles.forTahunAjaran(s.tahunAjaranStart()))
                    .orElseGet(() -> RegulationProfiles.forDate(referenceDate())));
  }

  private LocalDate referenceDate() {
    return options.referenceDate().orElseGet(LocalDate::now);
  }

  /**
   * Checks one school.
   *
   * @param school the school
   * @return its report
   * @throws NullPointerException if school is null
   */
  public Report check(SchoolSnapshot school) {
    return run(school).report();
  }

  /**
   * Checks two snapshots of the same school with this checker's options and tells what changed
   * downstream: findings fixed, new and unchanged per application, the changes to the school's own
   * data and each application's own deltas.
   *
   * <pre>{@code
   * Comparison c = Sinkron.checker().asOf(date).compare(lastSync, now);
   * c.introducesBlocker();                                    // the edits bring in a blocker
   * c.application(Application.INFO_GTK).introduced();         // new Info GTK findings
   * c.school().rombel();                                      // rombel deleted, re-created, renamed ...
   * }</pre>
   *
   * @param before the earlier snapshot (e.g. the last sync's)
   * @param after the later snapshot
   * @return the comparison
   * @throws NullPointerException if an argument is null
   * @since 0.2
   */
  public Comparison compare(SchoolSnapshot before, SchoolSnapshot after) {
    Checked b = run(Objects.requireNonNull(before, "before"));
    Checked a = run(Objects.requireNonNull(after, "after"));
    Map<Application, Object> deltas = new EnumMap<>(Application.class);
    for (ApplicationValidator v : validators) {
      Application app = v.application();
      Object db = b.report().details().get(app);
      Object da = a.report().details().get(app);
      if (db != null && da != null && !deltas.containsKey(app)) {
        v.compare(b.ctx(), db, a.ctx(), da).ifPresent(d -> deltas.put(app, d));
      }
    }
    return Comparison.of(b.report(), a.report(), SchoolChanges.between(before, after), deltas);
  }

  private record Checked(Report report, RuleContext ctx) {}

  private Checked run(SchoolSnapshot school) {
    Objects.requireNonNull(school, "school");
    LocalDate date = referenceDate();
    RegulationProfile p = profileFor(school);
    Locale locale = options.locale();
    RuleContext ctx = new RuleContext(school, date, p, options);
    Messages core =
        Messages.load("id.sinkron.check.messages", locale, Checker.class.getClassLoader());

    Map<Application, ApplicationSummary> summaries = new EnumMap<>(Application.class);
    List<Finding> findings = new ArrayList<>();
    List<NotEvaluated> notEvaluated = new ArrayList<>();
    Map<Application, Object> details = new EnumMap<>(Application.class);

    Set<Application> requested = EnumSet.noneOf(Application.class);
    if (only != null) {
      requested.addAll(only);
    } else {
      validators.forEach(v -> requested.add(v.application()));
    }
    for (Application app : Application.values()) {
      List<ApplicationValidator> forApp =
          validators.stream().filter(v -> v.application() == app).toList();
      ImmutableApplicationSummary.Builder sum =
          ImmutableApplicationSummary.builder().application(app).blockers(0).warnings(0).infos(0);
      if (only != null && !only.contains(app)) {
        summaries.put(
            app,
            sum.verdict(Verdict.NOT_EVALUATED).reason(core.format("app.not.requested")).build());
        continue;
      }
      if (!forApp.isEmpty() && forApp.stream().noneMatch(v -> v.appliesTo(school))) {
        summaries.put(
            app,
            sum.verdict(Verdict.NOT_APPLICABLE).reason(core.format("app.not.applicable")).build());
        continue;
      }
      if (forApp.isEmpty()) {
        summaries.put(
            app,
            sum.verdict(Verdict.NOT_EVALUATED).reason(core.format("app.not.available")).build());
        continue;
      }
      Set<Endpoint> required = EnumSet.noneOf(Endpoint.class);
      forApp.forEach(v -> required.addAll(v.requiredEndpoints()));
      StringJoiner missing = new StringJoiner(", ");
      for (Endpoint e : required) {
        if (!school.has(e)) {
          // say why it is absent when the reader knew (refused, partial, contradicted, not a
          // response)
          Optional<InputProblemCode> why =
              school.inputProblems().stream()
                  .filter(ip -> ip.endpoint().orElse(null) == e)
                  .map(InputProblem::code)
                  .filter(c -> c != InputProblemCode.ROW_UNREADABLE)
                  .reduce((a, b) -> b);
          missing.add(e.fileName() + why.map(c -> " (" + c.code() + ")").orElse(""));
        }
      }
      if (missing.length() > 0) {
        summaries.put(
            app,
            sum.verdict(Verdict.NOT_EVALUATED)
                .reason(core.format("app.endpoint.missing", missing.toString()))
                .build());
        continue;
      }
      int blockers = 0;
      int warnings = 0;
      int infos = 0;
      String notJudged = null;
      for (ApplicationValidator v : forApp) {
        FindingSink sink =
            new FindingSink(
                Messages.load(v.messageBundle(), locale, v.getClass().getClassLoader()));
        for (Rule rule : v.rules()) {
          rule.check(ctx, sink);
        }
        Optional<?> d = v.details(ctx, sink);
        d.ifPresent(o -> details.putIfAbsent(app, o));
        if (notJudged == null) {
          notJudged = v.notEvaluatedReason(ctx, sink).orElse(null);
        }
        for (Finding f : sink.findings()) {
          findings.add(f);
          if (f.severity() == Severity.BLOCKER) {
            blockers++;
          } else if (f.severity() == Severity.WARNING) {
            warnings++;
          } else {
            infos++;
          }
        }
        notEvaluated.addAll(sink.notEvaluated());
      }
      long unreadable =
          school.inputProblems().stream()
              .filter(ip -> ip.code() == InputProblemCode.ROW_UNREADABLE)
              .filter(ip -> ip.endpoint().map(required::contains).orElse(false))
              .count();
      sum.blockers(blockers).warnings(warnings).infos(infos);
      if (blockers > 0) {
        sum.verdict(Verdict.NOT_READY);
      } else if (notJudged != null) {
        sum.verdict(Verdict.NOT_EVALUATED).reason(notJudged);
      } else if (unreadable > 0) {
        sum.verdict(Verdict.NOT_READY).reason(core.format("app.input.incomplete", unreadable));
      } else {
        sum.verdict(Verdict.READY);
      }
      summaries.put(app, sum.build());
    }

    SchoolInfo info =
        ImmutableSchoolInfo.builder()
            .npsn(school.sekolah().flatMap(s -> s.npsn()))
            .nama(school.sekolah().map(s -> s.nama()))
            .semesterId(school.semesterId().map(s -> s.value()))
            .build();
    List<InputProblem> problems = school.inputProblems();
    // an application not applicable to the school is neither requested-and-failed nor ready
    requested.removeIf(app -> summaries.get(app).verdict() == Verdict.NOT_APPLICABLE);
    List<String> incomplete = new ArrayList<>();
    if (validators.isEmpty()) {
      incomplete.add(core.format("report.no.validator"));
    } else if (requested.isEmpty()) {
      incomplete.add(core.format("report.none.applicable"));
    }
    for (Application app : requested) {
      ApplicationSummary s = summaries.get(app);
      if (s.verdict() == Verdict.NOT_EVALUATED) {
        incomplete.add(core.format("report.not.evaluated", app.name(), s.reason().orElse("")));
      }
    }
    boolean readable = !school.endpoints().isEmpty();
    boolean dateDefaulted = options.referenceDate().isEmpty();
    return new Checked(
        Report.of(
            info,
            date,
            dateDefaulted,
            p.name(),
            locale,
            options.revealNames(),
            summaries,
            findings,
            notEvaluated,
            problems,
            details,
            requested,
            readable,
            incomplete),
        ctx);
  }

  /**
   * Reads and checks one school on the calling thread, the way {@link #checkDumps} treats each
   * folder: when {@code reader} throws (a body that is not JSON, a file that cannot be read), the
   * school yields a report whose every application is NOT_EVALUATED and whose input problem,
   * labelled {@code label}, describes the failure (without personal data) instead of an exception.
   * For engines that call the checker once per record (an Apache Spark job) and must not fail on
   * one unreadable school.
   *
   * @param label names the school's input in the input problem (a folder, a table key), or null
   * @param reader reads the school, e.g. {@code () -> WebServiceDump.read(dir)}
   * @return the report
   * @throws NullPointerException if reader is null
   * @since 0.2
   */
  public Report check(String label, Supplier<? extends SchoolSnapshot> reader) {
    Objects.requireNonNull(reader, "reader");
    return ParallelChecks.checkOne(
        this, new ParallelChecks.Source(Optional.ofNullable(label), reader));
  }

  /**
   * Checks {@code school} for one application and returns that application's typed details: the one
   * way in for the per-application entries ({@code InfoGtk.assess}, {@code Arkas.count}, {@code
   * ERapor.assess}), so that the profile choice and the missing-input handling are those of the
   * facade.
   *
   * @param school the school
   * @param app the application
   * @param type the type of its details (e.g. {@code BospCount.class})
   * @param <T> that type
   * @return the details
   * @throws ApplicationNotEvaluatedException if the application was not evaluated (a response it
   *     needs is missing, no validator for it, or it does not apply to the school)
   * @throws NullPointerException if an argument is null
   * @since 0.2
   */
  public <T> T assess(SchoolSnapshot school, Application app, Class<T> type) {
    Objects.requireNonNull(type, "type");
    Report r = only(Objects.requireNonNull(app, "app")).check(school);
    return r.details(app, type)
        .orElseThrow(
            () ->
                new ApplicationNotEvaluatedException(
                    app,
                    r.verdict(app) == Verdict.READY || r.verdict(app) == Verdict.NOT_READY
                        ? Verdict.NOT_EVALUATED
                        : r.verdict(app),
                    r.summary(app).reason().orElse(app + " gave no " + type.getSimpleName())));
  }

  /**
   * Reads and checks many schools in parallel on {@code executor} and streams their reports.
   *
   * <p><b>Streaming.</b> Each element of {@code schools} is a supplier that reads one school (for
   * example {@code () -> WebServiceDump.read(dir)}); it is called on the executor, so reading runs
   * in parallel too. The input is pulled lazily on the consuming thread, and at most {@code
   * parallelism} schools are submitted and not yet handed to the consumer at any moment (a slot is
   * freed when the consumer, having taken a report, asks for the next one). So memory is bounded by
   * {@code parallelism} × the largest school (plus the report the consumer holds), never by the
   * number of schools; nothing runs until the returned stream is consumed.
   *
   * <p><b>Order.</b> {@link ReportOrder#INPUT}: reports come in the order of {@code schools};
   * {@link ReportOrder#COMPLETION}: as the checks finish.
   *
   * <p><b>Failures.</b> A supplier that fails on its input does not stop the run: a {@link
   * id.sinkron.dapodik.DapodikFormatException} (an unreadable dump), a {@link
   * id.sinkron.dapodik.DapodikWebServiceException} (a failed fetch) or an {@link
   * java.io.UncheckedIOException} (also an {@code IOException} wrapped in a plain {@code
   * RuntimeException}). Its school yields a report whose every application is NOT_EVALUATED and
   * whose {@code inputProblems} holds one {@code INPUT-ENDPOINT-MISSING} (file not found) or {@code
   * INPUT-ROW-UNREADABLE} problem describing the failure (without personal data). Any other
   * exception of a supplier (a bug, e.g. a {@code NullPointerException} or an {@code
   * IllegalStateException}), of a validator or of the executor (rejection) is rethrown to the
   * consumer.
   *
   * <p><b>Threads.</b> The checker is immutable and validators are stateless, so the reports equal
   * those of a sequential run, byte for byte. Closing the returned stream closes {@code schools}
   * and cancels checks not yet started. The returned stream is sequential; do not call {@code
   * parallel()} on it.
   *
   * @param schools one supplier per school; consumed once
   * @param executor where schools are read and checked (the caller owns it and shuts it down)
   * @param parallelism the maximum number of schools in flight, at least 1 (typically the number of
   *     executor threads, or a little more when reading waits on disk)
   * @param order the order of the reports
   * @return the reports, one per school
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if parallelism is less than 1
   */
  public Stream<Report> checkAll(
      Stream<? extends Supplier<? extends SchoolSnapshot>> schools,
      Executor executor,
      int parallelism,
      ReportOrder order) {
    Objects.requireNonNull(schools, "schools");
    Iterator<ParallelChecks.Source> input =
        schools
            .map(
                s ->
                    new ParallelChecks.Source(
                        Optional.empty(), Objects.requireNonNull(s, "school supplier")))
            .iterator();
    return ParallelChecks.stream(this, input, executor, parallelism, order).onClose(schools::close);
  }

  /**
   * Reads ({@link WebServiceDump#read}) and checks dump folders in parallel: the batch entry point
   * of {@code sinkron check-all}. Same streaming, order and failure behaviour as {@link
   * #checkAll(Stream, Executor, int, ReportOrder)}; an unreadable folder (not JSON, a missing
   * required file, not a folder) yields a report whose input problem names the folder.
   *
   * <pre>{@code
   * try (Stream<Path> dirs = Files.list(root).filter(Files::isDirectory).sorted();
   *      Stream<Report> reports = checker.checkDumps(dirs, pool, 8, ReportOrder.INPUT)) {
   *   reports.forEach(r -> out.println(r.toJson(false)));
   * }
   * }</pre>
   *
   * @param folders the dump folders, one school each; consumed once
   * @param executor where folders are read and checked (the caller owns it and shuts it down)
   * @param parallelism the maximum number of schools in flight, at least 1
   * @param order the order of the reports
   * @return the reports, one per folder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if parallelism is less than 1
   */
  public Stream<Report> checkDumps(
      Stream<Path> folders, Executor executor, int parallelism, ReportOrder order) {
    Objects.requireNonNull(folders, "folders");
    Iterator<ParallelChecks.Source> input =
        folders
            .map(
                p ->
                    new ParallelChecks.Source(
                        Optional.of(p.toString()), () -> WebServiceDump.read(p)))
            .iterator();
    return ParallelChecks.stream(this, input, executor, parallelism, order).onClose(folders::close);
  }
}
