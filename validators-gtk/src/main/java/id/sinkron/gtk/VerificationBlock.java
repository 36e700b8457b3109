package id.sinkron.gtk;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The seven verification blocks the Info GTK page shows a teacher (page model of the public {@code
 * dapodix/info-gtk} client, DOMAIN.md §5), each judged VALID / NOT_VALID / NOT_EVALUATED in a
 * {@link BlockVerdict}. Serialised as the page's key ({@code "beban_mengajar"}).
 *
 * <p>Which Sinkron code belongs to which block ({@link #of(GtkCode)}) is Sinkron's reading of the
 * block names [inferred]: Info GTK's own rules per block are not public.
 *
 * @since 0.2
 */
public enum VerificationBlock {
  /** {@code nuptk}: the NUPTK exists, is well-formed, unique and definitive. */
  NUPTK("nuptk"),
  /** {@code beban_mengajar}: recognised load, linearity, hours and duties (codes 01, 02). */
  BEBAN_MENGAJAR("beban_mengajar"),
  /** {@code kelengkapan_data}: identity (NIK), jenis PTK and formal education are complete. */
  KELENGKAPAN_DATA("kelengkapan_data"),
  /** {@code kelulusan_sertifikasi}: a complete, unique certification record (code 04). */
  KELULUSAN_SERTIFIKASI("kelulusan_sertifikasi"),
  /** {@code keaktifan}: the PTK's registration (penugasan) at the school is complete. */
  KEAKTIFAN("keaktifan"),
  /** {@code kepegawaian}: employment status, NIP and the kepala sekolah setup. */
  KEPEGAWAIAN("kepegawaian"),
  /** {@code usia}: age plausible and below retirement (code 06). */
  USIA("usia");

  private final String key;

  VerificationBlock(String key) {
    this.key = key;
  }

  /**
   * @return the Info GTK page's key, e.g. {@code beban_mengajar}
   */
  @JsonValue
  public String key() {
    return key;
  }

  /**
   * @param code an Info GTK code
   * @return the block the code's findings count in (every code belongs to exactly one)
   */
  public static VerificationBlock of(GtkCode code) {
    // a switch expression without default: a new code that is not mapped does not compile
    return switch (code) {
      case NUPTK_MISSING, NUPTK_FORMAT, NUPTK_DUPLICATE, NUPTK_TEMPORARY -> NUPTK;
      case LOAD_BELOW_MIN,
          LOAD_ABOVE_MAX,
          LOAD_INDUK_LOW,
          NO_PEMBELAJARAN,
          HOURS_EMPTY_ROMBEL,
          HOURS_CLAIMED_TWICE,
          HOURS_ABOVE_CURRICULUM,
          NOT_LINEAR,
          DUTY_INCOMPLETE,
          DUTY_CAP,
          TATAP_MUKA_MIN,
          DUTY_NOT_COUNTED,
          HOURS_ELECTIVE_EMPTY ->
          BEBAN_MENGAJAR;
      case NIK_MISSING, NIK_FORMAT, NIK_MISMATCH, NIK_DUPLICATE, QUALIFICATION, JENIS_PTK_MISSING ->
          KELENGKAPAN_DATA;
      case CERT_INCOMPLETE, CERT_DUPLICATE -> KELULUSAN_SERTIFIKASI;
      case NON_INDUK_INCOMPLETE -> KEAKTIFAN;
      case NIP_FORMAT, NIP_MISMATCH, STATUS_GTY_NEGERI, KEPSEK_SETUP -> KEPEGAWAIAN;
      case RETIREMENT_AGE, AGE_IMPLAUSIBLE -> USIA;
    };
  }

  /**
   * @return the block of a stable code such as {@code GTK-NUPTK-FORMAT}; empty for a non-GTK code
   */
  public static Optional<VerificationBlock> ofCode(String code) {
    for (GtkCode c : GtkCode.values()) {
      if (c.code().equals(code)) {
        return Optional.of(of(c));
      }
    }
    return Optional.empty();
  }
}
