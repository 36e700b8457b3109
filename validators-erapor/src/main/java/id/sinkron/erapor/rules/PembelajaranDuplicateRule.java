package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.Rombel;
import java.util.HashSet;
import java.util.Set;

/**
 * ERAPOR-PEMBELAJARAN-DUPLICATE: the same {@code mata_pelajaran_id} twice among the top-level
 * pembelajaran of a class or elective rombel the variant pulls (both are pulled and graded
 * separately). Sub-mapel ({@code induk_pembelajaran_id} set) are not compared. The first
 * pembelajaran in input order is the one kept; every later one of the group gets the finding
 * (RULES.md: a duplicate group counts once).
 */
final class PembelajaranDuplicateRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Rombel r : Scope.pulledManaged(ctx)) {
      Set<String> seen = new HashSet<>();
      for (Pembelajaran p : r.pembelajaran()) {
        if (p.indukPembelajaranId().isPresent() || p.mataPelajaranId().isEmpty()) {
          continue;
        }
        String mapel = p.mataPelajaranId().get().strip();
        if (!seen.add(mapel)) {
          String name = p.namaMataPelajaran().map(n -> n + " (" + mapel + ")").orElse(mapel);
          Emit.finding(
                  ctx,
                  out,
                  ERaporCode.PEMBELAJARAN_DUPLICATE,
                  Severity.WARNING,
                  Subject.pembelajaran(p, r))
              .field("mata_pelajaran_id")
              .value(mapel)
              .args(name, Emit.clause(ctx, out, "erapor.pembelajaran.duplicate"))
              .report();
        }
      }
    }
  }
}
