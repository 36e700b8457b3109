package id.sinkron.erapor;

import id.sinkron.check.Application;
import id.sinkron.check.Basis;
import id.sinkron.check.BasisTable;
import id.sinkron.check.FindingCode;

/**
 * The stable codes of the E-Rapor rules (RULES.md, section E-Rapor). Codes are public API: never
 * renamed or reused. Message key: the code in lower case with dots ({@code erapor.pd.no.rombel}),
 * fix under {@code <key>.fix}.
 *
 * @since 0.1
 */
public enum ERaporCode implements FindingCode {
  /**
   * Active student in no class rombel of the active semester: the wali kelas will not find
   * them. @since 0.1
   */
  PD_NO_ROMBEL(
      "ERAPOR-PD-NO-ROMBEL", "DOMAIN.md §6; E-Rapor SMK SinkronDapodik (eraporsmk/erapor7)"),
  /** Student listed in two or more class rombel of the active semester. @since 0.1 */
  PD_MULTI_ROMBEL(
      "ERAPOR-PD-MULTI-ROMBEL", "Dapodik validasi peserta didik (lebih dari satu rombel kelas)"),
  /**
   * A rombel's anggota_rombel names a peserta_didik_id that is not an active student. @since 0.1
   */
  ANGGOTA_ORPHAN(
      "ERAPOR-ANGGOTA-ORPHAN", "DOMAIN.md §6 (common failures: leavers still in rombel)"),
  /** Class rombel without wali kelas (ptk_id empty; ptk_id_str is never used). @since 0.1 */
  ROMBEL_NO_WALI("ERAPOR-ROMBEL-NO-WALI", "Dapodik validasi rombongan belajar (wali kelas)"),
  /** Wali kelas ptk_id is not an active PTK of the school (not in getGtk). @since 0.1 */
  ROMBEL_WALI_UNKNOWN(
      "ERAPOR-ROMBEL-WALI-UNKNOWN", "Dapodik validasi rombongan belajar (wali keluar/terhapus)"),
  /** Class rombel without members. @since 0.1 */
  ROMBEL_EMPTY("ERAPOR-ROMBEL-EMPTY", "Dapodik validasi rombongan belajar (tanpa anggota)"),
  /** Class rombel without any pembelajaran. @since 0.1 */
  ROMBEL_NO_PEMBELAJARAN(
      "ERAPOR-ROMBEL-NO-PEMBELAJARAN", "Dapodik validasi rombongan belajar (tanpa pembelajaran)"),
  /** Pembelajaran with neither ptk_id nor ptk_terdaftar_id. @since 0.1 */
  PEMBELAJARAN_NO_PTK(
      "ERAPOR-PEMBELAJARAN-NO-PTK", "E-Rapor SMK SinkronDapodik: guru diambil dari ptk_terdaftar"),
  /** Teacher of the pembelajaran is not an active PTK of the school. @since 0.1 */
  PEMBELAJARAN_PTK_UNKNOWN(
      "ERAPOR-PEMBELAJARAN-PTK-UNKNOWN", "Dapodik validasi pembelajaran (guru keluar/terhapus)"),
  /**
   * The same mata pelajaran twice in one rombel (sub-mapel excluded); the second and later are
   * reported. @since 0.1
   */
  PEMBELAJARAN_DUPLICATE(
      "ERAPOR-PEMBELAJARAN-DUPLICATE", "Dapodik validasi pembelajaran (mapel ganda dalam rombel)"),
  /**
   * Retired in 0.2 (E-Rapor never reads teaching hours; missing hours are an Info GTK matter):
   * reserved, never emitted, not in {@link #active()}.
   *
   * @since 0.1
   * @deprecated retired code, kept reserved
   */
  @Deprecated
  PEMBELAJARAN_NO_HOURS("ERAPOR-PEMBELAJARAN-NO-HOURS", ""),
  /**
   * tingkat_pendidikan_id not valid for the school's jenjang (SD 1–6, SMP 7–9, SMA 10–12, SMK
   * 10–13). @since 0.1
   */
  TINGKAT_INVALID("ERAPOR-TINGKAT-INVALID", "DOMAIN.md §4 (tingkat_pendidikan_id)"),
  /** Class rombel without kurikulum_id. @since 0.1 */
  KURIKULUM_MISSING("ERAPOR-KURIKULUM-MISSING", ""),
  /**
   * Rombel semester_id differs from the active semester: a pull returns nothing for it. @since 0.1
   */
  SEMESTER_MISMATCH("ERAPOR-SEMESTER-MISMATCH", "DOMAIN.md §6 (0 rows at a new semester)"),
  /**
   * Elective rombel (jenis 16) whose wali differs from the regular-rombel wali of its
   * members. @since 0.1
   */
  ELECTIVE_WALI_MISMATCH(
      "ERAPOR-ELECTIVE-WALI-MISMATCH", "eraporsmk/erapor7 issue 43 (maintainer)"),
  /**
   * Name with characters outside letters, space and ' , . - or with leading, trailing or double
   * spaces. @since 0.1
   */
  NAME_CHARS("ERAPOR-NAME-CHARS", "Dapodik validasi nama (huruf, spasi, ' , . -)"),
  /**
   * The same NISN on two or more active students; the second and later are reported (WARNING since
   * 0.2). @since 0.1
   */
  NISN_DUPLICATE("ERAPOR-NISN-DUPLICATE", "Verval PD (NISN ganda)"),
  /**
   * Wali kelas has no user account in getPengguna (evaluated only when getPengguna is
   * given). @since 0.1
   */
  WALI_NO_ACCOUNT("ERAPOR-WALI-NO-ACCOUNT", "DOMAIN.md §6 (E-Rapor SP, unverified)"),
  /**
   * The snapshot's Dapodik version is older than the minimum for its semester
   * (DapodikVersionTable). @since 0.1
   */
  DAPODIK_VERSION("ERAPOR-DAPODIK-VERSION", ""),
  /** SMK: a class rombel of jenis 10–14, which E-Rapor SMK does not pull. @since 0.2 */
  ROMBEL_NOT_PULLED("ERAPOR-ROMBEL-NOT-PULLED", ""),
  /** SMK: the wali of a jenis 8 or 9 class rombel gets no wali kelas role. @since 0.2 */
  WALI_ROLE_MISSING("ERAPOR-WALI-ROLE-MISSING", ""),
  /** An ekskul rombel (jenis 51) without pembina: not pulled. @since 0.2 */
  EKSKUL_NO_PEMBINA("ERAPOR-EKSKUL-NO-PEMBINA", ""),
  /** SMK: the ekskul pembina is not an active PTK: the pull of that unit aborts. @since 0.2 */
  EKSKUL_PEMBINA_UNKNOWN("ERAPOR-EKSKUL-PEMBINA-UNKNOWN", ""),
  /** SMK: an ekskul rombel without {@code id_ruang}: the pull fails on it. @since 0.2 */
  EKSKUL_NO_RUANG("ERAPOR-EKSKUL-NO-RUANG", ""),
  /** SMK: an active student without NIPD: E-Rapor SMK stores and prints 0. @since 0.2 */
  PD_NO_NIPD("ERAPOR-PD-NO-NIPD", ""),
  /** SMK: a teacher without NUPTK: E-Rapor SMK fills in a random number. @since 0.2 */
  PTK_NO_NUPTK("ERAPOR-PTK-NO-NUPTK", "");

  private final String code;
  private final String reference;

  ERaporCode(String code, String reference) {
    this.code = code;
    this.reference = reference;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Application application() {
    return Application.E_RAPOR;
  }

  /**
   * @return how we know the application behaves so, from the module's {@code basis.tsv}
   */
  @Override
  public Basis basis() {
    return Bases.TABLE.get(code());
  }

  /**
   * The basis of this code for one E-Rapor variant (RULES.md, "Basis": per variant where the
   * variant changes how we know): for {@link ERaporVariant#SMK} the code's basis with the SMK part
   * of the citation; for {@link ERaporVariant#SP} the row of {@code basis-sp.tsv} (at most PRESS or
   * INFERRED).
   *
   * @param variant the variant predicted
   * @return the basis
   * @throws IllegalStateException for an SMK-only code asked for SP (such a finding is never
   *     emitted)
   * @since 0.2
   */
  public Basis basis(ERaporVariant variant) {
    if (variant == ERaporVariant.SP) {
      return Bases.SP.get(code());
    }
    Basis b = basis();
    int cut = b.citation().indexOf(" || SP");
    return cut < 0
        ? b
        : new Basis(b.kind(), b.label(), b.labelId(), b.citation().substring(0, cut).strip());
  }

  /**
   * @return whether the code is emitted for the variant (SMK-only and SP-only codes, RULES.md)
   * @since 0.2
   */
  public boolean appliesTo(ERaporVariant variant) {
    switch (this) {
      case ROMBEL_NOT_PULLED:
      case WALI_ROLE_MISSING:
      case EKSKUL_PEMBINA_UNKNOWN:
      case EKSKUL_NO_RUANG:
      case PD_NO_NIPD:
      case PTK_NO_NUPTK:
      case ELECTIVE_WALI_MISMATCH:
        return variant == ERaporVariant.SMK;
      case WALI_NO_ACCOUNT:
        return variant == ERaporVariant.SP;
      case PEMBELAJARAN_NO_HOURS:
        return false;
      default:
        return true;
    }
  }

  /**
   * @return whether the code is retired (reserved, never emitted)
   * @since 0.2
   */
  public boolean retired() {
    return this == PEMBELAJARAN_NO_HOURS;
  }

  /**
   * @return the codes still emitted (every code but the retired ones), in declaration order
   * @since 0.2
   */
  public static java.util.List<ERaporCode> active() {
    java.util.List<ERaporCode> out = new java.util.ArrayList<>();
    for (ERaporCode c : values()) {
      if (!c.retired()) {
        out.add(c);
      }
    }
    return java.util.List.copyOf(out);
  }

  /** Loaded on first use, so a missing row fails the completeness test, not class loading. */
  private static final class Bases {
    static final BasisTable TABLE = BasisTable.load(Bases.class, "/id/sinkron/erapor/basis.tsv");
    static final BasisTable SP = BasisTable.load(Bases.class, "/id/sinkron/erapor/basis-sp.tsv");
  }

  @Override
  public String reference() {
    return reference;
  }

  /**
   * @param code a stable code, e.g. {@code ERAPOR-PD-NO-ROMBEL}
   * @return the enum constant, or empty when the code is not an E-Rapor code
   */
  public static java.util.Optional<ERaporCode> fromCode(String code) {
    for (ERaporCode c : values()) {
      if (c.code.equals(code)) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }
}
