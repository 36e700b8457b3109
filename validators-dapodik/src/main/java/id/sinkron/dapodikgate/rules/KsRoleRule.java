package id.sinkron.dapodikgate.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.dapodikgate.DapodikGateCode;
import id.sinkron.model.Endpoint;
import id.sinkron.model.Pengguna;
import id.sinkron.model.Ptk;
import id.sinkron.model.TugasTambahan;
import id.sinkron.profile.DutyCategory;
import id.sinkron.profile.DutyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DAPODIK-KS-ROLE: the users ({@code getPengguna}) with the Kepala Sekolah role ({@code
 * peran_id_str} containing "kepala sekolah") linked to the PTK who holds the active kepala sekolah
 * position ({@code jenis_ptk_id} 20/57, or with the supplement an active kepala sekolah / Plt
 * duty): none, or more than one, is a blocker (only that role can sync). Not evaluated without
 * {@code getPengguna}, when it lists no user at all, or without an identifiable kepala sekolah.
 */
final class KsRoleRule implements Rule {
  private static final DapodikGateCode CODE = DapodikGateCode.KS_ROLE;

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (!ctx.snapshot().has(Endpoint.PENGGUNA)) {
      out.notEvaluated(CODE, null, "dapodik.reason.no.pengguna");
      return;
    }
    if (ctx.snapshot().pengguna().isEmpty()) {
      // a Dapodik always has accounts (at least the operator's): an empty list is not evidence of a
      // missing one
      out.notEvaluated(CODE, null, "dapodik.reason.pengguna.empty");
      return;
    }
    List<Ptk> heads = new ArrayList<>();
    for (Ptk p : ctx.snapshot().ptk()) {
      if (isKepalaSekolah(ctx, p)) {
        heads.add(p);
      }
    }
    if (heads.isEmpty()) {
      out.notEvaluated(CODE, null, "dapodik.reason.no.kepsek");
      return;
    }
    List<Pengguna> ksUsers = new ArrayList<>();
    int ksRoleOthers = 0;
    for (Pengguna u : ctx.snapshot().pengguna()) {
      if (!u.peran()
          .map(r -> r.toLowerCase(Locale.ROOT).contains("kepala sekolah"))
          .orElse(false)) {
        continue;
      }
      if (u.ptkId().map(id -> heads.stream().anyMatch(h -> h.ptkId().equals(id))).orElse(false)) {
        ksUsers.add(u);
      } else {
        ksRoleOthers++;
      }
    }
    if (ksUsers.size() == 1) {
      return;
    }
    String key = ksUsers.isEmpty() ? "dapodik.ks.role.none" : "dapodik.ks.role.duplicate";
    out.finding(CODE, CODE.severity(), Entities.school(ctx))
        .field("peran_id")
        .value(Integer.toString(ksUsers.size()))
        .args(ksUsers.size(), out.messages().format(key), ksRoleOthers)
        .report();
  }

  static boolean isKepalaSekolah(RuleContext ctx, Ptk p) {
    if (p.jenisPtk().map(j -> j.isKepalaSekolah()).orElse(false)) {
      return true;
    }
    if (!ctx.snapshot().ptkSupplementKnown()) {
      return false;
    }
    for (TugasTambahan t : p.tugasTambahan()) {
      DutyCategory c = ctx.profile().duty(t.jabatanPtkId()).map(DutyRule::category).orElse(null);
      if (t.isActiveOn(ctx.referenceDate())
          && (c == DutyCategory.KEPALA_SEKOLAH || c == DutyCategory.PLT_KEPALA_SEKOLAH)) {
        return true;
      }
    }
    return false;
  }
}
