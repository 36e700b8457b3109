package id.sinkron.examples.cli;

import id.sinkron.check.Application;
import id.sinkron.compare.Comparison;
import id.sinkron.gtk.GtkAssessment;
import id.sinkron.gtk.GtkChanges;
import id.sinkron.gtk.TeacherAssessment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the diff page ({@code src/main/jte/diff.jte}) shows, from the typed {@link Comparison}: the
 * same worse / better / other lines as the text report, and each changed teacher's recognised load
 * before and after against that teacher's minimum.
 */
final class DiffView {
  static final int LABEL_W = 230;
  static final int BAR_W = 480;
  static final int ROW_H = 34;

  private final Comparison c;
  private final CliText t;
  private final DiffTextRenderer.Sections sections;
  private final Path old;
  private final Path now;

  DiffView(Comparison c, Path old, Path now) {
    this.c = c;
    this.t = new CliText(c.after().locale());
    this.sections = DiffTextRenderer.sections(c, t);
    this.old = old;
    this.now = now;
  }

  String t(String key, Object... args) {
    return t.t(key, args);
  }

  String lang() {
    return c.after().locale().getLanguage();
  }

  String school() {
    return c.after().school().nama().orElse("-")
        + c.after().school().npsn().map(n -> " (NPSN " + n + ")").orElse("");
  }

  String folders() {
    return t.t("diff.folders", old, now);
  }

  String asOf() {
    return c.after().asOf().toString();
  }

  List<String> worse() {
    return sections.worse();
  }

  List<String> better() {
    return sections.better();
  }

  List<String> other() {
    return sections.other();
  }

  boolean introducesBlocker() {
    return c.introducesBlocker();
  }

  /** One teacher's two bars (before, after) and the minimum line, in SVG coordinates. */
  record Bars(
      String label,
      int y,
      int before,
      int after,
      int beforeW,
      int afterW,
      Optional<Integer> minX,
      boolean worse) {}

  List<Bars> bars() {
    List<GtkChanges.TeacherChange> changed =
        c.details(Application.INFO_GTK, GtkChanges.class)
            .map(GtkChanges::teachers)
            .orElse(List.of());
    Optional<GtkAssessment> after = c.after().details(Application.INFO_GTK, GtkAssessment.class);
    int max = 1;
    for (GtkChanges.TeacherChange x : changed) {
      max =
          Math.max(
              max, Math.max(x.recognisedJtmBefore().orElse(0), x.recognisedJtmAfter().orElse(0)));
    }
    List<Bars> out = new ArrayList<>();
    int y = 10;
    for (GtkChanges.TeacherChange x : changed) {
      if (x.recognisedJtmBefore().isEmpty() && x.recognisedJtmAfter().isEmpty()) {
        continue;
      }
      Optional<Integer> min =
          after
              .flatMap(a -> a.teacher(x.ptkId()))
              .map(TeacherAssessment::bebanKerja)
              .map(b -> b.minJtm());
      max = Math.max(max, min.orElse(0));
      int b = x.recognisedJtmBefore().orElse(0);
      int a = x.recognisedJtmAfter().orElse(0);
      out.add(new Bars(x.maskedName(), y, b, a, 0, 0, min.map(m -> m), a < b));
      y += ROW_H;
    }
    double scale = (double) BAR_W / Math.max(1, max);
    List<Bars> scaled = new ArrayList<>(out.size());
    for (Bars r : out) {
      scaled.add(
          new Bars(
              r.label(),
              r.y(),
              r.before(),
              r.after(),
              (int) Math.round(r.before() * scale),
              (int) Math.round(r.after() * scale),
              r.minX().map(m -> LABEL_W + (int) Math.round(m * scale)),
              r.worse()));
    }
    return scaled;
  }

  int chartWidth() {
    return LABEL_W + BAR_W + 60;
  }

  int chartHeight() {
    return bars().size() * ROW_H + 30;
  }
}
