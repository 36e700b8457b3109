package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.Rombel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GTK-HOURS-CLAIMED-TWICE (W, PEMBELAJARAN): the same {@code mata_pelajaran_id} on two or more
 * pembelajaran of one active-semester, non-ekstrakurikuler rombel, sub-subjects ({@code
 * induk_pembelajaran_id} set) aside. The first in input order is the reference; every other one
 * gets the finding. Argument {0}: how many pembelajaran share the subject.
 */
final class HoursClaimedTwiceRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : ctx.snapshot().rombel()) {
      if (r.jenisRombel().isEkstrakurikuler() || !ctx.index().isActiveSemester(r)) {
        continue;
      }
      Map<String, List<Pembelajaran>> byMapel = new LinkedHashMap<>();
      for (Pembelajaran p : r.pembelajaran()) {
        if (p.indukPembelajaranId().isEmpty() && p.mataPelajaranId().isPresent()) {
          byMapel.computeIfAbsent(p.mataPelajaranId().get(), k -> new ArrayList<>()).add(p);
        }
      }
      for (Map.Entry<String, List<Pembelajaran>> e : byMapel.entrySet()) {
        List<Pembelajaran> group = e.getValue();
        for (Pembelajaran p : group.subList(1, group.size())) {
          out.finding(GtkCode.HOURS_CLAIMED_TWICE, Severity.WARNING, Subject.pembelajaran(p, r))
              .field("mata_pelajaran_id")
              .value(e.getKey())
              .reference(ctx.profile().title())
              .args(group.size())
              .report();
        }
      }
    }
  }
}
