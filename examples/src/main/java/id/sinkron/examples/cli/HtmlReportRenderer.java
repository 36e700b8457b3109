package id.sinkron.examples.cli;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import id.sinkron.check.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One self-contained HTML file (no network: CSS, SVG and script inline): per-application status,
 * the Info GTK per-teacher recognised-load chart against each teacher's minimum, the E-Rapor
 * placement counts, the BOSP countable vs excluded breakdown, the findings table with its filters
 * and each finding's basis, and the rules not evaluated.
 *
 * <p>The page comes from jte templates in {@code src/main/jte} ({@code report.jte} and one template
 * per section), compiled to Java at build time by the jte Maven plugin and called here directly:
 * type-checked by javac, escaped by context, no template compiler or reflection at run time. The
 * stylesheet and the script are resources ({@code html/report.css}, {@code html/report.js}) inlined
 * into the page.
 */
final class HtmlReportRenderer {
  /** The report stylesheet, also inlined into the diff page. */
  static final String CSS = resource("html/report.css");

  private static final String JS = resource("html/report.js");

  String render(Report report) {
    StringOutput out = new StringOutput(64 * 1024);
    JtereportGenerated.render(
        new OwaspHtmlTemplateOutput(out), null, new ReportView(report), CSS, JS);
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReportRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
