package id.sinkron.testkit;

import id.sinkron.model.Jenjang;
import java.util.List;

/**
 * The subjects a generated rombel gets per jenjang (Kurikulum Merdeka ids and weekly hours within
 * the allocation {@code jumlah_jam_maksimum} of {@code mata_pelajaran_kurikulum_merdeka.tsv}
 * wherever the table has the subject at that tingkat, so GTK-HOURS-ABOVE-CURRICULUM stays silent on
 * clean schools; SMA Bahasa Inggris is 2, the allocation of 10311), with the certification field
 * that is linear with each subject in the linearity seed table, or {@code null} when the seed has
 * none (such teachers are never certified, so linearity is always decidable).
 */
final class Curriculum {
  private Curriculum() {}

  record Subject(String mapelId, String nama, int hours, String certField, String bidangStudi) {}

  static final Subject GURU_KELAS_SD =
      new Subject("400200000", "Guru Kelas SD/MI/SLB", 24, "027", "Pendidikan Guru Sekolah Dasar");

  /** Used by defects that add hours outside the regular subjects (never linear with any field). */
  static final Subject MULOK =
      new Subject("300311900", "Muatan Lokal Bahasa Daerah", 2, null, "Pendidikan Bahasa Daerah");

  /** Extra local-content subjects, used in turn when a rombel already has the previous one. */
  static final List<Subject> EXTRAS =
      List.of(
          MULOK,
          new Subject(
              "300312900", "Muatan Lokal Potensi Daerah", 2, null, "Pendidikan Bahasa Daerah"),
          new Subject("850030100", "Muatan Lokal Kesenian Daerah", 2, null, "Pendidikan Seni"),
          new Subject("850010100", "Muatan Lokal", 2, null, "Pendidikan Bahasa Daerah"));

  private static final Subject PAI =
      new Subject(
          "100011070",
          "Pendidikan Agama Islam dan Budi Pekerti",
          3,
          "127",
          "Pendidikan Agama Islam");
  private static final Subject PANCASILA =
      new Subject(
          "200010300",
          "Pendidikan Pancasila",
          3,
          "154",
          "Pendidikan Pancasila dan Kewarganegaraan");

  /**
   * Bahasa Indonesia: at its allocation in every generated kurikulum (SMP 6; SMA and SMK tingkat
   * 10: 4).
   */
  static final String INDONESIA_ID = "300110000";

  private static final Subject INDONESIA =
      new Subject("300110000", "Bahasa Indonesia", 6, "156", "Pendidikan Bahasa Indonesia");
  private static final Subject MATEMATIKA =
      new Subject("401000000", "Matematika (Umum)", 5, "180", "Pendidikan Matematika");
  private static final Subject IPA =
      new Subject("401100000", "Ilmu Pengetahuan Alam (IPA)", 5, "097", "Pendidikan IPA");
  private static final Subject IPS =
      new Subject("401200000", "Ilmu Pengetahuan Sosial (IPS)", 4, "100", "Pendidikan IPS");
  private static final Subject INGGRIS =
      new Subject("300210000", "Bahasa Inggris", 4, "157", "Pendidikan Bahasa Inggris");
  private static final Subject PJOK =
      new Subject(
          "500010000",
          "Pendidikan Jasmani, Olahraga, dan Kesehatan",
          3,
          "220",
          "Pendidikan Jasmani");
  private static final Subject INFORMATIKA =
      new Subject("700106100", "Informatika", 3, null, "Pendidikan Informatika");
  private static final Subject SENI =
      new Subject("600011000", "Seni dan Budaya", 3, "217", "Pendidikan Seni");

  static final String KURIKULUM_SD = "10111";
  static final String KURIKULUM_SMP = "10211";
  static final String KURIKULUM_SMA = "10311";

  /** SMK Merdeka Teknik Jaringan Komputer dan Telekomunikasi. */
  static final String KURIKULUM_SMK = "10722";

  static final String JURUSAN_SMK = "16012";

  static String kurikulum(Jenjang j) {
    switch (j) {
      case SD:
        return KURIKULUM_SD;
      case SMP:
        return KURIKULUM_SMP;
      case SMK:
        return KURIKULUM_SMK;
      default:
        return KURIKULUM_SMA;
    }
  }

  /** The subjects of one rombel; the first SD subject is the guru kelas' own. */
  static List<Subject> subjects(Jenjang j) {
    switch (j) {
      case SD:
        return List.of(GURU_KELAS_SD, with(PAI, 4), with(PJOK, 4));
      case SMP:
        return List.of(
            PAI, PANCASILA, INDONESIA, MATEMATIKA, IPA, IPS, INGGRIS, PJOK, INFORMATIKA, SENI);
      case SMK:
        return List.of(
            PAI,
            with(PANCASILA, 2),
            with(INDONESIA, 4),
            with(MATEMATIKA, 4),
            INGGRIS,
            new Subject("401230000", "Sejarah", 2, "204", "Pendidikan Sejarah"),
            with(PJOK, 3),
            with(INFORMATIKA, 4),
            with(SENI, 2),
            new Subject("401901000", "Projek IPAS", 6, null, "Pendidikan IPA"),
            new Subject(
                "800000122",
                "Dasar Dasar Teknik Jaringan Komputer dan Telekomunikasi",
                12,
                null,
                "Pendidikan Teknik Informatika"));
      default:
        return List.of(
            PAI,
            with(PANCASILA, 2),
            with(INDONESIA, 4),
            with(MATEMATIKA, 4),
            with(INGGRIS, 2),
            new Subject("401121000", "Fisika", 3, "184", "Pendidikan Fisika"),
            new Subject("401130100", "Kimia", 3, "187", "Pendidikan Kimia"),
            new Subject("401110200", "Biologi", 3, "190", "Pendidikan Biologi"),
            new Subject("401230000", "Sejarah", 2, "204", "Pendidikan Sejarah"),
            new Subject("401220000", "Geografi", 3, "207", "Pendidikan Geografi"),
            new Subject("401250100", "Ekonomi", 2, "210", "Pendidikan Ekonomi"),
            new Subject("401241000", "Sosiologi", 2, "214", "Pendidikan Sosiologi"),
            with(PJOK, 3),
            with(INFORMATIKA, 2),
            with(SENI, 2));
    }
  }

  private static Subject with(Subject s, int hours) {
    return new Subject(s.mapelId(), s.nama(), hours, s.certField(), s.bidangStudi());
  }

  /**
   * A certification field linear with none of the subjects above' fields' subjects (used to break
   * linearity).
   */
  static String otherField(String field) {
    return "157".equals(field) ? "180" : "157";
  }
}
