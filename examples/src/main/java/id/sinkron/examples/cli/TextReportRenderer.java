package id.sinkron.examples.cli;

import id.sinkron.check.Application;
import id.sinkron.check.ApplicationSummary;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.check.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's report: a summary per application first (READY / NOT READY and counts), then the
 * findings grouped by application and by person or rombel, each with its fix and its basis;
 * identifiers masked, names masked unless the check revealed them; readable in an 80-column
 * terminal. Reads the typed report through {@link ReportView}.
 */
final class TextReportRenderer {

  String render(Report report) {
    ReportView v = new ReportView(report);
    StringBuilder out = new StringBuilder();
    String rule = "=".repeat(CliText.WIDTH);
    out.append(rule).append('\n').append(v.t("title")).append('\n').append(rule).append('\n');
    String npsn = v.npsn().map(n -> " (NPSN " + n + ")").orElse("");
    java.util.List<String[]> rows =
        new java.util.ArrayList<>(
            java.util.List.of(
                new String[] {v.t("school"), v.schoolName() + npsn},
                new String[] {v.t("semester"), v.semester()},
                new String[] {
                  v.t("asOf"),
                  report.asOf() + (report.asOfDefaulted() ? " " + v.t("asOf.defaulted") : "")
                },
                new String[] {v.t("profile"), v.profileTitle()}));
    v.eraporVariant().ifPresent(e -> rows.add(new String[] {v.t("erapor.variant"), e}));
    String[][] head = rows.toArray(new String[0][]);
    int w = 0;
    for (String[] h : head) {
      w = Math.max(w, h[0].length());
    }
    for (String[] h : head) {
      CliText.wrap(h[1], String.format(Locale.ROOT, "%-" + w + "s : ", h[0]), " ".repeat(w + 3))
          .forEach(l -> line(out, l));
    }
    List<String> bosm = v.bosmLines();
    if (!bosm.isEmpty()) {
      // A madrasah's report leads with the BOS Madrasah count.
      out.append('\n');
      bosm.forEach(l -> CliText.wrap(l, "  ", "    ").forEach(x -> line(out, x)));
    }
    out.append('\n').append(v.t("summary")).append('\n');
    // the Dapodik sync gate first: nothing reaches the other applications without it
    for (String g : v.gateLines()) {
      CliText.wrap(g, "  ", "    ").forEach(l -> line(out, l));
    }
    int appW = 11;
    for (ApplicationSummary s : v.applications()) {
      appW = Math.max(appW, v.appName(s.application()).length());
    }
    for (ApplicationSummary s : v.applications()) {
      String appLine =
          String.format(
              Locale.ROOT, "  %-" + appW + "s %-16s ", v.appName(s.application()), v.verdict(s));
      Optional<String> counts = v.counts(s);
      if (counts.isEmpty()) {
        out.append(appLine.stripTrailing()).append('\n');
        s.reason().ifPresent(r -> CliText.wrap(r, "    ", "    ").forEach(l -> line(out, l)));
      } else {
        line(out, appLine + counts.get());
        if (s.blockers() == 0) {
          s.reason().ifPresent(r -> CliText.wrap(r, "    ", "    ").forEach(l -> line(out, l)));
        }
      }
    }
    v.incomplete()
        .ifPresent(
            text -> {
              out.append('\n');
              CliText.wrap(text, "", "  ").forEach(l -> line(out, l));
            });
    summaries(out, v);

    for (Application app : Application.values()) {
      List<Finding> findings = v.findings(app);
      if (findings.isEmpty()) {
        continue;
      }
      out.append('\n').append(v.appName(app).toUpperCase(Locale.ROOT)).append('\n');
      out.append("-".repeat(CliText.WIDTH)).append('\n');
      Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
      for (Finding f : findings) {
        bySubject
            .computeIfAbsent(f.subject().kind() + "/" + f.subject().id(), k -> new ArrayList<>())
            .add(f);
      }
      for (List<Finding> group : bySubject.values()) {
        Subject s = group.get(0).subject();
        line(out, "* " + v.subject(s));
        for (Finding f : group) {
          String sev = "[" + v.severity(f.severity()) + "] ";
          CliText.wrap(f.message(), "    " + sev + f.code() + " \u2014 ", "      ")
              .forEach(l -> line(out, l));
          CliText.wrap(f.fix(), "      " + v.t("fix") + ": ", "        ")
              .forEach(l -> line(out, l));
          CliText.wrap(v.basis(f), "      ", "        ").forEach(l -> line(out, l));
        }
      }
    }
    List<ReportView.NotEvaluatedLine> notEvaluated = v.notEvaluated();
    if (!notEvaluated.isEmpty()) {
      out.append('\n').append(v.t("notEvaluated")).append('\n');
      for (ReportView.NotEvaluatedLine n : notEvaluated) {
        CliText.wrap(n.text(), "  - ", "    ").forEach(l -> line(out, l));
      }
    }
    List<String> problems = v.inputProblems();
    if (!problems.isEmpty()) {
      out.append('\n').append(v.t("inputProblems")).append('\n');
      for (String p : problems) {
        CliText.wrap(p, "  - ", "    ").forEach(l -> line(out, l));
      }
    }
    if (report.findings().isEmpty() && report.isComplete()) {
      out.append('\n').append(v.t("noFindings")).append('\n');
    }
    return out.toString();
  }

  /**
   * One short paragraph per application that has typed details (in the order GTK, E-Rapor, ARKAS).
   */
  private static void summaries(StringBuilder out, ReportView v) {
    List<String> lines = new ArrayList<>();
    v.gtkSummary().ifPresent(lines::add);
    v.eraporSummary().ifPresent(lines::add);
    v.arkasSummary().ifPresent(lines::add);
    v.arkasEstimate().ifPresent(lines::add);
    if (!lines.isEmpty()) {
      out.append('\n');
    }
    for (String s : lines) {
      CliText.wrap(s, "  ", "    ").forEach(l -> line(out, l));
    }
  }

  private static void line(StringBuilder out, String s) {
    out.append(s).append('\n');
  }
}
