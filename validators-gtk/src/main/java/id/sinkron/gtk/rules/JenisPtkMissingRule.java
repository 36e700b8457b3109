package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.Ptk;
import java.util.Set;

/**
 * GTK-JENIS-PTK-MISSING (B, PTK): a PTK whose {@code jenis_ptk_id} is empty or not a Dapodik code
 * ({@code ref.jenis_ptk}, {@code reference/jenis_ptk.tsv}): no rule can tell teacher from staff, so
 * the PTK is judged by the identity rules only. {0}: the code as given ({@code -} when empty); {1}
 * 1 when the PTK has pembelajaran (a teacher who drops out of every load rule).
 */
final class JenisPtkMissingRule implements Rule {
  /**
   * The ids of Dapodik's {@code ref.jenis_ptk} (reference/jenis_ptk.tsv, e-Rapor SMK mirror, 2022).
   */
  static final Set<String> KNOWN =
      Set.of(
          "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "20",
          "25", "26", "30", "40", "41", "42", "43", "44", "45", "51", "52", "53", "54", "55", "56",
          "57", "58", "59", "60", "61", "62", "63", "64", "81", "82", "99");

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : Gtk.ptk(ctx)) {
      String id = p.jenisPtk().map(JenisPtk::id).orElse("");
      if (KNOWN.contains(id)) {
        continue;
      }
      out.finding(GtkCode.JENIS_PTK_MISSING, Severity.BLOCKER, Subject.ptk(p))
          .field("jenis_ptk_id")
          .value(id.isEmpty() ? "" : id)
          .args(id.isEmpty() ? "-" : id, Gtk.flag(!ctx.index().teachingOf(p.ptkId()).isEmpty()))
          .report();
    }
  }
}
