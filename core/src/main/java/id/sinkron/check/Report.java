package id.sinkron.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.sinkron.model.InputProblem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of checking one school: per-application verdicts and counts, findings in a stable
 * order (application, severity, subject, code), rules not evaluated, input problems, and each
 * application's typed details. Immutable and thread-safe. {@link #toJson()} writes schema {@code
 * sinkron-report/1} (DESIGN.md §5), byte for byte the same for the same input.
 *
 * <p>Names of persons are masked in the JSON unless the check was made with {@code
 * Sinkron.checker().revealNames(true)}; identifiers are always masked.
 *
 * @since 0.1
 */
public final class Report {
  /** The JSON schema id. */
  public static final String SCHEMA = "sinkron-report/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);

  private final SchoolInfo school;
  private final LocalDate asOf;
  private final boolean asOfDefaulted;
  private final String profile;
  private final Locale locale;
  private final boolean revealNames;
  private final Map<Application, ApplicationSummary> applications;
  private final List<Finding> findings;
  private final List<NotEvaluated> notEvaluated;
  private final List<InputProblem> inputProblems;
  private final Map<Application, Object> details;
  private final Set<Application> requested;
  private final boolean inputReadable;
  private final List<String> incompleteReasons;

  Report(
      SchoolInfo school,
      LocalDate asOf,
      boolean asOfDefaulted,
      String profile,
      Locale locale,
      boolean revealNames,
      Map<Application, ApplicationSummary> applications,
      List<Finding> findings,
      List<NotEvaluated> notEvaluated,
      List<InputProblem> inputProblems,
      Map<Application, Object> details,
      Set<Application> requested,
      boolean inputReadable,
      List<String> incompleteReasons) {
    this.school = school;
    this.asOf = asOf;
    this.asOfDefaulted = asOfDefaulted;
    this.profile = profile;
    this.locale = locale;
    this.revealNames = revealNames;
    this.applications = Collections.unmodifiableMap(new EnumMap<>(applications));
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    this.findings = List.copyOf(sorted);
    this.notEvaluated = List.copyOf(notEvaluated);
    this.inputProblems = List.copyOf(inputProblems);
    this.details =
        details.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(details));
    Set<Application> req = EnumSet.noneOf(Application.class);
    req.addAll(requested);
    this.requested = Collections.unmodifiableSet(req);
    this.inputReadable = inputReadable;
    this.incompleteReasons = List.copyOf(incompleteReasons);
  }

  /**
   * Assembles a report; used by the facade and by tests of validator modules.
   *
   * @param school the school's identity
   * @param asOf the reference date
   * @param profile the regulation profile's name
   * @param locale the language of messages
   * @param revealNames whether rendered output shows persons' names unmasked
   * @param applications verdict and counts per application
   * @param findings the findings, in any order
   * @param notEvaluated the rules not evaluated
   * @param inputProblems the problems of the input
   * @param details typed details per application
   * @param requested the applications the caller asked for ({@link #requestedApplications()})
   * @param inputReadable whether the input held at least one readable Web Service response
   * @param incompleteReasons why the report is not complete, in the report's language (empty when
   *     it is)
   * @return the report
   */
  public static Report of(
      SchoolInfo school,
      LocalDate asOf,
      String profile,
      Locale locale,
      boolean revealNames,
      Map<Application, ApplicationSummary> applications,
      List<Finding> findings,
      List<NotEvaluated> notEvaluated,
      List<InputProblem> inputProblems,
      Map<Application, Object> details,
      Set<Application> requested,
      boolean inputReadable,
      List<String> incompleteReasons) {
    return of(
        school,
        asOf,
        false,
        profile,
        locale,
        revealNames,
        applications,
        findings,
        notEvaluated,
        inputProblems,
        details,
        requested,
        inputReadable,
        incompleteReasons);
  }

  /**
   * Assembles a report, saying whether the reference date was defaulted (to the system clock's
   * today) because the caller gave none.
   *
   * @param school the school's identification
   * @param asOf the reference date
   * @param asOfDefaulted whether {@code asOf} is a default (today) rather than the caller's date
   * @param profile the regulation profile's name
   * @param locale the locale of the messages
   * @param revealNames whether rendered output shows persons' names
   * @param applications the summary per application
   * @param findings the findings, in any order (the report sorts them)
   * @param notEvaluated the rules not evaluated
   * @param inputProblems the input problems of the snapshot
   * @param details each application's typed details
   * @param requested the applications the caller asked for ({@link #requestedApplications()})
   * @param inputReadable whether the input held at least one readable Web Service response
   * @param incompleteReasons why the report is not complete, in the report's language (empty when
   *     it is)
   * @return the report
   * @since 0.2
   */
  public static Report of(
      SchoolInfo school,
      LocalDate asOf,
      boolean asOfDefaulted,
      String profile,
      Locale locale,
      boolean revealNames,
      Map<Application, ApplicationSummary> applications,
      List<Finding> findings,
      List<NotEvaluated> notEvaluated,
      List<InputProblem> inputProblems,
      Map<Application, Object> details,
      Set<Application> requested,
      boolean inputReadable,
      List<String> incompleteReasons) {
    return new Report(
        Objects.requireNonNull(school),
        Objects.requireNonNull(asOf),
        asOfDefaulted,
        Objects.requireNonNull(profile),
        Objects.requireNonNull(locale),
        revealNames,
        applications,
        findings,
        notEvaluated,
        inputProblems,
        details,
        requested,
        inputReadable,
        incompleteReasons);
  }

  /**
   * @return the school's identification (NPSN, name, semester)
   */
  public SchoolInfo school() {
    return school;
  }

  /**
   * The reference date of the check: ages, active duties, days to the ARKAS cut-off are computed as
   * of this date. When the caller gave none ({@code Sinkron.checker()} without {@code asOf(…)} or
   * {@code CheckOptions.referenceDate}), it is the system clock's today and {@link
   * #asOfDefaulted()} is true.
   *
   * @return the reference date of the check
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Whether {@link #asOf()} was defaulted to the system clock's today because the caller gave no
   * reference date. A check of last year's data, or one that must be reproducible, should pass the
   * date; the JSON then carries {@code "asOfDefaulted": true} after {@code asOf} (the field is
   * absent when the date was given).
   *
   * @return true when the reference date is a default, not the caller's
   * @since 0.2
   */
  public boolean asOfDefaulted() {
    return asOfDefaulted;
  }

  /**
   * @return the regulation profile's name
   */
  public String profile() {
    return profile;
  }

  /**
   * @return the locale messages were rendered in
   */
  public Locale locale() {
    return locale;
  }

  /**
   * @return whether persons' names are shown unmasked in rendered output
   */
  public boolean revealNames() {
    return revealNames;
  }

  /**
   * @param app the application
   * @return the verdict for {@code app}
   */
  public Verdict verdict(Application app) {
    return summary(app).verdict();
  }

  /**
   * @param app the application
   * @return verdict and counts for {@code app} (every application has one)
   */
  public ApplicationSummary summary(Application app) {
    return applications.get(app);
  }

  /**
   * @return verdicts and counts of all applications, in enum order
   */
  public Map<Application, ApplicationSummary> applications() {
    return applications;
  }

  /**
   * @return all findings in stable order
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * @param app the application
   * @return the findings of one application, in stable order
   */
  public List<Finding> findings(Application app) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.application() == app) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * @return whether any evaluated application is NOT_READY. <b>Not a gate on its own</b>: it is
   *     false too when nothing could be evaluated; gate on {@link #isReady()} (or {@link
   *     #outcome()})
   */
  public boolean hasBlockers() {
    return applications.values().stream().anyMatch(s -> s.verdict() == Verdict.NOT_READY);
  }

  /**
   * The applications this report was asked to answer for. With {@code Checker.only(…)}, exactly
   * those; without it, every application whose validator is on the classpath (an application not
   * applicable to the snapshot is not requested). Empty when no validator was found at all.
   *
   * @return the requested applications, in enum order
   * @since 0.2
   */
  public Set<Application> requestedApplications() {
    return requested;
  }

  /**
   * Whether every requested application was evaluated (none NOT_EVALUATED), and at least one was
   * requested. A report without any validator, or whose input was missing, refused, partial or
   * contradictory for a requested application, is not complete; {@link #incompleteReasons()} says
   * why.
   *
   * @return whether the report answers for everything that was requested
   * @since 0.2
   */
  public boolean isComplete() {
    return incompleteReasons.isEmpty();
  }

  /**
   * @return why the report is not complete, one line per reason in the report's language (the
   *     application and its not-evaluated reason, or "no validator on the classpath"); empty when
   *     complete
   * @since 0.2
   */
  public List<String> incompleteReasons() {
    return incompleteReasons;
  }

  /**
   * The gate: NOT_READY when a requested application has blockers (or unreadable rows), UNREADABLE
   * when the input held no readable response at all, INCOMPLETE when the report is not complete,
   * else READY.
   *
   * @return the outcome; {@link Outcome#exitCode()} is the command line's exit code
   * @since 0.2
   */
  public Outcome outcome() {
    if (hasBlockers()) {
      return Outcome.NOT_READY;
    }
    if (!inputReadable) {
      return Outcome.UNREADABLE;
    }
    return isComplete() ? Outcome.READY : Outcome.INCOMPLETE;
  }

  /**
   * <b>The call to gate on</b>: true only when every requested application was evaluated and is
   * READY ({@link #outcome()} is {@link Outcome#READY}). "Nothing evaluated" is never ready.
   *
   * @return whether the school is ready for every requested application
   * @since 0.2
   */
  public boolean isReady() {
    return outcome() == Outcome.READY;
  }

  /**
   * @return the rules (or applications) that could not be evaluated, and why
   */
  public List<NotEvaluated> notEvaluated() {
    return notEvaluated;
  }

  /**
   * @return the problems met reading the input (unreadable rows, missing files …)
   */
  public List<InputProblem> inputProblems() {
    return inputProblems;
  }

  /**
   * @param app the application
   * @param type the expected type of its details (e.g. {@code BospCount.class})
   * @param <T> that type
   * @return the details object of {@code app} if it is of {@code type}
   */
  public <T> Optional<T> details(Application app, Class<T> type) {
    Object d = details.get(app);
    return type.isInstance(d) ? Optional.of(type.cast(d)) : Optional.empty();
  }

  /**
   * @return all details by application
   */
  public Map<Application, Object> details() {
    return details;
  }

  /**
   * @param p an input problem (of this report or any other)
   * @return the rendered message of an input problem in the report's locale: where (file, row,
   *     field, masked value, only those known) and why ({@link InputProblem#reasonKey()} in the
   *     report's language; the English {@link InputProblem#detail()} only where no translation
   *     exists)
   */
  public String describe(InputProblem p) {
    Messages m = Messages.load("id.sinkron.check.messages", locale, Report.class.getClassLoader());
    List<String> where = new ArrayList<>();
    p.file().ifPresent(where::add);
    p.row().ifPresent(r -> where.add(m.format("input.where.row", String.valueOf(r))));
    p.field().ifPresent(f -> where.add(m.format("input.where.field", f)));
    p.value().filter(v -> !v.isEmpty()).ifPresent(v -> where.add(m.format("input.where.value", v)));
    String location = where.isEmpty() ? m.format("input.where.none") : String.join(", ", where);
    return m.format(p.code().messageKey(), location, reason(m, p));
  }

  private static String reason(Messages m, InputProblem p) {
    if (p.reasonKey().isPresent() && m.has(p.reasonKey().get())) {
      Object[] args =
          p.reasonArgs().stream()
              .map(
                  a ->
                      a.startsWith("@") && m.has("input.arg." + a.substring(1))
                          ? m.format("input.arg." + a.substring(1))
                          : a)
              .toArray();
      return m.format(p.reasonKey().get(), args);
    }
    return p.detail();
  }

  /**
   * @param s a subject of this report
   * @return the name of a subject as rendered output shows it (masked for persons unless revealed)
   */
  public String displayName(Subject s) {
    return revealNames ? s.name() : s.maskedName();
  }

  /**
   * @return the report as pretty-printed JSON, schema {@code sinkron-report/1}
   */
  public String toJson() {
    return toJson(true);
  }

  /**
   * @param pretty whether to indent; {@code false} gives one line (for JSON Lines)
   * @return the report as JSON
   */
  public String toJson(boolean pretty) {
    StringWriter w = new StringWriter();
    writeJson(w, pretty);
    return w.toString();
  }

  /**
   * Writes the JSON to {@code out} (not closed).
   *
   * @param out where to write
   * @param pretty whether to indent
   * @throws UncheckedIOException when writing fails
   */
  public void writeJson(Writer out, boolean pretty) {
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      writeJson(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeJson(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeObjectFieldStart("school");
    writeOpt(g, "npsn", school.npsn());
    writeOpt(g, "nama", school.nama());
    writeOpt(g, "semesterId", school.semesterId());
    g.writeEndObject();
    g.writeStringField("asOf", asOf.toString());
    if (asOfDefaulted) {
      g.writeBooleanField(
          "asOfDefaulted", true); // additive (0.2); absent when the caller gave the date
    }
    g.writeStringField("profile", profile);
    g.writeStringField("outcome", outcome().name());
    g.writeBooleanField("complete", isComplete());
    g.writeArrayFieldStart("requested");
    for (Application a : requested) {
      g.writeString(a.name());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("incompleteReasons");
    for (String r : incompleteReasons) {
      g.writeString(r);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("applications");
    for (ApplicationSummary s : applications.values()) {
      g.writeObjectFieldStart(s.application().name());
      g.writeStringField("verdict", s.verdict().name());
      g.writeNumberField("blockers", s.blockers());
      g.writeNumberField("warnings", s.warnings());
      g.writeNumberField("infos", s.infos());
      writeOpt(g, "reason", s.reason());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringField("code", f.code());
      g.writeStringField("application", f.application().name());
      g.writeStringField("severity", f.severity().name());
      writeSubject(g, f.subject());
      writeOpt(g, "field", f.field());
      writeOpt(g, "value", f.value());
      g.writeStringField("message", f.message());
      g.writeStringField("fix", f.fix());
      writeOpt(g, "reference", f.reference());
      g.writeObjectFieldStart("basis");
      g.writeStringField("kind", f.basis().kind().name());
      g.writeStringField("label", f.basis().label(locale));
      g.writeStringField("citation", f.basis().citation());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notEvaluated");
    for (NotEvaluated n : notEvaluated) {
      g.writeStartObject();
      g.writeStringField("code", n.code());
      g.writeStringField("application", n.application().name());
      if (n.subject().isPresent()) {
        writeSubject(g, n.subject().get());
      }
      g.writeStringField("reason", n.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("inputProblems");
    for (InputProblem p : inputProblems) {
      g.writeStartObject();
      g.writeStringField("code", p.code().code());
      if (p.endpoint().isPresent()) {
        g.writeStringField("endpoint", p.endpoint().get().path());
      }
      writeOpt(g, "file", p.file());
      if (p.row().isPresent()) {
        g.writeNumberField("row", p.row().get());
      }
      writeOpt(g, "field", p.field());
      writeOpt(g, "value", p.value());
      g.writeStringField("message", describe(p));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("details");
    for (Map.Entry<Application, Object> e : details.entrySet()) {
      g.writeFieldName(e.getKey().name());
      MAPPER.writeValue(g, e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private void writeSubject(JsonGenerator g, Subject s) throws IOException {
    g.writeObjectFieldStart("subject");
    g.writeStringField("kind", s.kind().name());
    g.writeStringField("id", s.id());
    g.writeStringField("name", displayName(s));
    g.writeEndObject();
  }

  private static void writeOpt(JsonGenerator g, String name, Optional<String> v)
      throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    } else {
      g.writeNullField(name);
    }
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Report[");
    school.npsn().ifPresent(n -> b.append("npsn=").append(n).append(", "));
    b.append("asOf=").append(asOf);
    if (asOfDefaulted) {
      b.append(" (defaulted)");
    }
    for (ApplicationSummary s : applications.values()) {
      b.append(", ").append(s.application()).append('=').append(s.verdict());
    }
    return b.append(", findings=").append(findings.size()).append(']').toString();
  }
}
