package id.sinkron.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13: the report header names the E-Rapor variant predicted, in text and HTML. */
class ERaporVariantHeaderTest {
  @Test
  void theDemoSmpIsPredictedAsERaporSpChosenFromItsBentuk() {
    String text = CliRunner.run("demo").out();
    assertThat(text.lines().limit(12))
        .anyMatch(
            l ->
                l.startsWith("Varian E-Rapor")
                    && l.contains("E-Rapor SP")
                    && l.contains("dari bentuk pendidikan sekolah"));
    String html = CliRunner.run("demo", "--format", "html", "--lang", "en").out();
    String header = html.substring(html.indexOf("<header>"), html.indexOf("</header>"));
    assertThat(header).contains("E-Rapor SP (from the school").contains("s bentuk pendidikan)");
  }
}
