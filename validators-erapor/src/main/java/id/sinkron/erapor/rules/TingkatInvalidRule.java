package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.Jenjang;
import id.sinkron.model.Rombel;
import id.sinkron.model.Sekolah;
import java.util.Optional;

/**
 * ERAPOR-TINGKAT-INVALID: the {@code tingkat_pendidikan_id} of a class rombel of the active
 * semester is outside {@link Jenjang#allowsTingkat} for the school (SD 1–6, SMP 7–9, SMA 10–12, SMK
 * 10–13). For SLB and other or unknown bentuk pendidikan the valid set is uncertain (DOMAIN.md §4:
 * SLB 1–9 or more, 71/72), so the rule is not evaluated rather than guessed. A rombel without
 * tingkat passes.
 */
final class TingkatInvalidRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    Optional<Sekolah> sekolah = ctx.snapshot().sekolah();
    if (sekolah.isEmpty()) {
      out.notEvaluated(ERaporCode.TINGKAT_INVALID, null, "erapor.reason.no.sekolah");
      return;
    }
    Jenjang j = sekolah.get().jenjang();
    if (j == Jenjang.SLB || j == Jenjang.OTHER) {
      String bentuk = sekolah.get().bentukPendidikan().map(b -> b.id()).orElse("-");
      out.notEvaluated(ERaporCode.TINGKAT_INVALID, null, "erapor.reason.jenjang.unchecked", bentuk);
      return;
    }
    for (Rombel r : Scope.activeClasses(ctx)) {
      if (r.tingkatPendidikanId().isPresent() && !j.allowsTingkat(r.tingkatPendidikanId().get())) {
        String t = r.tingkatPendidikanId().get().toString();
        Emit.finding(ctx, out, ERaporCode.TINGKAT_INVALID, Severity.BLOCKER, Subject.rombel(r))
            .field("tingkat_pendidikan_id")
            .value(t)
            .args(t, j.name(), Integer.toString(j.minTingkat()), Integer.toString(j.maxTingkat()))
            .report();
      }
    }
  }
}
