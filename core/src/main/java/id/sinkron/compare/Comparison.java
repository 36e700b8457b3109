package id.sinkron.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the edits between two snapshots of one school will do downstream: the two reports, per
 * application the findings fixed, new and unchanged (matched by {@link FindingKey}), the changes to
 * the school's own data ({@link SchoolChanges}) and each application's own deltas ({@link
 * #details(Application, Class)}: a teacher's recognised load and predicted status, the BOSP count).
 * Made by {@code Sinkron.checker().compare(before, after)}. Immutable and thread-safe.
 *
 * <p>Comparing a snapshot with itself gives no change; comparing B with A mirrors A with B (fixed
 * and new swap, added and removed swap, before and after swap). {@link #toJson()} writes schema
 * {@code sinkron-comparison/1} (docs/DESIGN.md).
 *
 * @since 0.2
 */
public final class Comparison {
  /** The JSON schema id. */
  public static final String SCHEMA = "sinkron-comparison/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);

  private final Report before;
  private final Report after;
  private final Map<Application, ApplicationComparison> applications;
  private final SchoolChanges school;
  private final Map<Application, Object> details;

  private Comparison(
      Report before,
      Report after,
      Map<Application, ApplicationComparison> applications,
      SchoolChanges school,
      Map<Application, Object> details) {
    this.before = before;
    this.after = after;
    this.applications = Collections.unmodifiableMap(new EnumMap<>(applications));
    this.school = school;
    this.details =
        details.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(details));
  }

  /**
   * Assembles a comparison from two reports of the same options; used by the facade.
   *
   * @param before the first report
   * @param after the second report
   * @param school the changes to the school's data
   * @param details each application's own deltas (may be empty)
   * @return the comparison
   * @throws NullPointerException if an argument is null
   */
  public static Comparison of(
      Report before, Report after, SchoolChanges school, Map<Application, ?> details) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(school, "school");
    Map<Application, ApplicationComparison> apps = new EnumMap<>(Application.class);
    for (Application app : Application.values()) {
      apps.put(app, compare(app, before, after));
    }
    Map<Application, Object> d = new EnumMap<>(Application.class);
    d.putAll(Objects.requireNonNull(details, "details"));
    return new Comparison(before, after, apps, school, d);
  }

  private static ApplicationComparison compare(Application app, Report before, Report after) {
    Map<FindingKey, List<Finding>> b = byKey(before.findings(app));
    Map<FindingKey, List<Finding>> a = byKey(after.findings(app));
    List<Finding> fixed = new ArrayList<>();
    List<Finding> introduced = new ArrayList<>();
    List<Finding> unchanged = new ArrayList<>();
    for (Map.Entry<FindingKey, List<Finding>> e : b.entrySet()) {
      List<Finding> other = a.getOrDefault(e.getKey(), List.of());
      List<Finding> mine = e.getValue();
      fixed.addAll(mine.subList(Math.min(other.size(), mine.size()), mine.size()));
    }
    for (Map.Entry<FindingKey, List<Finding>> e : a.entrySet()) {
      List<Finding> other = b.getOrDefault(e.getKey(), List.of());
      List<Finding> mine = e.getValue();
      int common = Math.min(other.size(), mine.size());
      unchanged.addAll(mine.subList(0, common));
      introduced.addAll(mine.subList(common, mine.size()));
    }
    fixed.sort(Finding.ORDER);
    introduced.sort(Finding.ORDER);
    unchanged.sort(Finding.ORDER);
    return new ApplicationComparison(
        app, before.verdict(app), after.verdict(app), fixed, introduced, unchanged);
  }

  /**
   * Findings by key; those sharing a key in the order of their messages (so the row order never
   * matters).
   */
  private static Map<FindingKey, List<Finding>> byKey(List<Finding> findings) {
    Map<FindingKey, List<Finding>> out = new TreeMap<>();
    for (Finding f : findings) {
      out.computeIfAbsent(FindingKey.of(f), k -> new ArrayList<>()).add(f);
    }
    for (List<Finding> l : out.values()) {
      l.sort((x, y) -> x.message().compareTo(y.message()));
    }
    return out;
  }

  /**
   * @return the report of the first snapshot
   */
  public Report before() {
    return before;
  }

  /**
   * @return the report of the second snapshot
   */
  public Report after() {
    return after;
  }

  /**
   * @return every application's comparison, in enum order
   */
  public Map<Application, ApplicationComparison> applications() {
    return applications;
  }

  /**
   * @param app an application
   * @return its comparison (every application has one)
   */
  public ApplicationComparison application(Application app) {
    return applications.get(app);
  }

  /**
   * @return the changes to the school's own data
   */
  public SchoolChanges school() {
    return school;
  }

  /**
   * @param app an application
   * @param type the type of its deltas (e.g. {@code GtkChanges.class}, {@code BospChanges.class})
   * @param <T> that type
   * @return the application's own deltas, when it was evaluated in both reports and computes them
   */
  public <T> Optional<T> details(Application app, Class<T> type) {
    Object d = details.get(app);
    return type.isInstance(d) ? Optional.of(type.cast(d)) : Optional.empty();
  }

  /**
   * @return whether any application gets a new blocker from the change
   */
  public boolean introducesBlocker() {
    return applications.values().stream().anyMatch(ApplicationComparison::introducesBlocker);
  }

  /**
   * @return whether nothing changed: no finding fixed or new, the same verdicts, the same school
   *     data
   */
  public boolean isEmpty() {
    return school.isEmpty()
        && applications.values().stream().allMatch(ApplicationComparison::isUnchanged);
  }

  /**
   * @return the comparison as pretty-printed JSON, schema {@code sinkron-comparison/1}
   */
  public String toJson() {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeObjectFieldStart("school");
    writeOpt(g, "npsn", after.school().npsn().or(() -> before.school().npsn()));
    writeOpt(g, "nama", after.school().nama().or(() -> before.school().nama()));
    writeOpt(g, "semesterBefore", before.school().semesterId());
    writeOpt(g, "semesterAfter", after.school().semesterId());
    g.writeEndObject();
    g.writeStringField("asOf", after.asOf().toString());
    g.writeStringField("profileBefore", before.profile());
    g.writeStringField("profileAfter", after.profile());
    g.writeBooleanField("introducesBlocker", introducesBlocker());
    g.writeObjectFieldStart("applications");
    for (ApplicationComparison c : applications.values()) {
      g.writeObjectFieldStart(c.application().name());
      g.writeStringField("verdictBefore", c.verdictBefore().name());
      g.writeStringField("verdictAfter", c.verdictAfter().name());
      writeFindings(g, "fixed", c.fixed(), before);
      writeFindings(g, "new", c.introduced(), after);
      g.writeArrayFieldStart("unchanged");
      for (Finding f : c.unchanged()) {
        g.writeString(FindingKey.of(f).toString());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeFieldName("changes");
    MAPPER.writeValue(g, school);
    g.writeObjectFieldStart("details");
    Map<String, Object> sorted = new LinkedHashMap<>();
    details.forEach((k, v) -> sorted.put(k.name(), v));
    for (Map.Entry<String, Object> e : sorted.entrySet()) {
      g.writeFieldName(e.getKey());
      MAPPER.writeValue(g, e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeFindings(
      JsonGenerator g, String name, List<Finding> findings, Report from) throws IOException {
    g.writeArrayFieldStart(name);
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringField("key", FindingKey.of(f).toString());
      g.writeStringField("code", f.code());
      g.writeStringField("severity", f.severity().name());
      g.writeObjectFieldStart("subject");
      g.writeStringField("kind", f.subject().kind().name());
      g.writeStringField("id", f.subject().id());
      g.writeStringField("name", from.displayName(f.subject()));
      g.writeEndObject();
      writeOpt(g, "field", f.field());
      g.writeStringField("message", f.message());
      g.writeStringField("fix", f.fix());
      g.writeObjectFieldStart("basis");
      g.writeStringField("kind", f.basis().kind().name());
      g.writeStringField("label", f.basis().label(from.locale()));
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
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
    StringBuilder b = new StringBuilder("Comparison[");
    after.school().npsn().ifPresent(n -> b.append("npsn=").append(n).append(", "));
    for (ApplicationComparison c : applications.values()) {
      if (c.verdictBefore() != Verdict.NOT_EVALUATED || c.verdictAfter() != Verdict.NOT_EVALUATED) {
        b.append(c.application())
            .append(": ")
            .append(c.fixed().size())
            .append(" fixed, ")
            .append(c.introduced().size())
            .append(" new; ");
      }
    }
    return b.append("school changes: ").append(!school.isEmpty()).append(']').toString();
  }
}
