package id.sinkron.examples.cli;

import id.sinkron.arkas.BospCount;
import id.sinkron.arkas.ExclusionReason;
import id.sinkron.check.Application;
import id.sinkron.check.ApplicationSummary;
import id.sinkron.check.Finding;
import id.sinkron.check.Messages;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Report;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.dapodikgate.DapodikGate;
import id.sinkron.erapor.ERaporAssessment;
import id.sinkron.erapor.PlacementStatus;
import id.sinkron.erapor.RombelKind;
import id.sinkron.gtk.BebanKerja;
import id.sinkron.gtk.BlockVerdict;
import id.sinkron.gtk.GtkAssessment;
import id.sinkron.gtk.GtkStatus;
import id.sinkron.gtk.TeacherAssessment;
import id.sinkron.gtk.VerificationBlock;
import id.sinkron.model.InputProblem;
import id.sinkron.profile.RegulationProfiles;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the text and HTML reports show, read from the typed report ({@code report.details(app,
 * type)}): labels in the report's language, the per-application summaries, findings with their
 * basis, and the rules not evaluated. Both renderers read only this, so they say the same thing.
 */
final class ReportView {
  private final Report report;
  private final CliText t;
  private final Messages core;

  ReportView(Report report) {
    this.report = report;
    this.t = new CliText(report.locale());
    this.core =
        Messages.load("id.sinkron.check.messages", report.locale(), Report.class.getClassLoader());
  }

  Report report() {
    return report;
  }

  Locale locale() {
    return report.locale();
  }

  /** A text of the CLI's bundle. */
  String t(String key, Object... args) {
    return t.t(key, args);
  }

  String appName(Application app) {
    return t.t("app." + app.name());
  }

  String verdict(ApplicationSummary s) {
    return core.format("verdict." + s.verdict().name());
  }

  String severity(Severity s) {
    return core.format("severity." + s.name());
  }

  String schoolName() {
    return report.school().nama().orElse("-");
  }

  Optional<String> npsn() {
    return report.school().npsn();
  }

  String semester() {
    return report.school().semesterId().orElse("-");
  }

  /** The bundled profile's title; a caller's own profile is shown by its name. */
  String profileTitle() {
    try {
      return RegulationProfiles.named(report.profile()).title();
    } catch (IllegalArgumentException e) {
      return report.profile();
    }
  }

  List<ApplicationSummary> applications() {
    return List.copyOf(report.applications().values());
  }

  /** {@code counts} line of a summary, or empty when the application was not evaluated. */
  Optional<String> counts(ApplicationSummary s) {
    return s.verdict() == id.sinkron.check.Verdict.NOT_EVALUATED
            || s.verdict() == id.sinkron.check.Verdict.NOT_APPLICABLE
        ? Optional.empty()
        : Optional.of(t.t("counts", s.blockers(), s.warnings(), s.infos()));
  }

  /**
   * "Check not complete (this does not mean ready): Info GTK, ARKAS/BOSP" when a requested
   * application could not be evaluated; empty for a complete report. Nothing evaluated is never
   * success, so both reports say it before anything else.
   */
  Optional<String> incomplete() {
    if (report.isComplete()) {
      return Optional.empty();
    }
    // the per-application reasons are in the summary; name the applications, or say why none was
    // checked
    List<String> apps =
        report.requestedApplications().stream()
            .filter(a -> report.verdict(a) == id.sinkron.check.Verdict.NOT_EVALUATED)
            .map(this::appName)
            .toList();
    String why =
        apps.isEmpty() ? String.join(" ", report.incompleteReasons()) : String.join(", ", apps);
    return Optional.of(t.t("incomplete") + " " + why);
  }

  /** CSS class of a verdict ({@code ready}, {@code not_ready}, …). */
  static String cssClass(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  // ---- per application: typed details -------------------------------------------------------

  /** The BOS Madrasah count lines (title first) of a madrasah's report; empty for other schools. */
  List<String> bosmLines() {
    return BosmSection.lines(report, t);
  }

  /** The Dapodik sync gate (validators-dapodik), when it ran. */
  Optional<DapodikGate> gate() {
    return report.details(Application.DAPODIK, DapodikGate.class);
  }

  /** The gate's headline and, when changes wait for the sync, its pending line. */
  List<String> gateLines() {
    List<String> out = new ArrayList<>();
    gate()
        .ifPresent(
            g -> {
              out.add(g.headline());
              g.pendingLine().ifPresent(out::add);
            });
    return out;
  }

  Optional<GtkAssessment> gtk() {
    return report.details(Application.INFO_GTK, GtkAssessment.class);
  }

  /**
   * The E-Rapor variant predicted ("E-Rapor SMK" / "E-Rapor SP") and where it came from, when
   * evaluated.
   */
  Optional<String> eraporVariant() {
    return erapor()
        .filter(ERaporAssessment::evaluated)
        .map(e -> t.t("erapor.variant.value", e.variant().name(), e.variantFromOptions() ? 1 : 0));
  }

  Optional<ERaporAssessment> erapor() {
    return report
        .details(Application.E_RAPOR, ERaporAssessment.class)
        .filter(ERaporAssessment::evaluated);
  }

  Optional<BospCount> arkas() {
    return report.details(Application.ARKAS, BospCount.class);
  }

  /** Info GTK: teachers assessed, VALID, NOT VALID; empty without teachers. */
  Optional<String> gtkSummary() {
    return gtk()
        .filter(g -> !g.teachers().isEmpty())
        .map(
            g -> {
              long valid = g.teachers().stream().filter(x -> x.status() == GtkStatus.VALID).count();
              return t.t("gtk.summary", g.teachers().size(), valid, g.teachers().size() - valid);
            });
  }

  /** E-Rapor: class rombel of the active semester and students without a class rombel. */
  Optional<String> eraporSummary() {
    return erapor().map(e -> t.t("erapor.summary", classRombel(e), unplaced(e)));
  }

  static long classRombel(ERaporAssessment e) {
    return e.rombel().stream()
        .filter(r -> r.kind() == RombelKind.CLASS && r.activeSemester())
        .count();
  }

  static long unplaced(ERaporAssessment e) {
    return e.placement().stream().filter(p -> p.status() != PlacementStatus.PLACED).count();
  }

  /** ARKAS: the cut-off and the countable students. */
  Optional<String> arkasSummary() {
    return arkas()
        .map(
            c ->
                t.t(
                    c.daysToCutOff() >= 0 ? "arkas.summary" : "arkas.summary.past",
                    c.cutOff().toString(),
                    Math.abs(c.daysToCutOff()),
                    c.countable(),
                    c.activeTotal()));
  }

  /** ARKAS: the estimated funds, when a unit cost is configured. */
  Optional<String> arkasEstimate() {
    return arkas()
        .flatMap(BospCount::estimate)
        .map(e -> t.t("arkas.estimate", NumberFormat.getIntegerInstance(locale()).format(e)));
  }

  /** The exclusion reasons with at least one student, in {@link ExclusionReason} order. */
  Map<String, Integer> arkasExcluded() {
    Map<String, Integer> out = new LinkedHashMap<>();
    arkas()
        .ifPresent(
            c -> {
              for (ExclusionReason r : ExclusionReason.values()) {
                int n = c.excluded(r).size();
                if (n > 0) {
                  out.put(t.t("arkas.reason." + r.name()), n);
                }
              }
            });
    return out;
  }

  /** The BOSP bar: countable and not countable, as percentages of the active students. */
  String percent(int part) {
    int total = arkas().map(c -> Math.max(c.activeTotal(), 1)).orElse(1);
    return String.format(Locale.ROOT, "%.1f", 100.0 * part / total);
  }

  // ---- Info GTK load chart --------------------------------------------------------------------

  /** One bar of the load chart; {@code jtm} empty when the load is not evaluated. */
  record Bar(
      String label,
      Optional<Integer> jtm,
      String category,
      int min,
      String cssClass,
      int y,
      long width,
      long minX) {}

  static final int LABEL_W = 230;
  static final int BAR_W = 520;
  static final int ROW_H = 22;

  /**
   * The bars of the teachers' recognised loads, each against the minimum the load calculator
   * applied to it.
   */
  List<Bar> loadBars() {
    List<Bar> out = new ArrayList<>();
    gtk()
        .ifPresent(
            g -> {
              int max = 1;
              for (TeacherAssessment a : g.teachers()) {
                max =
                    Math.max(
                        max, Math.max(a.recognisedJtm().orElse(0), a.bebanKerja().minJtm() + 16));
              }
              double scale = (double) BAR_W / max;
              int y = 10;
              for (TeacherAssessment a : g.teachers()) {
                int min = a.bebanKerja().minJtm();
                Optional<Integer> jtm = a.recognisedJtm();
                // below the minimum: red when it costs the allowance (certified teacher), orange
                // otherwise
                String cls =
                    jtm.isEmpty()
                        ? "na"
                        : jtm.get() >= min ? "ok" : a.certified().orElse(true) ? "bad" : "warn";
                out.add(
                    new Bar(
                        a.maskedName(),
                        jtm,
                        a.jjmCategory().orElse(""),
                        min,
                        cls,
                        y,
                        Math.round(jtm.orElse(0) * scale),
                        LABEL_W + Math.round(min * scale)));
                y += ROW_H;
              }
            });
    return out;
  }

  /** The seven Info GTK verification blocks, in the order of the Info GTK page. */
  List<VerificationBlock> blocks() {
    return List.of(VerificationBlock.values());
  }

  String blockName(VerificationBlock b) {
    return t.t("html.block." + b.name());
  }

  /** The teachers of the Info GTK assessment, in PTK order (empty without one). */
  List<TeacherAssessment> teachers() {
    return gtk().map(GtkAssessment::teachers).orElse(List.of());
  }

  /** ✓ VALID, ✗ NOT_VALID, ? NOT_EVALUATED. */
  static String blockMark(BlockVerdict v) {
    return switch (v.status()) {
      case VALID -> "\u2713";
      case NOT_VALID -> "\u2717";
      default -> "?";
    };
  }

  /**
   * A block cell's tooltip: its status, the deciding codes, then (in brackets) the other codes in
   * the block.
   */
  String blockTitle(BlockVerdict v) {
    StringBuilder b =
        new StringBuilder(blockName(v.block())).append(": ").append(v.status().name());
    if (!v.codes().isEmpty()) {
      b.append(" \u2014 ").append(String.join(", ", v.codes()));
    }
    if (!v.otherCodes().isEmpty()) {
      b.append(" (").append(String.join(", ", v.otherCodes())).append(')');
    }
    return b.toString();
  }

  /** "teaching 20 / recognised 18" when the curriculum allocation cut hours; empty otherwise. */
  Optional<String> aboveCurriculum(TeacherAssessment a) {
    BebanKerja k = a.bebanKerja();
    return k.aboveCurriculumJtm() > 0
        ? Optional.of(
            t.t(
                "html.gtk.aboveCurriculum",
                k.teachingJtm(),
                k.teachingJtm() - k.aboveCurriculumJtm()))
        : Optional.empty();
  }

  int chartWidth() {
    return LABEL_W + BAR_W + 60;
  }

  int chartHeight() {
    return loadBars().size() * ROW_H + 40;
  }

  // ---- findings, not evaluated, input problems ------------------------------------------------

  List<Finding> findings() {
    return report.findings();
  }

  List<Finding> findings(Application app) {
    return report.findings(app);
  }

  String subject(Subject s) {
    return t.t("kind." + s.kind().name()) + ": " + report.displayName(s);
  }

  /** "dasar: kode sumber E-Rapor SMK" / "basis: E-Rapor SMK source code". */
  String basis(Finding f) {
    return core.format("basis.prefix") + ": " + f.basis().label(locale());
  }

  /** The evidence kind's name as a short tag ({@code SOURCE}, {@code OFFICIAL}, …). */
  String basisKind(Finding f) {
    return f.basis().kind().name();
  }

  /** One line per distinct code and reason, with how often it occurred. */
  record NotEvaluatedLine(Application application, String code, String reason, int count) {
    String text() {
      return code + " \u2014 " + reason + (count > 1 ? " (" + count + "\u00d7)" : "");
    }
  }

  List<NotEvaluatedLine> notEvaluated() {
    Map<String, NotEvaluatedLine> lines = new LinkedHashMap<>();
    for (NotEvaluated n : report.notEvaluated()) {
      lines.merge(
          n.application() + "\u0000" + n.code() + "\u0000" + n.reason(),
          new NotEvaluatedLine(n.application(), n.code(), n.reason(), 1),
          (a, b) -> new NotEvaluatedLine(a.application(), a.code(), a.reason(), a.count() + 1));
    }
    return List.copyOf(lines.values());
  }

  List<String> inputProblems() {
    List<String> out = new ArrayList<>();
    for (InputProblem p : report.inputProblems()) {
      out.add(p.code().code() + " \u2014 " + report.describe(p));
    }
    return out;
  }

  List<Severity> severities() {
    return List.of(Severity.values());
  }
}
