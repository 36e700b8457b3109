package id.sinkron.examples.cli;

import id.sinkron.arkas.BospChanges;
import id.sinkron.arkas.ExclusionReason;
import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.check.Severity;
import id.sinkron.compare.ApplicationComparison;
import id.sinkron.compare.Comparison;
import id.sinkron.compare.SchoolChanges;
import id.sinkron.compare.SchoolChanges.RombelChange;
import id.sinkron.gtk.GtkChanges;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operator's view of a {@link Comparison}: what got worse first, then what got better, then the
 * other changes; Indonesian by default. Renders from the typed comparison (no JSON round trip).
 */
final class DiffTextRenderer {
  String render(Comparison c, Path old, Path now) {
    Report after = c.after();
    CliText t = new CliText(after.locale());
    StringBuilder out = new StringBuilder();
    out.append(t.t("diff.title")).append('\n').append("=".repeat(CliText.WIDTH)).append('\n');
    line(
        out,
        t.t("school")
            + " : "
            + after.school().nama().orElse("-")
            + after.school().npsn().map(n -> " (NPSN " + n + ")").orElse(""));
    line(out, t.t("diff.folders", old, now));
    line(out, t.t("asOf") + " : " + after.asOf());

    Sections s = sections(c, t);
    section(out, t.t("diff.worse"), s.worse(), t.t("diff.nothing.worse"));
    section(out, t.t("diff.better"), s.better(), t.t("diff.nothing.better"));
    section(out, t.t("diff.other"), s.other(), t.t("diff.nothing.other"));
    out.append('\n')
        .append(c.introducesBlocker() ? t.t("diff.verdict.blocker") : t.t("diff.verdict.ok"))
        .append('\n');
    return out.toString();
  }

  /**
   * The operator's lines of a comparison: what got worse, what got better, other changes. A line
   * starting with two spaces details the line before it.
   */
  record Sections(List<String> worse, List<String> better, List<String> other) {}

  static Sections sections(Comparison c, CliText t) {
    List<String> worse = new ArrayList<>();
    List<String> better = new ArrayList<>();
    List<String> other = new ArrayList<>();
    c.details(Application.INFO_GTK, GtkChanges.class).ifPresent(g -> teachers(t, g, worse, better));
    c.details(Application.ARKAS, BospChanges.class).ifPresent(b -> bosp(t, b, worse, better));
    school(t, c.school(), worse, other);
    for (ApplicationComparison a : c.applications().values()) {
      findings(t, a, c.after(), c.before(), worse, better);
    }
    return new Sections(worse, better, other);
  }

  private static void teachers(CliText t, GtkChanges g, List<String> worse, List<String> better) {
    List<GtkChanges.TeacherChange> down = g.becameNotValid();
    if (!down.isEmpty()) {
      worse.add(t.t("diff.gtk.became.not.valid", down.size()));
      down.forEach(x -> worse.add("  " + teacher(t, x)));
    }
    for (GtkChanges.TeacherChange x : g.teachers()) {
      if (!x.becameNotValid() && !x.becameValid() && x.jtmDelta().orElse(0) < 0) {
        worse.add(t.t("diff.gtk.jtm.down") + " " + teacher(t, x));
      }
    }
    List<GtkChanges.TeacherChange> up = g.becameValid();
    if (!up.isEmpty()) {
      better.add(t.t("diff.gtk.became.valid", up.size()));
      up.forEach(x -> better.add("  " + teacher(t, x)));
    }
    for (GtkChanges.TeacherChange x : g.teachers()) {
      if (!x.becameNotValid() && !x.becameValid() && x.jtmDelta().orElse(0) > 0) {
        better.add(t.t("diff.gtk.jtm.up") + " " + teacher(t, x));
      }
    }
  }

  private static String teacher(CliText t, GtkChanges.TeacherChange x) {
    StringBuilder b =
        new StringBuilder(x.maskedName())
            .append(": ")
            .append(x.recognisedJtmBefore().map(String::valueOf).orElse("?"))
            .append(" \u2192 ")
            .append(x.recognisedJtmAfter().map(String::valueOf).orElse("?"))
            .append(" JTM");
    List<String> why = new ArrayList<>();
    for (GtkChanges.HoursChange h : x.hours()) {
      why.add(
          t.t(
              "diff.gtk.hours",
              signed(h.jtmAfter() - h.jtmBefore()),
              h.mataPelajaran(),
              h.rombelNama()));
    }
    for (GtkChanges.DutyChange d : x.duties()) {
      why.add(
          t.t(
              "diff.gtk.duty",
              signed(d.jtmAfter() - d.jtmBefore()),
              d.nama(),
              d.outcomeAfter().map(Enum::name).orElse("-")));
    }
    if (!why.isEmpty()) {
      b.append(" (").append(String.join("; ", why)).append(')');
    }
    return b.toString();
  }

  private static String signed(int n) {
    return n > 0 ? "+" + n : String.valueOf(n);
  }

  private static void bosp(CliText t, BospChanges b, List<String> worse, List<String> better) {
    if (!b.left().isEmpty()) {
      worse.add(t.t("diff.bosp.left", b.left().size(), b.countableBefore(), b.countableAfter()));
      reasons(t, b.left(), false).forEach(r -> worse.add("  " + r));
    }
    if (!b.entered().isEmpty()) {
      better.add(
          t.t("diff.bosp.entered", b.entered().size(), b.countableBefore(), b.countableAfter()));
    }
  }

  private static List<String> reasons(
      CliText t, List<BospChanges.StudentChange> students, boolean before) {
    Map<ExclusionReason, Integer> byReason = new EnumMap<>(ExclusionReason.class);
    int absent = 0;
    int inactive = 0;
    for (BospChanges.StudentChange s : students) {
      BospChanges.Standing st = before ? s.before() : s.after();
      if (st == BospChanges.Standing.ABSENT) {
        absent++;
      } else if (st == BospChanges.Standing.NOT_ACTIVE) {
        inactive++;
      } else {
        (before ? s.reasonsBefore() : s.reasonsAfter())
            .forEach(r -> byReason.merge(r, 1, Integer::sum));
      }
    }
    List<String> out = new ArrayList<>();
    byReason.forEach((r, n) -> out.add(t.t("diff.bosp.reason", n, r.code().code())));
    if (absent > 0) {
      out.add(t.t("diff.bosp.absent", absent));
    }
    if (inactive > 0) {
      out.add(t.t("diff.bosp.inactive", inactive));
    }
    return out;
  }

  private static void school(CliText t, SchoolChanges s, List<String> worse, List<String> other) {
    for (RombelChange r : s.rombel()) {
      switch (r.kind()) {
        case DELETED ->
            worse.add(t.t("diff.rombel.deleted", r.nama(), r.membersBefore(), r.jtmBefore()));
        case RECREATED ->
            worse.add(
                t.t(
                    "diff.rombel.recreated",
                    r.nama(),
                    r.membersAfter(),
                    r.jtmBefore(),
                    r.jtmAfter()));
        case CREATED -> other.add(t.t("diff.rombel.created", r.nama(), r.membersAfter()));
        case RENAMED ->
            other.add(
                t.t("diff.rombel.renamed", r.namaBefore().orElse("-"), r.namaAfter().orElse("-")));
        case WALI_CHANGED ->
            other.add(
                t.t(
                    "diff.rombel.wali",
                    r.nama(),
                    r.waliBefore().orElse("-"),
                    r.waliAfter().orElse("-")));
        default -> throw new IllegalStateException(r.kind().name());
      }
    }
    long lost = s.moves().stream().filter(m -> m.to().isEmpty()).count();
    if (lost > 0) {
      worse.add(t.t("diff.moves.lost", lost));
    }
    for (SchoolChanges.MemberMove m : s.moves()) {
      if (m.from().isPresent() && m.to().isPresent()) {
        other.add(
            t.t(
                "diff.moves.moved",
                m.student().maskedName(),
                m.from().get().nama(),
                m.to().get().nama(),
                m.to().get().waliMaskedName().orElse("-")));
      } else if (m.from().isEmpty() && m.to().isPresent()) {
        other.add(t.t("diff.moves.placed", m.student().maskedName(), m.to().get().nama()));
      }
    }
    if (!s.ptkAdded().isEmpty() || !s.ptkRemoved().isEmpty()) {
      other.add(t.t("diff.ptk", s.ptkAdded().size(), s.ptkRemoved().size()));
    }
    if (!s.studentsAdded().isEmpty() || !s.studentsRemoved().isEmpty()) {
      other.add(t.t("diff.pd", s.studentsAdded().size(), s.studentsRemoved().size()));
    }
  }

  private static void findings(
      CliText t,
      ApplicationComparison a,
      Report after,
      Report before,
      List<String> worse,
      List<String> better) {
    String app = t.t("app." + a.application().name());
    if (!a.introduced().isEmpty()) {
      long blockers = a.introduced().stream().filter(f -> f.severity() == Severity.BLOCKER).count();
      worse.add(t.t("diff.findings.new", app, a.introduced().size(), blockers));
      a.introduced().stream().limit(20).forEach(f -> worse.add("  " + finding(after, f)));
      if (a.introduced().size() > 20) {
        worse.add("  " + t.t("diff.more", a.introduced().size() - 20));
      }
    }
    if (!a.fixed().isEmpty()) {
      better.add(t.t("diff.findings.fixed", app, a.fixed().size()));
      a.fixed().stream().limit(20).forEach(f -> better.add("  " + finding(before, f)));
      if (a.fixed().size() > 20) {
        better.add("  " + t.t("diff.more", a.fixed().size() - 20));
      }
    }
    if (a.verdictBefore() != a.verdictAfter()) {
      String v = t.t("diff.verdict.change", app, a.verdictBefore().name(), a.verdictAfter().name());
      (a.verdictAfter().ordinal() > a.verdictBefore().ordinal() ? worse : better).add(v);
    }
  }

  private static String finding(Report r, Finding f) {
    return f.severity().name().charAt(0) + " " + f.code() + " " + r.displayName(f.subject());
  }

  private static void section(StringBuilder out, String title, List<String> lines, String none) {
    out.append('\n')
        .append(title.toUpperCase(Locale.ROOT))
        .append('\n')
        .append("-".repeat(CliText.WIDTH))
        .append('\n');
    if (lines.isEmpty()) {
      line(out, "  " + none);
      return;
    }
    for (String l : lines) {
      String indent = l.startsWith("  ") ? "    " : "  ";
      CliText.wrap(l.strip(), indent.equals("    ") ? "    " : "  ", indent + "  ")
          .forEach(x -> line(out, x));
    }
  }

  private static void line(StringBuilder out, String s) {
    out.append(s).append('\n');
  }
}
