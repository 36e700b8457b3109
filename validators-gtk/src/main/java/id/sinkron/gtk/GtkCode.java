package id.sinkron.gtk;

import id.sinkron.check.Application;
import id.sinkron.check.Basis;
import id.sinkron.check.BasisTable;
import id.sinkron.check.FindingCode;

/**
 * The stable codes of the Info GTK rules (RULES.md, "Info GTK"). Codes are public API: they are
 * never renamed or reused. Each constant's message key is the code in lower case with dots ({@code
 * GTK-NIK-FORMAT} → {@code gtk.nik.format}); {@code key + ".fix"} holds the fix. Rules whose
 * threshold comes from the regulation profile report the profile's title as their reference.
 *
 * @since 0.1
 */
public enum GtkCode implements FindingCode {
  /** A PTK's {@code nik} is empty. @since 0.1 */
  NIK_MISSING("GTK-NIK-MISSING", Refs.DAPODIK_PTK),
  /**
   * A PTK's {@code nik} is not a valid NIK (length, digits, placeholder, province, date,
   * serial). @since 0.1
   */
  NIK_FORMAT("GTK-NIK-FORMAT", Refs.NIK),
  /**
   * The NIK's birth date or sex segment disagrees with {@code tanggal_lahir}/{@code
   * jenis_kelamin}. @since 0.1
   */
  NIK_MISMATCH("GTK-NIK-MISMATCH", Refs.NIK),
  /**
   * The same valid NIK is on two or more PTK of the school (every member after the first). @since
   * 0.1
   */
  NIK_DUPLICATE("GTK-NIK-DUPLICATE", Refs.NIK_ONE_PERSON),
  /** A teacher has no NUPTK; the message lists the missing issuance prerequisites. @since 0.1 */
  NUPTK_MISSING("GTK-NUPTK-MISSING", Refs.NUPTK),
  /** A PTK's NUPTK is not 16 digits or is a placeholder. @since 0.1 */
  NUPTK_FORMAT("GTK-NUPTK-FORMAT", Refs.NUPTK),
  /** The same NUPTK is on two or more PTK (every member after the first). @since 0.1 */
  NUPTK_DUPLICATE("GTK-NUPTK-DUPLICATE", Refs.NUPTK),
  /**
   * PNS/CPNS without a valid 18-digit PNS NIP, PPPK with an invalid NIP, or a non-ASN with a
   * NIP. @since 0.1
   */
  NIP_FORMAT("GTK-NIP-FORMAT", Refs.NIP),
  /**
   * The NIP's birth date or sex digit disagrees with {@code tanggal_lahir}/{@code
   * jenis_kelamin}. @since 0.1
   */
  NIP_MISMATCH("GTK-NIP-MISMATCH", Refs.NIP),
  /**
   * Recognised load (JTM) below the profile's minimum (Info GTK code 02); B if certified, else
   * W. @since 0.1
   */
  LOAD_BELOW_MIN("GTK-LOAD-BELOW-MIN", ""),
  /** Teaching JTM above the profile's maximum; the excess is not recognised. @since 0.1 */
  LOAD_ABOVE_MAX("GTK-LOAD-ABOVE-MAX", ""),
  /**
   * Teaching JTM at the induk school below the profile's induk minimum (Dapodik warns). @since 0.1
   */
  LOAD_INDUK_LOW("GTK-LOAD-INDUK-LOW", ""),
  /**
   * A teacher (not kepala sekolah, not BK) without any pembelajaran in the active semester. @since
   * 0.1
   */
  NO_PEMBELAJARAN("GTK-NO-PEMBELAJARAN", ""),
  /** Hours in a class rombel with zero members: Info GTK does not count them. @since 0.1 */
  HOURS_EMPTY_ROMBEL("GTK-HOURS-EMPTY-ROMBEL", ""),
  /** The same {@code mata_pelajaran_id} twice in one rombel (not a sub-subject). @since 0.1 */
  HOURS_CLAIMED_TWICE("GTK-HOURS-CLAIMED-TWICE", ""),
  /**
   * Linear load below the minimum while the total reaches it (B, code 01), or some non-linear hours
   * (W). @since 0.1
   */
  NOT_LINEAR("GTK-NOT-LINEAR", Refs.LINEARITY),
  /**
   * Certification record without number or field, or NRG without any certification (Info GTK code
   * 04). @since 0.1
   */
  CERT_INCOMPLETE("GTK-CERT-INCOMPLETE", Refs.CERTIFICATION),
  /**
   * The same certificate number or NRG on two or more PTK (every member after the first). @since
   * 0.1
   */
  CERT_DUPLICATE("GTK-CERT-DUPLICATE", Refs.CERTIFICATION),
  /**
   * Highest formal education below the qualified levels (W), or no formal education record for an
   * induk teacher (B). @since 0.1
   */
  QUALIFICATION("GTK-QUALIFICATION", Refs.QUALIFICATION),
  /** Age at or above the retirement age on the reference date (Info GTK code 06). @since 0.1 */
  RETIREMENT_AGE("GTK-RETIREMENT-AGE", Refs.STATUS_06),
  /**
   * Age at or below the plausible minimum or at or above the maximum (B), or above the warning age
   * (W). @since 0.1
   */
  AGE_IMPLAUSIBLE("GTK-AGE-IMPLAUSIBLE", Refs.DAPODIK_PTK),
  /** GTY/PTY (status 4) registered as induk PTK at a negeri school. @since 0.1 */
  STATUS_GTY_NEGERI("GTK-STATUS-GTY-NEGERI", Refs.DAPODIK_PTK),
  /**
   * A tugas tambahan without SK number or TMT, with a future TMT, or with a past TST: not
   * counted. @since 0.1
   */
  DUTY_INCOMPLETE("GTK-DUTY-INCOMPLETE", ""),
  /**
   * "Other" duty equivalents (wali kelas included) exceed the profile's cap; the excess is not
   * counted. @since 0.1
   */
  DUTY_CAP("GTK-DUTY-CAP", ""),
  /**
   * No active kepala sekolah nor PLT, more than one, jenis Kepala Sekolah without the duty, or a
   * non-induk kepala sekolah. @since 0.1
   */
  KEPSEK_SETUP("GTK-KEPSEK-SETUP", Refs.KEPSEK),
  /** A non-induk PTK without {@code tanggal_surat_tugas}. @since 0.1 */
  NON_INDUK_INCOMPLETE("GTK-NON-INDUK-INCOMPLETE", Refs.DAPODIK_PTK),
  /**
   * The hours of one mapel in one rombel, summed over every teacher, exceed the curriculum
   * allocation; the excess is not recognised. @since 0.2
   */
  HOURS_ABOVE_CURRICULUM("GTK-HOURS-ABOVE-CURRICULUM", Refs.CURRICULUM),
  /** A NUPTK with a temporary prefix (9999, 9000, 9898). @since 0.2 */
  NUPTK_TEMPORARY("GTK-NUPTK-TEMPORARY", Refs.NUPTK),
  /**
   * Recognised face-to-face teaching below the profile's minimum (16; 12 with a main duty), even
   * when duties bring the total to the minimum; B if certified, else W. @since 0.2
   */
  TATAP_MUKA_MIN("GTK-TATAP-MUKA-MIN", ""),
  /**
   * {@code jenis_ptk_id} empty or not a known code: no teacher rule can judge the PTK. @since 0.2
   */
  JENIS_PTK_MISSING("GTK-JENIS-PTK-MISSING", Refs.DAPODIK_PTK),
  /**
   * A tugas tambahan the load leaves out for a reason no other finding states (non-induk school,
   * second main duty, jabatan not in the profile's table). @since 0.2
   */
  DUTY_NOT_COUNTED("GTK-DUTY-NOT-COUNTED", ""),
  /**
   * Hours in an elective rombel (jenis 16) without members: Info GTK does not count them. @since
   * 0.2
   */
  HOURS_ELECTIVE_EMPTY("GTK-HOURS-ELECTIVE-EMPTY", "");

  private final String code;
  private final String reference;

  GtkCode(String code, String reference) {
    this.code = code;
    this.reference = reference;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Application application() {
    return Application.INFO_GTK;
  }

  /**
   * @return the fixed source of the rule; empty for rules whose threshold comes from the regulation
   *     profile (they report {@code ctx.profile().title()} instead)
   */
  /**
   * @return how we know the application behaves so, from the module's {@code basis.tsv}
   */
  @Override
  public Basis basis() {
    return Bases.TABLE.get(code());
  }

  /** Loaded on first use, so a missing row fails the completeness test, not class loading. */
  private static final class Bases {
    static final BasisTable TABLE = BasisTable.load(Bases.class, "/id/sinkron/gtk/basis.tsv");
  }

  @Override
  public String reference() {
    return reference;
  }

  /**
   * @param code a stable code such as {@code GTK-NIK-FORMAT}
   * @return the constant with that code
   * @throws IllegalArgumentException when no constant has it
   */
  public static GtkCode of(String code) {
    for (GtkCode c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("Unknown Info GTK code: " + code);
  }

  private static final class Refs {
    static final String DAPODIK_PTK = "Validasi PTK Dapodik 2022";
    static final String NIK = "Struktur NIK Dukcapil; validasi PTK Dapodik 2022";
    static final String NIK_ONE_PERSON = "NIK Dukcapil: satu NIK untuk satu orang";
    static final String NUPTK = "Syarat NUPTK (gtk.data.kemdikbud.go.id/Home/Syarat)";
    static final String NIP = "Perka BKN 22/2007 (NIP)";
    static final String LINEARITY = "Permendikbud 46/2016 (linieritas guru bersertifikat pendidik)";
    static final String CERTIFICATION =
        "UU 14/2005 (sertifikat pendidik, NRG); validasi PTK Dapodik 2022";
    static final String QUALIFICATION = "UU 14/2005 pasal 9 (kualifikasi S1/D4)";
    static final String STATUS_06 = "Info GTK kode 06 (usia pensiun)";
    static final String KEPSEK = "Validasi PTK Dapodik 2022 (kepala sekolah, PLT)";
    static final String CURRICULUM =
        "Struktur kurikulum Dapodik (jumlah_jam_maksimum per mata pelajaran dan tingkat)";

    private Refs() {}
  }
}
