package id.sinkron.examples.cli;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import id.sinkron.compare.Comparison;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The diff as one self-contained HTML page from the precompiled jte template {@code diff.jte}: what
 * got worse, the before/after load chart per changed teacher, what got better, other changes.
 */
final class DiffHtmlRenderer {
  private static final String CSS = resource("html/report.css");

  String render(Comparison c, Path old, Path now) {
    StringOutput out = new StringOutput(32 * 1024);
    JtediffGenerated.render(new OwaspHtmlTemplateOutput(out), null, new DiffView(c, old, now), CSS);
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = DiffHtmlRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
