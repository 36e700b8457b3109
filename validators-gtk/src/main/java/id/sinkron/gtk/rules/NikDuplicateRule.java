package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.identifier.Masking;
import id.sinkron.identifier.Nik;
import id.sinkron.model.Ptk;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GTK-NIK-DUPLICATE (B, PTK): the same valid NIK (normalised) on two or more PTK. As for every
 * duplicate group (RULES.md), the first member in input order is the reference and every other
 * member gets the finding; the message names the first (masked). Invalid NIKs (placeholders …) are
 * left to GTK-NIK-FORMAT.
 */
final class NikDuplicateRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    Map<String, List<Ptk>> groups =
        Gtk.duplicates(
            Gtk.ptk(ctx),
            p -> Nik.tryParse(p.nik().orElse(null)).map(n -> Set.of(n.value())).orElse(Set.of()));
    for (Map.Entry<String, List<Ptk>> g : groups.entrySet()) {
      List<Ptk> members = g.getValue();
      for (Ptk p : members.subList(1, members.size())) {
        out.finding(GtkCode.NIK_DUPLICATE, Severity.BLOCKER, Subject.ptk(p))
            .field("nik")
            .value(Masking.maskIdentifier(g.getKey()))
            .args(members.size(), members.get(0).maskedNama())
            .report();
      }
    }
  }
}
