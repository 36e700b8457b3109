package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.erapor.Membership;
import id.sinkron.erapor.RombelKind;
import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.PesertaDidikKeluar;
import id.sinkron.model.Rombel;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * ERAPOR-ANGGOTA-ORPHAN: an {@code anggota_rombel} row of a rombel the variant pulls (class,
 * elective or ekstrakurikuler, active semester) naming a student who is not active: absent from
 * getPesertaDidik (left or deleted), or with an exit date on or before the reference date. One
 * finding per (rombel, student); the value is the {@code peserta_didik_id}.
 *
 * <p>Severity (RULES.md): ekskul BLOCKER (E-Rapor SMK's ekskul member sync re-activates the leaver,
 * erapor8 {@code Dapodik.php} :1008-1015); class rombel WARNING on SMK (its leaver pull
 * soft-deletes the membership, :359-367) and BLOCKER on SP (unverified). Elective rombel, which
 * RULES.md does not name, follow the class rombel: E-Rapor SMK keeps an elective membership only
 * for a student it still has (:1031-1033).
 */
final class AnggotaOrphanRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    PullPlan plan = PullPlan.of(ctx);
    Set<String> leavers = new HashSet<>();
    ctx.snapshot()
        .supplement()
        .ifPresent(
            s -> {
              for (PesertaDidikKeluar k : s.pesertaDidikKeluar()) {
                if (!k.tanggalKeluar().isAfter(ctx.referenceDate())) {
                  leavers.add(k.pesertaDidikId());
                }
              }
            });
    for (Rombel r : ctx.snapshot().rombel()) {
      if (!plan.pulls(r)) {
        continue;
      }
      boolean ekskul = RombelKind.of(r.jenisRombel()) == RombelKind.EKSTRAKURIKULER;
      Severity severity = ekskul || !plan.smk() ? Severity.BLOCKER : Severity.WARNING;
      String effect =
          Emit.clause(
              ctx, out, ekskul ? "erapor.anggota.orphan.ekskul" : "erapor.anggota.orphan.class");
      Set<String> seen = new HashSet<>();
      for (AnggotaRombel a : r.anggotaRombel()) {
        String id = a.pesertaDidikId();
        if (!seen.add(id)) {
          continue;
        }
        Optional<PesertaDidik> pd = ctx.index().pesertaDidik(id);
        if (pd.isPresent() && Membership.isActiveStudent(pd.get(), ctx.referenceDate())) {
          continue;
        }
        String reason =
            pd.isPresent() || leavers.contains(id)
                ? "erapor.anggota.orphan.left"
                : "erapor.anggota.orphan.unknown";
        Emit.finding(ctx, out, ERaporCode.ANGGOTA_ORPHAN, severity, Subject.rombel(r))
            .field("anggota_rombel")
            .value(id)
            .args(id, out.messages().format(reason), effect)
            .report();
      }
    }
  }
}
