package id.sinkron;

import id.sinkron.check.Application;
import id.sinkron.check.ApplicationSummary;
import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.Finding;
import id.sinkron.check.FindingSink;
import id.sinkron.check.ImmutableApplicationSummary;
import id.sinkron.check.ImmutableSchoolInfo;
import id.sinkron.check.Messages;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Report;
import id.sinkron.check.RuleContext;
import id.sinkron.check.SchoolInfo;
import id.sinkron.check.Severity;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.Iterator;
import java.util.concurrent.Executor;
import java.util.function.Function;
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
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final List<ApplicationValidator> validators;
  private final LocalDate asOf;
  private final Set<Application> only;
  private final RegulationProfile profile;
  private final Locale locale;
  private final boolean revealNames;

  Checker(List<ApplicationValidator> validators) {
    this(validators, null, EnumSet.allOf(Application.class), null, INDONESIAN, false);
  }

  private Checker(List<ApplicationValidator> validators, LocalDate asOf, Set<Application> only,
      RegulationProfile profile, Locale locale, boolean revealNames) {
    this.validators = validators;
    this.asOf = asOf;
    this.only = only;
    this.profile = profile;
    this.locale = locale;
    this.revealNames = revealNames;
  }

  /** @param date the reference date (ages, active duties, days to the cut-off); default today */
  public Checker asOf(LocalDate date) {
    return new Checker(validators, Objects.requireNonNull(date, "date"), only, profile, locale, revealNames);
  }

  /**
   * @param apps the applications to check; the others are reported NOT_EVALUATED
   * @throws IllegalArgumentException when no application is given
   */
  public Checker only(Application... apps) {
    if (apps.length == 0) {
      throw new IllegalArgumentException("only() needs at least one application");
    }
    Set<Application> s = EnumSet.noneOf(Application.class);
    s.addAll(Arrays.asList(apps));
    return new Checker(validators, asOf, s, profile, locale, revealNames);
  }

  /** @param profile the regulation profile; default: chosen by the snapshot's tahun ajaran */
  public Checker profile(RegulationProfile profile) {
    return new Checker(validators, asOf, only, Objects.requireNonNull(profile, "profile"), locale, revealNames);
  }

  /** @param locale the language of messages: Indonesian (default) or English */
  public Checker locale(Locale locale) {
    return new Checker(validators, asOf, only, profile, Objects.requireNonNull(locale, "locale"), revealNames);
  }

  /**
   * @param reveal whether rendered output (JSON, text, HTML) shows persons' names unmasked; default
   *     false. Identifiers are masked regardless.
   */
  public Checker revealNames(boolean reveal) {
    return new Checker(validators, asOf, only, profile, locale, reveal);
  }

  /** @param validators use exactly these validators instead of those on the classpath */
  public Checker validators(List<? extends ApplicationValidator> validators) {
    return new Checker(List.copyOf(validators), asOf, only, profile, locale, revealNames);
  }

  /** @return the validators this checker runs */
  public List<ApplicationValidator> validators() {
    return validators;
  }

  /** @return the regulation profile that applies to {@code school} under this checker's options */
  public RegulationProfile profileFor(SchoolSnapshot school) {
    if (profile != null) {
      return profile;
    }
    return school.semesterId()
        .map(s -> RegulationProfiles.forTahunAjaran(s.tahunAjaranStart()))
        .orElseGet(() -> RegulationProfiles.forDate(referenceDate()));
  }

  private LocalDate referenceDate() {
    return asOf != null ? asOf : LocalDate.now();
  }

  /**
   * Checks one school.
   *
   * @throws NullPointerException if school is null
   */
  public Report check(SchoolSnapshot school) {
    Objects.requireNonNull(school, "school");
    LocalDate date = referenceDate();
    RegulationProfile p = profileFor(school);
    RuleContext ctx = new RuleContext(school, date, p, locale);
    Messages core = Messages.load("id.sinkron.check.messages", locale, Checker.class.getClassLoader());

    Map<Application, ApplicationSummary> summaries = new EnumMap<>(Application.class);
    List<Finding> findings = new ArrayList<>();
    List<NotEvaluated> notEvaluated = new ArrayList<>();
    Map<Application, Object> details = new EnumMap<>(Application.class);

    for (Application app : Application.values()) {
      List<ApplicationValidator> forApp = validators.stream().filter(v -> v.application() == app).toList();
      ImmutableApplicationSummary.Builder sum = ImmutableApplicationSummary.builder().application(app)
          .blockers(0).warnings(0).infos(0);
      if (!only.contains(app)) {
        summaries.put(app, sum.verdict(id.sinkron.check.Verdict.NOT_EVALUATED)
            .reason(core.format("app.not.requested")).build());
        continue;
      }
      if (forApp.isEmpty()) {
        summaries.put(app, sum.verdict(id.sinkron.check.Verdict.NOT_EVALUATED)
            .reason(core.format("app.not.available")).build());
        continue;
      }
      Set<Endpoint> required = EnumSet.noneOf(Endpoint.class);
      forApp.forEach(v -> required.addAll(v.requiredEndpoints()));
      StringJoiner missing = new StringJoiner(", ");
      for (Endpoint e : required) {
        if (!school.has(e)) {
          missing.add(e.fileName());
        }
      }
      if (missing.length() > 0) {
        summaries.put(app, sum.verdict(id.sinkron.check.Verdict.NOT_EVALUATED)
            .reason(core.format("app.endpoint.missing", missing.toString())).build());
        continue;
      }
      int blockers = 0;
      int warnings = 0;
      int infos = 0;
      for (ApplicationValidator v : forApp) {
        FindingSink sink = new FindingSink(
            Messages.load(v.messageBundle(), locale, v.getClass().getClassLoader()));
        Optional<?> d = v.validate(ctx, sink);
        d.ifPresent(o -> details.putIfAbsent(app, o));
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
      long unreadable = school.inputProblems().stream()
          .filter(ip -> ip.code() == InputProblemCode.ROW_UNREADABLE)
          .filter(ip -> ip.endpoint().map(required::contains).orElse(false))
          .count();
      sum.blockers(blockers).warnings(warnings).infos(infos);
      if (blockers > 0) {
        sum.verdict(id.sinkron.check.Verdict.NOT_READY);
      } else if (unreadable > 0) {
        sum.verdict(id.sinkron.check.Verdict.NOT_READY).reason(core.format("app.input.incomplete", unreadable));
      } else {
        sum.verdict(id.sinkron.check.Verdict.READY);
      }
      summaries.put(app, sum.build());
    }

    SchoolInfo info = ImmutableSchoolInfo.builder()
        .npsn(school.sekolah().flatMap(s -> s.npsn()))
        .nama(school.sekolah().map(s -> s.nama()))
        .semesterId(school.semesterId().map(s -> s.value()))
        .build();
    List<InputProblem> problems = school.inputProblems();
    return Report.of(info, date, p.name(), locale, revealNames, summaries, findings, notEvaluated, problems, details);
  }

  /**
   * Reads and checks one school on the calling thread, the way {@link #checkDumps} treats each folder:
   * when {@code reader} throws (a body that is not JSON, a file that cannot be read), the school yields a
   * report whose every application is NOT_EVALUATED and whose input problem, labelled {@code label},
   * describes the failure (without personal data) instead of an exception. For engines that call the
   * checker once per record (an Apache Spark job) and must not fail on one unreadable school.
   *
   * @param label names the school's input in the input problem (a folder, a table key), or null
   * @param reader reads the school, e.g. {@code () -> WebServiceDump.read(dir)}
   * @return the report
   * @throws NullPointerException if reader is null
   * @since 0.2
   */
  public Report check(String label, Supplier<? extends SchoolSnapshot> reader) {
    Objects.requireNonNull(reader, "reader");
    return ParallelChecks.checkOne(this, new ParallelChecks.Source(Optional.ofNullable(label), reader));
  }

  /**
   * Checks schools lazily, one as each report is consumed, on the consuming thread; memory is bounded
   * by one school (plus whatever the caller's stream holds). For parallel checking use
   * {@link #checkAll(Stream, Executor, int, ReportOrder)}.
   */
  public Stream<Report> checkAll(Stream<SchoolSnapshot> schools) {
    return schools.map(this::check);
  }

  /**
   * Same as {@link #checkAll(Stream, Executor, int, ReportOrder)} with {@link ReportOrder#INPUT}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if parallelism is less than 1
   */
  public Stream<Report> checkAll(Stream<? extends Supplier<? extends SchoolSnapshot>> schools, Executor executor,
      int parallelism) {
    return checkAll(schools, executor, parallelism, ReportOrder.INPUT);
  }

  /**
   * Reads and checks many schools in parallel on {@code executor} and streams their reports.
   *
   * <p><b>Streaming.</b> Each element of {@code schools} is a supplier that reads one school (for
   * example {@code () -> WebServiceDump.read(dir)}); it is called on the executor, so reading runs in
   * parallel too. The input is pulled lazily on the consuming thread, and at most {@code parallelism}
   * schools are submitted and not yet handed to the consumer at any moment (a slot is freed when the
   * consumer, having taken a report, asks for the next one). So memory is bounded by {@code parallelism} × the largest school (plus the
   * report the consumer holds), never by the number of schools; nothing runs until the returned stream
   * is consumed.
   *
   * <p><b>Order.</b> {@link ReportOrder#INPUT}: reports come in the order of {@code schools};
   * {@link ReportOrder#COMPLETION}: as the checks finish.
   *
   * <p><b>Failures.</b> A supplier that throws (an unreadable dump, a failed fetch) does not stop the
   * run: its school yields a report whose every application is NOT_EVALUATED and whose
   * {@code inputProblems} holds one {@code INPUT-ENDPOINT-MISSING} (file not found) or
   * {@code INPUT-ROW-UNREADABLE} problem describing the failure (without personal data). An exception
   * thrown by a validator (a bug) or by the executor (rejection) is rethrown to the consumer.
   *
   * <p><b>Threads.</b> The checker is immutable and validators are stateless, so the reports equal those
   * of a sequential run, byte for byte. Closing the returned stream closes {@code schools} and cancels
   * checks not yet started. The returned stream is sequential; do not call {@code parallel()} on it.
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
  public Stream<Report> checkAll(Stream<? extends Supplier<? extends SchoolSnapshot>> schools, Executor executor,
      int parallelism, ReportOrder order) {
    Objects.requireNonNull(schools, "schools");
    Iterator<ParallelChecks.Source> input = schools
        .map(s -> new ParallelChecks.Source(Optional.empty(), Objects.requireNonNull(s, "school supplier")))
        .iterator();
    return ParallelChecks.stream(this, input, executor, parallelism, order).onClose(schools::close);
  }

  /**
   * Like {@link #checkAll(Stream, Executor, int, ReportOrder)} for schools stored as folders: each
   * folder is read with {@code reader} (e.g. {@code WebServiceDump::read}) on the executor; a folder
   * that cannot be read yields a report whose input problem names the folder.
   *
   * @param folders the folders, one school each; consumed once
   * @param reader reads one folder; may throw an unchecked exception for an unreadable folder
   * @return the reports, one per folder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if parallelism is less than 1
   */
  public Stream<Report> checkFolders(Stream<Path> folders, Function<? super Path, ? extends SchoolSnapshot> reader,
      Executor executor, int parallelism, ReportOrder order) {
    return checkFolders0(folders, reader, executor, parallelism, order);
  }

  /**
   * Reads ({@link WebServiceDump#read}) and checks dump folders in parallel: the batch entry point of
   * {@code sinkron check-all}. Same streaming, order and failure behaviour as
   * {@link #checkAll(Stream, Executor, int, ReportOrder)}; an unreadable folder (not JSON, a missing
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
   * @return the reports, one per folder
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if parallelism is less than 1
   */
  public Stream<Report> checkDumps(Stream<Path> folders, Executor executor, int parallelism, ReportOrder order) {
    return checkFolders0(folders, WebServiceDump::read, executor, parallelism, order);
  }

  private Stream<Report> checkFolders0(Stream<Path> folders, Function<? super Path, ? extends SchoolSnapshot> reader,
      Executor executor, int parallelism, ReportOrder order) {
    Objects.requireNonNull(folders, "folders");
    Objects.requireNonNull(reader, "reader");
    Iterator<ParallelChecks.Source> input = folders
        .map(p -> new ParallelChecks.Source(Optional.of(p.toString()), () -> reader.apply(p)))
        .iterator();
    return ParallelChecks.stream(this, input, executor, parallelism, order).onClose(folders::close);
  }
}
