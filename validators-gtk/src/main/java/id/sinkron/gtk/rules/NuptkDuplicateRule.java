package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.identifier.Masking;
import id.sinkron.identifier.Nuptk;
import id.sinkron.model.Ptk;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GTK-NUPTK-DUPLICATE (B, PTK): the same valid NUPTK on two or more PTK; every member after the
 * first (input order) gets the finding, naming the first (masked).
 */
final class NuptkDuplicateRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    Map<String, List<Ptk>> groups =
        Gtk.duplicates(
            Gtk.ptk(ctx),
            p ->
                Nuptk.tryParse(p.nuptk().orElse(null))
                    .map(n -> Set.of(n.value()))
                    .orElse(Set.of()));
    for (Map.Entry<String, List<Ptk>> g : groups.entrySet()) {
      List<Ptk> members = g.getValue();
      for (Ptk p : members.subList(1, members.size())) {
        out.finding(GtkCode.NUPTK_DUPLICATE, Severity.BLOCKER, Subject.ptk(p))
            .field("nuptk")
            .value(Masking.maskIdentifier(g.getKey()))
            .args(members.size(), members.get(0).maskedNama())
            .report();
      }
    }
  }
}
