package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.erapor.Membership;
import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.PesertaDidikKeluar;
import id.sinkron.model.Rombel;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * ERAPOR-ANGGOTA-ORPHAN: an {@code anggota_rombel} row of an active-semester rombel (of any kind:
 * class, elective, ekstrakurikuler — E-Rapor SMK syncs them all) naming a student who is not active:
 * absent from getPesertaDidik (left or deleted), or with an exit date on or before the reference
 * date. One finding per (rombel, student); the value is the {@code peserta_didik_id}.
 */
final class AnggotaOrphanRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    Set<String> leavers = new HashSet<>();
    ctx.snapshot().supplement().ifPresent(s -> {
      for (PesertaDidikKeluar k : s.pesertaDidikKeluar()) {
        if (!k.tanggalKeluar().isAfter(ctx.referenceDate())) {
          leavers.add(k.pesertaDidikId());
        }
      }
    });
    for (Rombel r : ctx.snapshot().rombel()) {
      if (!ctx.index().isActiveSemester(r)) {
        continue;
      }
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
        String reason = pd.isPresent() || leavers.contains(id) ? "erapor.anggota.orphan.left"
            : "erapor.anggota.orphan.unknown";
        out.finding(ERaporCode.ANGGOTA_ORPHAN, Severity.BLOCKER, Subject.rombel(r))
            .field("anggota_rombel").value(id).args(id, out.messages().format(reason)).report();
      }
    }
  }
}
