package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.identifier.Masking;
import id.sinkron.identifier.Nisn;
import id.sinkron.model.PesertaDidik;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ERAPOR-NISN-DUPLICATE: two or more active students with the same NISN after {@linkplain
 * Nisn#normalize normalisation} (spaces, dots, dashes stripped). Any non-empty NISN takes part — a
 * placeholder shared by several students collides in E-Rapor just the same. The first student of a
 * group in input order is the one kept; every later one gets the finding (RULES.md). The value is
 * the masked NISN. A WARNING since 0.2: E-Rapor SMK does not key student users on NISN (users are
 * keyed on {@code peserta_didik_id}); Verval PD flags the duplicate and the NISN is printed on
 * reports.
 */
final class NisnDuplicateRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    List<PesertaDidik> active = Scope.activeStudents(ctx);
    Map<String, List<PesertaDidik>> groups =
        new LinkedHashMap<>(active.size() + active.size() / 3 + 1);
    for (PesertaDidik pd : active) {
      String n = Nisn.normalize(pd.nisn().orElse(""));
      if (!n.isEmpty()) {
        groups.computeIfAbsent(n, k -> new ArrayList<>(2)).add(pd);
      }
    }
    for (Map.Entry<String, List<PesertaDidik>> e : groups.entrySet()) {
      List<PesertaDidik> g = e.getValue();
      if (g.size() < 2) {
        continue;
      }
      String masked = Masking.maskIdentifier(e.getKey());
      String size = Integer.toString(g.size());
      for (PesertaDidik pd : g.subList(1, g.size())) {
        Emit.finding(ctx, out, ERaporCode.NISN_DUPLICATE, Severity.WARNING, Subject.pd(pd))
            .field("nisn")
            .value(masked)
            .args(masked, size)
            .report();
      }
    }
  }
}
