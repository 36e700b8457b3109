package id.sinkron.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinkron.check.ApplicationSummary;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.profile.RegulationProfile;
import id.sinkron.profile.RegulationProfiles;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML file (no network: inline CSS, SVG and script): per-application status, a
 * per-teacher recognised-load bar chart against the minimum line, the BOSP countable vs excluded
 * breakdown, and the findings table with filters.
 */
final class HtmlReportRenderer {

  String render(Report report) {
    CliText t = new CliText(report.locale());
    TextReportRenderer.Messages core = new TextReportRenderer.Messages(report);
    JsonNode details = TextReportRenderer.detailsOf(report);
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(report.locale().getLanguage()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Sinkron \u2014 ").append(esc(report.school().nama().orElse(""))).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>").append(esc(t.t("title"))).append("</h1>\n<p class=\"school\"><strong>")
        .append(esc(report.school().nama().orElse("-"))).append("</strong>");
    report.school().npsn().ifPresent(n -> h.append(" \u00b7 NPSN ").append(esc(n)));
    h.append(" \u00b7 ").append(esc(t.t("semester"))).append(' ').append(esc(report.school().semesterId().orElse("-")))
        .append(" \u00b7 ").append(esc(t.t("asOf"))).append(' ').append(report.asOf())
        .append(" \u00b7 ").append(esc(TextReportRenderer.safeTitle(report.profile()))).append("</p></header>\n");

    java.util.List<String> bosm = BosmSection.lines(report, t);
    if (!bosm.isEmpty()) {
      // A madrasah's report leads with the BOS Madrasah count.
      h.append("<section class=\"bosm\"><h2>").append(esc(bosm.get(0))).append("</h2>\n");
      for (String l : bosm.subList(1, bosm.size())) {
        h.append("<p>").append(esc(l)).append("</p>\n");
      }
      h.append("</section>\n");
    }
    JsonNode gate = details.path("DAPODIK");
    if (gate.hasNonNull("headline")) {
      h.append("<section class=\"gate ").append(esc(gate.path("status").asText("").toLowerCase()))
          .append("\"><p class=\"gate-headline\"><strong>").append(esc(gate.path("headline").asText()))
          .append("</strong></p>");
      if (gate.hasNonNull("pending_line")) {
        h.append("<p class=\"gate-pending\">").append(esc(gate.path("pending_line").asText())).append("</p>");
      }
      h.append("</section>\n");
    }
    h.append("<section class=\"cards\">\n");
    for (ApplicationSummary s : report.applications().values()) {
      h.append("<div class=\"card ").append(s.verdict().name().toLowerCase()).append("\"><h2>")
          .append(esc(t.t("app." + s.application().name()))).append("</h2><p class=\"verdict\">")
          .append(esc(core.verdict(s))).append("</p>");
      if (s.verdict() != id.sinkron.check.Verdict.NOT_EVALUATED) {
        h.append("<p>").append(esc(t.t("counts", s.blockers(), s.warnings(), s.infos()))).append("</p>");
      }
      s.reason().ifPresent(r -> h.append("<p class=\"reason\">").append(esc(r)).append("</p>"));
      h.append("</div>\n");
    }
    h.append("</section>\n");

    loadChart(h, t, report, details.path("INFO_GTK").path("teachers"));
    bospChart(h, t, details.path("ARKAS"));
    findingsTable(h, t, core, report);

    h.append("<footer>").append(esc(t.t("html.generated"))).append("</footer>\n");
    h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void loadChart(StringBuilder h, CliText t, Report report, JsonNode teachers) {
    if (!teachers.isArray() || teachers.size() == 0) {
      return;
    }
    int min;
    try {
      RegulationProfile p = RegulationProfiles.named(report.profile());
      min = p.minJtm();
    } catch (IllegalArgumentException e) {
      min = RegulationProfiles.permendikdasmen11of2025().minJtm();
    }
    List<JsonNode> rows = new ArrayList<>();
    teachers.forEach(rows::add);
    int max = min + 16;
    for (JsonNode r : rows) {
      max = Math.max(max, r.path("recognisedJtm").asInt());
    }
    int labelW = 230;
    int barW = 520;
    int rowH = 22;
    int height = rows.size() * rowH + 40;
    double scale = (double) barW / max;
    h.append("<section><h2>").append(esc(t.t("html.load"))).append("</h2>\n")
        .append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(labelW + barW + 60).append(' ').append(height)
        .append("\" width=\"").append(labelW + barW + 60).append("\" height=\"").append(height).append("\">\n");
    int y = 10;
    for (JsonNode r : rows) {
      boolean evaluated = r.path("recognisedJtm").isNumber();
      int jtm = r.path("recognisedJtm").asInt();
      // below the minimum: red when it costs the allowance (certified teacher), orange otherwise
      String cls = !evaluated ? "na" : (jtm >= min ? "ok" : (r.path("certified").asBoolean(true) ? "bad" : "warn"));
      h.append("<text x=\"").append(labelW - 8).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
          .append(esc(teacherLabel(r))).append("</text>");
      if (evaluated) {
        h.append("<rect class=\"").append(cls).append("\" x=\"").append(labelW).append("\" y=\"").append(y + 3)
            .append("\" width=\"").append(Math.round(jtm * scale)).append("\" height=\"").append(rowH - 6).append("\"/>");
        h.append("<text x=\"").append(labelW + Math.round(jtm * scale) + 4).append("\" y=\"").append(y + 15).append("\">")
            .append(jtm).append(r.hasNonNull("jjmCategory") ? " \u00b7 " + esc(r.path("jjmCategory").asText()) : "")
            .append("</text>\n");
      } else {
        h.append("<text class=\"na\" x=\"").append(labelW + 4).append("\" y=\"").append(y + 15).append("\">")
            .append(esc(t.t("html.load.na"))).append("</text>\n");
      }
      y += rowH;
    }
    long x = labelW + Math.round(min * scale);
    h.append("<line class=\"min\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"4\" y2=\"").append(y + 6)
        .append("\"/><text class=\"minlabel\" x=\"").append(x + 4).append("\" y=\"").append(y + 22).append("\">")
        .append(esc(t.t("html.load.min", min))).append("</text>\n</svg></section>\n");
  }

  private static String teacherLabel(JsonNode r) {
    for (String f : new String[] {"maskedName", "name", "nama"}) {
      if (r.hasNonNull(f)) {
        return r.get(f).asText();
      }
    }
    String id = r.path("ptkId").asText();
    return id.length() > 8 ? id.substring(0, 8) : id;
  }

  private static void bospChart(StringBuilder h, CliText t, JsonNode arkas) {
    if (!arkas.has("countable")) {
      return;
    }
    int countable = arkas.path("countable").asInt();
    int active = arkas.path("activeTotal").asInt();
    h.append("<section><h2>").append(esc(t.t("html.bosp"))).append("</h2>\n<div class=\"bosp\">");
    int total = Math.max(active, 1);
    h.append("<div class=\"seg ok\" style=\"width:").append(String.format(java.util.Locale.ROOT, "%.1f", 100.0 * countable / total)).append("%\">")
        .append(esc(t.t("html.bosp.countable"))).append(": ").append(countable).append("</div>");
    h.append("<div class=\"seg bad\" style=\"width:").append(String.format(java.util.Locale.ROOT, "%.1f", 100.0 * (active - countable) / total)).append("%\">")
        .append(active - countable).append("</div></div>\n<table class=\"excluded\"><tbody>\n");
    JsonNode excluded = arkas.path("excluded");
    Iterator<Map.Entry<String, JsonNode>> it = excluded.isObject() ? excluded.fields() : java.util.Collections.emptyIterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      int n = e.getValue().isArray() ? e.getValue().size() : e.getValue().path("count").asInt(e.getValue().asInt());
      if (n > 0) {
        String key = "arkas.reason." + e.getKey();
        String label = t.has(key) ? t.t(key) : e.getKey();
        h.append("<tr><td>").append(esc(label)).append("</td><td class=\"num\">").append(n).append("</td></tr>\n");
      }
    }
    if (excluded.isArray()) {
      for (JsonNode g : excluded) {
        String reason = g.path("reason").asText(g.path("code").asText());
        int n = g.path("students").isArray() ? g.path("students").size() : g.path("count").asInt();
        h.append("<tr><td>").append(esc(reason)).append("</td><td class=\"num\">").append(n).append("</td></tr>\n");
      }
    }
    h.append("</tbody></table></section>\n");
  }

  private static void findingsTable(StringBuilder h, CliText t, TextReportRenderer.Messages core, Report report) {
    h.append("<section><h2>").append(esc(t.t("html.findings"))).append(" (").append(report.findings().size())
        .append(")</h2>\n<div class=\"filters\"><label>").append(esc(t.t("html.filter.app")))
        .append(" <select id=\"fApp\"><option value=\"\">").append(esc(t.t("html.all"))).append("</option>");
    for (ApplicationSummary s : report.applications().values()) {
      h.append("<option value=\"").append(s.application().name()).append("\">")
          .append(esc(t.t("app." + s.application().name()))).append("</option>");
    }
    h.append("</select></label> <label>").append(esc(t.t("html.filter.severity")))
        .append(" <select id=\"fSev\"><option value=\"\">").append(esc(t.t("html.all"))).append("</option>");
    for (id.sinkron.check.Severity s : id.sinkron.check.Severity.values()) {
      h.append("<option value=\"").append(s.name()).append("\">").append(esc(sevLabel(report, s))).append("</option>");
    }
    h.append("</select></label> <label>").append(esc(t.t("html.filter.search")))
        .append(" <input id=\"fText\" type=\"search\"></label></div>\n<table id=\"findings\"><thead><tr><th>")
        .append(esc(t.t("html.col.app"))).append("</th><th>").append(esc(t.t("html.col.severity"))).append("</th><th>")
        .append(esc(t.t("html.col.code"))).append("</th><th>").append(esc(t.t("html.col.subject"))).append("</th><th>")
        .append(esc(t.t("html.col.message"))).append("</th><th>").append(esc(t.t("html.col.fix")))
        .append("</th></tr></thead><tbody>\n");
    for (Finding f : report.findings()) {
      h.append("<tr data-app=\"").append(f.application().name()).append("\" data-sev=\"").append(f.severity().name())
          .append("\"><td>").append(esc(t.t("app." + f.application().name()))).append("</td><td class=\"sev ")
          .append(f.severity().name().toLowerCase()).append("\">").append(esc(core.severity(f))).append("</td><td><code>")
          .append(esc(f.code())).append("</code></td><td>").append(esc(t.t("kind." + f.subject().kind().name())))
          .append(": ").append(esc(report.displayName(f.subject()))).append("</td><td>").append(esc(f.message()))
          .append("</td><td>").append(esc(f.fix())).append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static String sevLabel(Report report, id.sinkron.check.Severity s) {
    return id.sinkron.check.Messages.load("id.sinkron.check.messages", report.locale(), Report.class.getClassLoader())
        .format("severity." + s.name());
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 auto;max-width:1200px;padding:16px 24px;color:#1f2933;background:#f7f9fb}",
      "h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.2rem 0 .5rem}",
      ".school{color:#52606d;margin:.2rem 0 1rem}",
      ".cards{display:flex;gap:12px;flex-wrap:wrap}",
      ".card{flex:1 1 250px;background:#fff;border-radius:8px;padding:10px 14px;border-left:6px solid #9aa5b1;box-shadow:0 1px 2px rgba(0,0,0,.08)}",
      ".card h2{margin:.2rem 0}.card .verdict{font-weight:700;font-size:1.1rem;margin:.2rem 0}",
      ".card.ready{border-color:#2f9e44}.card.ready .verdict{color:#2f9e44}",
      ".card.not_ready{border-color:#c92a2a}.card.not_ready .verdict{color:#c92a2a}",
      ".card.not_evaluated .verdict{color:#7b8794}.reason{color:#52606d;font-size:.9rem}",
      "section{background:#fff;border-radius:8px;padding:8px 16px 16px;margin-top:16px;box-shadow:0 1px 2px rgba(0,0,0,.08)}",
      "svg.chart{max-width:100%;height:auto;font-size:12px}",
      "text.na{fill:#7b8794;font-style:italic}rect.ok{fill:#2f9e44}rect.warn{fill:#f08c00}rect.bad{fill:#c92a2a}rect.na{fill:#9aa5b1}",
      "line.min{stroke:#1f2933;stroke-width:2;stroke-dasharray:4 3}.minlabel{font-weight:600}",
      ".bosp{display:flex;height:30px;border-radius:6px;overflow:hidden;margin:.5rem 0}",
      ".seg{color:#fff;font-weight:600;padding:5px 8px;white-space:nowrap;overflow:hidden}.seg.ok{background:#2f9e44}.seg.bad{background:#c92a2a}",
      "table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #e4e7eb;padding:6px;text-align:left;vertical-align:top}",
      "th{background:#f0f4f8;position:sticky;top:0}td.num{text-align:right}table.excluded{width:auto}",
      "td.sev{font-weight:600}td.blocker{color:#c92a2a}td.warning{color:#d9480f}td.info{color:#1971c2}",
      ".filters{display:flex;gap:16px;flex-wrap:wrap;margin:.5rem 0}.filters select,.filters input{font:inherit;padding:2px 4px}",
      "footer{color:#7b8794;font-size:.8rem;margin:16px 0}", "");

  private static final String SCRIPT = String.join("\n",
      "(function(){",
      "var a=document.getElementById('fApp'),s=document.getElementById('fSev'),q=document.getElementById('fText');",
      "function f(){var t=q.value.toLowerCase();document.querySelectorAll('#findings tbody tr').forEach(function(r){",
      "var ok=(!a.value||r.dataset.app===a.value)&&(!s.value||r.dataset.sev===s.value)&&(!t||r.textContent.toLowerCase().indexOf(t)>=0);",
      "r.style.display=ok?'':'none';});}",
      "a.addEventListener('change',f);s.addEventListener('change',f);q.addEventListener('input',f);",
      "})();", "");
}
