package id.sinkron.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.check.Application;
import id.sinkron.check.ApplicationSummary;
import id.sinkron.check.Finding;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Report;
import id.sinkron.check.Subject;
import id.sinkron.model.InputProblem;
import id.sinkron.profile.RegulationProfiles;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's report: a summary per application first (READY / NOT READY and counts), then the
 * findings grouped by application and by person or rombel, each with its fix; identifiers masked,
 * names masked unless the check revealed them; readable in an 80-column terminal.
 */
final class TextReportRenderer {
  private static final ObjectMapper JSON = new ObjectMapper();

  String render(Report report) {
    CliText t = new CliText(report.locale());
    Messages core = new Messages(report);
    StringBuilder out = new StringBuilder();
    String rule = "=".repeat(CliText.WIDTH);
    out.append(rule).append('\n').append(t.t("title")).append('\n').append(rule).append('\n');
    String npsn = report.school().npsn().map(n -> " (NPSN " + n + ")").orElse("");
    String[][] head = {
        {t.t("school"), report.school().nama().orElse("-") + npsn},
        {t.t("semester"), report.school().semesterId().orElse("-")},
        {t.t("asOf"), report.asOf() + (report.asOfDefaulted() ? " " + t.t("asOf.defaulted") : "")},
        {t.t("profile"), safeTitle(report.profile())}};
    int w = 0;
    for (String[] h : head) {
      w = Math.max(w, h[0].length());
    }
    for (String[] h : head) {
      CliText.wrap(h[1], String.format("%-" + w + "s : ", h[0]), " ".repeat(w + 3)).forEach(l -> line(out, l));
    }
    List<String> bosm = BosmSection.lines(report, t);
    if (!bosm.isEmpty()) {
      // A madrasah's report leads with the BOS Madrasah count.
      out.append('\n');
      bosm.forEach(l -> CliText.wrap(l, "  ", "    ").forEach(x -> line(out, x)));
    }
    out.append('\n').append(t.t("summary")).append('\n');
    // the Dapodik sync gate first: nothing reaches the other applications without it
    JsonNode gate = detailsOf(report).path("DAPODIK");
    if (gate.hasNonNull("headline")) {
      CliText.wrap(gate.path("headline").asText(), "  ", "    ").forEach(l -> line(out, l));
      if (gate.hasNonNull("pending_line")) {
        CliText.wrap(gate.path("pending_line").asText(), "  ", "    ").forEach(l -> line(out, l));
      }
    }
    for (ApplicationSummary s : report.applications().values()) {
      String verdict = core.verdict(s);
      String appLine = String.format("  %-11s %-16s ", t.t("app." + s.application().name()), verdict);
      if (s.verdict() == id.sinkron.check.Verdict.NOT_EVALUATED) {
        out.append(appLine.stripTrailing()).append('\n');
        s.reason().ifPresent(r -> CliText.wrap(r, "    ", "    ").forEach(l -> line(out, l)));
      } else {
        line(out, appLine + t.t("counts", s.blockers(), s.warnings(), s.infos()));
        if (s.blockers() == 0) {
          s.reason().ifPresent(r -> CliText.wrap(r, "    ", "    ").forEach(l -> line(out, l)));
        }
      }
    }
    if (!report.isComplete()) {
      // nothing evaluated is never success: say so before anything else
      // the per-application reasons are in the summary above; name the applications, or say why none was checked
      List<String> apps = report.requestedApplications().stream()
          .filter(a -> report.verdict(a) == id.sinkron.check.Verdict.NOT_EVALUATED)
          .map(a -> t.t("app." + a.name())).toList();
      String why = apps.isEmpty() ? String.join(" ", report.incompleteReasons()) : String.join(", ", apps);
      out.append('\n');
      CliText.wrap(t.t("incomplete") + " " + why, "", "  ").forEach(l -> line(out, l));
    }
    JsonNode details = detailsOf(report);
    summaries(out, t, report, details);

    for (Application app : Application.values()) {
      List<Finding> findings = report.findings(app);
      if (findings.isEmpty()) {
        continue;
      }
      out.append('\n').append(t.t("app." + app.name()).toUpperCase(report.locale())).append('\n');
      out.append("-".repeat(CliText.WIDTH)).append('\n');
      Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
      for (Finding f : findings) {
        bySubject.computeIfAbsent(f.subject().kind() + "/" + f.subject().id(), k -> new java.util.ArrayList<>()).add(f);
      }
      for (List<Finding> group : bySubject.values()) {
        Subject s = group.get(0).subject();
        line(out, "* " + t.t("kind." + s.kind().name()) + ": " + report.displayName(s));
        for (Finding f : group) {
          String sev = "[" + core.severity(f) + "] ";
          CliText.wrap(f.message(), "    " + sev + f.code() + " \u2014 ", "      ").forEach(l -> line(out, l));
          CliText.wrap(f.fix(), "      " + t.t("fix") + ": ", "        ").forEach(l -> line(out, l));
        }
      }
    }
    if (!report.notEvaluated().isEmpty()) {
      out.append('\n').append(t.t("notEvaluated")).append('\n');
      Map<String, Integer> seen = new LinkedHashMap<>();
      Map<String, String> reasons = new LinkedHashMap<>();
      for (NotEvaluated n : report.notEvaluated()) {
        String key = n.code() + "\u0000" + n.reason();
        seen.merge(key, 1, Integer::sum);
        reasons.putIfAbsent(key, n.code() + " \u2014 " + n.reason());
      }
      for (Map.Entry<String, String> e : reasons.entrySet()) {
        int count = seen.get(e.getKey());
        String text = e.getValue() + (count > 1 ? " (" + count + "\u00d7)" : "");
        CliText.wrap(text, "  - ", "    ").forEach(l -> line(out, l));
      }
    }
    if (!report.inputProblems().isEmpty()) {
      out.append('\n').append(t.t("inputProblems")).append('\n');
      for (InputProblem p : report.inputProblems()) {
        CliText.wrap(p.code().code() + " \u2014 " + report.describe(p), "  - ", "    ").forEach(l -> line(out, l));
      }
    }
    if (report.findings().isEmpty() && report.isComplete()) {
      out.append('\n').append(t.t("noFindings")).append('\n');
    }
    return out.toString();
  }

  private static void summaries(StringBuilder out, CliText t, Report report, JsonNode details) {
    JsonNode gtk = details.path("INFO_GTK").path("teachers");
    if (gtk.isArray() && gtk.size() > 0) {
      int valid = 0;
      for (JsonNode teacher : gtk) {
        if ("VALID".equals(teacher.path("status").asText())) {
          valid++;
        }
      }
      out.append('\n');
      CliText.wrap(t.t("gtk.summary", gtk.size(), valid, gtk.size() - valid), "  ", "    ").forEach(l -> line(out, l));
    }
    JsonNode erapor = details.path("E_RAPOR");
    if (erapor.path("rombel").isArray()) {
      int classes = 0;
      for (JsonNode r : erapor.path("rombel")) {
        if ("CLASS".equals(r.path("kind").asText()) && r.path("activeSemester").asBoolean(true)) {
          classes++;
        }
      }
      int unplaced = countUnplaced(erapor);
      CliText.wrap(t.t("erapor.summary", classes, unplaced), "  ", "    ").forEach(l -> line(out, l));
    }
    JsonNode arkas = details.path("ARKAS");
    if (arkas.has("countable")) {
      long days = arkas.path("daysToCutOff").asLong();
      String key = days >= 0 ? "arkas.summary" : "arkas.summary.past";
      CliText.wrap(t.t(key, arkas.path("cutOff").asText(), Math.abs(days), arkas.path("countable").asInt(),
          arkas.path("activeTotal").asInt()), "  ", "    ").forEach(l -> line(out, l));
      JsonNode est = arkas.path("estimate");
      if (est.isNumber()) {
        String amount = NumberFormat.getIntegerInstance(t.locale()).format(est.asLong());
        CliText.wrap(t.t("arkas.estimate", amount), "  ", "    ").forEach(l -> line(out, l));
      }
    }
  }

  private static int countUnplaced(JsonNode erapor) {
    int n = 0;
    for (JsonNode p : erapor.path("placement")) {
      if (!"PLACED".equals(p.path("status").asText())) {
        n++;
      }
    }
    return n;
  }

  static JsonNode detailsOf(Report report) {
    try {
      return JSON.readTree(report.toJson(false)).path("details");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String safeTitle(String profile) {
    try {
      return RegulationProfiles.named(profile).title();
    } catch (IllegalArgumentException e) {
      return profile;
    }
  }

  private static void line(StringBuilder out, String s) {
    out.append(s).append('\n');
  }

  /** Verdict and severity labels from core's bundle, in the report's locale. */
  static final class Messages {
    private final id.sinkron.check.Messages m;

    Messages(Report report) {
      this.m = id.sinkron.check.Messages.load("id.sinkron.check.messages", report.locale(),
          Report.class.getClassLoader());
    }

    String verdict(ApplicationSummary s) {
      return m.format("verdict." + s.verdict().name());
    }

    String severity(Finding f) {
      return m.format("severity." + f.severity().name());
    }
  }
}
