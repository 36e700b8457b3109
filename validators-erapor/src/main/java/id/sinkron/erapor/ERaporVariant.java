package id.sinkron.erapor;

import id.sinkron.check.Application;
import id.sinkron.check.CheckOptions;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.Jenjang;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.Sekolah;
import java.util.Locale;
import java.util.Objects;

/**
 * The variant of E-Rapor a check predicts (RULES.md, E-Rapor, "Two variants"). E-Rapor SMK is open
 * source and its behaviour is read from its code ({@code evidence/erapor-smk-source.md}); E-Rapor
 * SP (SD, SMP, SMA) has no readable source, so what Sinkron says about it is at most operator
 * reports or inference.
 *
 * <p>Chosen from the school's bentuk pendidikan (SMK → {@link #SMK}, anything else → {@link #SP}),
 * unless the caller sets it: {@code CheckOptions.builder().putVariants(Application.E_RAPOR,
 * "SMK")}.
 *
 * @since 0.2
 */
public enum ERaporVariant {
  /**
   * E-Rapor SMK: pulls rombel of jenis 1, 8, 9 that have a wali, from the synced central mirror.
   */
  SMK,
  /**
   * E-Rapor SP (SD, SMP, SMA): class rombel assumed as Dapodik counts them (jenis 1, 8–14);
   * unverified.
   */
  SP;

  /**
   * @param school the school
   * @param options the check's options
   * @return the variant the options name for {@link Application#E_RAPOR}, else the school's
   * @throws IllegalArgumentException if the options name a variant other than {@code SMK} or {@code
   *     SP}
   */
  public static ERaporVariant resolve(SchoolSnapshot school, CheckOptions options) {
    Objects.requireNonNull(school, "school");
    return options
        .variant(Application.E_RAPOR)
        .map(ERaporVariant::parse)
        .orElseGet(() -> ofSchool(school));
  }

  /**
   * @param options the check's options
   * @return whether the options name the variant (rather than the school's bentuk pendidikan)
   */
  public static boolean setByOptions(CheckOptions options) {
    return options.variant(Application.E_RAPOR).isPresent();
  }

  /**
   * @param school the school
   * @return {@link #SMK} for a school of bentuk pendidikan SMK, else {@link #SP} (also when
   *     getSekolah is missing)
   */
  public static ERaporVariant ofSchool(SchoolSnapshot school) {
    boolean smk =
        school
            .sekolah()
            .flatMap(Sekolah::bentukPendidikan)
            .map(b -> b.jenjang() == Jenjang.SMK)
            .orElse(false);
    return smk ? SMK : SP;
  }

  /**
   * @param text {@code SMK} or {@code SP}, any case, surrounding spaces ignored
   * @return the variant
   * @throws IllegalArgumentException naming the value when it is neither
   */
  public static ERaporVariant parse(String text) {
    String t = Objects.requireNonNull(text, "text").strip().toUpperCase(Locale.ROOT);
    for (ERaporVariant v : values()) {
      if (v.name().equals(t)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown E-Rapor variant \"" + text + "\" (expected SMK or SP)");
  }

  /**
   * @param jenis a rombel's {@code jenis_rombel}
   * @return whether the variant treats a rombel of this jenis as a class it pulls: SMK jenis 1, 8,
   *     9 (erapor-sync {@code DapodikController} :445); SP every Dapodik class rombel (1, 8–14,
   *     inferred)
   */
  public boolean pullsClassJenis(JenisRombel jenis) {
    if (!jenis.isClass()) {
      return false;
    }
    if (this == SP) {
      return true;
    }
    int n = number(jenis);
    return n == 1 || n == 8 || n == 9;
  }

  /**
   * @return the jenis as a number, or -1 when it is not one
   */
  static int number(JenisRombel jenis) {
    try {
      return Integer.parseInt(jenis.id().strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
