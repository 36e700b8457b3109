package id.sinkron.examples.cli;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import id.sinkron.compare.Comparison;
import java.nio.file.Path;

/**
 * The diff as one self-contained HTML page from the precompiled jte template {@code diff.jte}: what
 * got worse, the before/after load chart per changed teacher, what got better, other changes.
 */
final class DiffHtmlRenderer {
  String render(Comparison c, Path old, Path now) {
    StringOutput out = new StringOutput(32 * 1024);
    JtediffGenerated.render(
        new OwaspHtmlTemplateOutput(out), null, new DiffView(c, old, now), HtmlReportRenderer.CSS);
    return out.toString();
  }
}
