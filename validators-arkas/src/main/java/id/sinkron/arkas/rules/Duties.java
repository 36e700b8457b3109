package id.sinkron.arkas.rules;

import id.sinkron.check.RuleContext;
import id.sinkron.model.Ptk;
import id.sinkron.model.TugasTambahan;
import id.sinkron.profile.DutyCategory;
import id.sinkron.profile.DutyRule;

/**
 * Who holds the kepala sekolah and Bendahara BOS roles ARKAS pulls from Dapodik (DOMAIN.md §7,
 * S54).
 *
 * <p>Kepala sekolah: {@code jenis_ptk_id} kepala sekolah (20, or 57 SPK) — {@code getGtk} lists
 * only PTK registered for the tahun ajaran without exit, so such a PTK is active — or, when duties
 * are known (supplement), a tugas tambahan whose profile category is {@link
 * DutyCategory#KEPALA_SEKOLAH} or {@link DutyCategory#PLT_KEPALA_SEKOLAH} active on the reference
 * date. Bendahara BOS: a duty of category {@link DutyCategory#BENDAHARA_BOS} active on the
 * reference date (only knowable with duties).
 */
final class Duties {
  private Duties() {}

  static boolean dutiesKnown(RuleContext ctx) {
    return ctx.snapshot().ptkSupplementKnown();
  }

  static boolean isKepalaSekolah(RuleContext ctx, Ptk p) {
    if (p.jenisPtk().map(j -> j.isKepalaSekolah()).orElse(false)) {
      return true;
    }
    return dutiesKnown(ctx)
        && (hasActive(ctx, p, DutyCategory.KEPALA_SEKOLAH)
            || hasActive(ctx, p, DutyCategory.PLT_KEPALA_SEKOLAH));
  }

  static boolean isBendaharaBos(RuleContext ctx, Ptk p) {
    return dutiesKnown(ctx) && hasActive(ctx, p, DutyCategory.BENDAHARA_BOS);
  }

  private static boolean hasActive(RuleContext ctx, Ptk p, DutyCategory category) {
    for (TugasTambahan t : p.tugasTambahan()) {
      if (t.isActiveOn(ctx.referenceDate())
          && ctx.profile().duty(t.jabatanPtkId()).map(DutyRule::category).orElse(null)
              == category) {
        return true;
      }
    }
    return false;
  }
}
