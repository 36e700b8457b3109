package id.sinkron.erapor.rules;

import id.sinkron.check.DerivedKey;
import id.sinkron.check.RuleContext;
import id.sinkron.check.SchoolIndex;
import id.sinkron.erapor.ERaporVariant;
import id.sinkron.erapor.NotPulledReason;
import id.sinkron.erapor.RombelKind;
import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.Rombel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the predicted E-Rapor variant pulls from one school, computed once per check ({@link
 * RuleContext#derived}): the variant, and for every rombel the first reason it is not pulled
 * (RULES.md, E-Rapor, "What E-Rapor SMK pulls"). A rombel dropped for a reason carries that
 * reason's finding only: the rules about what happens to a pulled rombel (empty, no pembelajaran,
 * its pembelajaran, its members) skip it.
 *
 * <p>Order of the reasons: other semester; not a rombel E-Rapor manages; SMK: class jenis 10–14;
 * class rombel without wali (both variants); SMK: class rombel without kurikulum ({@code
 * insert_kurikulum}, erapor8 {@code Dapodik.php} :630, runs before the rombel is saved at :631);
 * SMK: wali not an active PTK (the FK on {@code guru_id} fails, :575); ekskul without pembina
 * (both); SMK: ekskul pembina unknown (:520); SMK: ekskul without room (:535, dereferenced only
 * once the pembina is found).
 */
final class PullPlan {
  private static final DerivedKey<PullPlan> KEY = DerivedKey.of("erapor.pull");

  private final ERaporVariant variant;
  private final Map<String, NotPulledReason> reasons;
  private final boolean ptkTerdaftarKnown;

  private PullPlan(
      ERaporVariant variant, Map<String, NotPulledReason> reasons, boolean ptkTerdaftarKnown) {
    this.variant = variant;
    this.reasons = reasons;
    this.ptkTerdaftarKnown = ptkTerdaftarKnown;
  }

  /**
   * @return the plan of this check's school, computed once
   */
  static PullPlan of(RuleContext ctx) {
    return ctx.derived(KEY, PullPlan::plan);
  }

  private static PullPlan plan(RuleContext ctx) {
    ERaporVariant v = ERaporVariant.resolve(ctx.snapshot(), ctx.options());
    SchoolIndex idx = ctx.index();
    boolean smk = v == ERaporVariant.SMK;
    Map<String, NotPulledReason> reasons = new HashMap<>();
    boolean terdaftar = false;
    for (Rombel r : ctx.snapshot().rombel()) {
      RombelKind k = RombelKind.of(r.jenisRombel());
      NotPulledReason reason = null;
      boolean waliUnknown = r.ptkId().isPresent() && idx.ptk(r.ptkId().get()).isEmpty();
      if (!idx.isActiveSemester(r)) {
        reason = NotPulledReason.OTHER_SEMESTER;
      } else if (k == RombelKind.OTHER) {
        reason = NotPulledReason.NOT_MANAGED;
      } else if (k == RombelKind.CLASS) {
        if (!v.pullsClassJenis(r.jenisRombel())) {
          reason = NotPulledReason.JENIS_NOT_PULLED;
        } else if (r.ptkId().isEmpty()) {
          reason = NotPulledReason.NO_WALI;
        } else if (smk && r.kurikulumId().isEmpty()) {
          reason =
              NotPulledReason
                  .KURIKULUM_MISSING; // insert_kurikulum (:630) runs before insert_rombel (:631)
        } else if (smk && waliUnknown) {
          reason = NotPulledReason.WALI_UNKNOWN;
        }
      } else if (k == RombelKind.ELECTIVE) {
        if (smk && waliUnknown) {
          reason = NotPulledReason.WALI_UNKNOWN;
        }
      } else {
        if (r.ptkId().isEmpty()) {
          reason = NotPulledReason.EKSKUL_NO_PEMBINA;
        } else if (smk && waliUnknown) {
          reason = NotPulledReason.EKSKUL_PEMBINA_UNKNOWN;
        } else if (smk && r.idRuang().isEmpty()) {
          reason = NotPulledReason.EKSKUL_NO_RUANG;
        }
      }
      if (reason != null) {
        reasons.put(r.rombonganBelajarId(), reason);
      }
      if (!terdaftar && k != RombelKind.EKSTRAKURIKULER) {
        for (Pembelajaran p : r.pembelajaran()) {
          if (p.ptkTerdaftarId().isPresent()) {
            terdaftar = true;
            break;
          }
        }
      }
    }
    return new PullPlan(v, Map.copyOf(reasons), terdaftar);
  }

  ERaporVariant variant() {
    return variant;
  }

  boolean smk() {
    return variant == ERaporVariant.SMK;
  }

  /**
   * @return why the variant does not pull the rombel; empty when it does
   */
  Optional<NotPulledReason> reason(Rombel r) {
    return Optional.ofNullable(reasons.get(r.rombonganBelajarId()));
  }

  /**
   * @return whether the variant pulls the rombel
   */
  boolean pulls(Rombel r) {
    return !reasons.containsKey(r.rombonganBelajarId());
  }

  /**
   * @return whether a pembelajaran's teacher is keyed on {@code ptk_terdaftar_id} (E-Rapor SMK's
   *     key, erapor-sync {@code DapodikController} :509): true when any pembelajaran of the input
   *     carries one; false when the data has only {@code ptk_id}, which is then used
   */
  boolean ptkTerdaftarKnown() {
    return ptkTerdaftarKnown;
  }

  /**
   * @return the active students listed by the rombel who have no class rombel the variant pulls
   *     (they lose their class with this rombel), each once
   */
  static int studentsLost(RuleContext ctx, Rombel r) {
    Map<String, PlacedStudent> byId = PlacedStudent.byId(ctx);
    Set<String> seen = new HashSet<>();
    int n = 0;
    for (AnggotaRombel a : r.anggotaRombel()) {
      PlacedStudent s = byId.get(a.pesertaDidikId());
      if (s != null && seen.add(a.pesertaDidikId()) && s.placement().pulledRombelIds().isEmpty()) {
        n++;
      }
    }
    return n;
  }
}
