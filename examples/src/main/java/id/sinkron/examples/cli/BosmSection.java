package id.sinkron.examples.cli;

import id.sinkron.bosmadrasah.BosMadrasahCount;
import id.sinkron.bosmadrasah.ExcludedStudent;
import id.sinkron.bosmadrasah.Exclusion;
import id.sinkron.check.Application;
import id.sinkron.check.Report;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The BOS Madrasah count that leads the text and HTML reports of a madrasah (EMIS export), read
 * from the typed report details. Empty for a Dapodik school.
 */
final class BosmSection {
  private BosmSection() {}

  static Optional<BosMadrasahCount> count(Report report) {
    return report.details(Application.BOS_MADRASAH, BosMadrasahCount.class);
  }

  /** The lines of the count, without trailing newline characters. */
  static List<String> lines(Report report, CliText t) {
    Optional<BosMadrasahCount> o = count(report);
    if (o.isEmpty()) {
      return List.of();
    }
    BosMadrasahCount c = o.get();
    Map<Exclusion, List<ExcludedStudent>> ex = c.excluded();
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    out.add(t.t("bosm.title"));
    out.add(
        t.t(
            "bosm.countable",
            c.countable(),
            c.active(),
            c.students(),
            c.nsm(),
            c.jenis()
                .map(j -> j == id.sinkron.identifier.JenisMadrasah.MTS ? "MTs" : j.name())
                .orElse("?")));
    out.add(
        t.t(
            "bosm.excluded",
            ex.getOrDefault(Exclusion.NO_ROMBEL, List.of()).size(),
            ex.getOrDefault(Exclusion.DUPLICATE, List.of()).size(),
            c.overCapAtRisk(),
            c.statusUnknown()));
    if (!c.countableByTingkat().isEmpty()) {
      StringBuilder b = new StringBuilder();
      c.countableByTingkat()
          .forEach(
              (k, v) ->
                  b.append(b.length() == 0 ? "" : ", ")
                      .append(k == 0 ? "?" : k)
                      .append(": ")
                      .append(v));
      out.add(t.t("bosm.byTingkat", b.toString()));
    }
    out.add(
        t.t(
            "bosm.window",
            c.dataWindowStart().toString(),
            c.dataWindowEnd().toString(),
            c.daysToWindowEnd(),
            c.bapDeadline().toString(),
            c.daysToBapDeadline()));
    out.add(t.t("bosm.layout"));
    return out;
  }
}
