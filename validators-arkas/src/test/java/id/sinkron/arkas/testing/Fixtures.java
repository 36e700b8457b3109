package id.sinkron.arkas.testing;

import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.ImmutablePesertaDidik;
import id.sinkron.model.ImmutablePtk;
import id.sinkron.model.ImmutableSekolah;
import id.sinkron.model.ImmutableTugasTambahan;
import id.sinkron.model.JenisKelamin;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.SemesterId;
import id.sinkron.model.StatusKepegawaian;
import id.sinkron.model.TugasTambahan;
import java.time.LocalDate;

/**
 * Invented schools and people for the ARKAS tests. Every default student is countable at the
 * default cut-off: SMP, valid NISN and NIK, born 2012 (13 on the cut-off), entered July 2025,
 * mapped into a class rombel.
 */
public final class Fixtures {
  /** The cut-off of TA 2025/2026 under the bundled profiles. */
  public static final LocalDate CUT_OFF = LocalDate.of(2025, 8, 31);

  /** The default reference date: a month before the cut-off. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 8, 1);

  public static final SemesterId SEMESTER = SemesterId.of("20251");
  public static final String SEKOLAH_ID = "sek-0001";
  public static final String NPSN = "20219876";

  private Fixtures() {}

  public static ImmutableSekolah.Builder smpNegeri() {
    return ImmutableSekolah.builder()
        .sekolahId(SEKOLAH_ID)
        .nama("SMP NEGERI 9 CONTOH")
        .npsn(NPSN)
        .bentukPendidikan(BentukPendidikan.SMP)
        .statusSekolah("1")
        .kodeWilayah("026004AB");
  }

  /** A PNS kepala sekolah with a well-formed NIP. */
  public static ImmutablePtk.Builder kepsek() {
    return ImmutablePtk.builder()
        .ptkId("ptk-kepsek")
        .nama("DRS. KEPALA CONTOH")
        .jenisPtk(JenisPtk.KEPALA_SEKOLAH)
        .statusKepegawaian(StatusKepegawaian.PNS)
        .tanggalLahir(LocalDate.of(1975, 4, 12))
        .jenisKelamin(JenisKelamin.L)
        .nip("197504122000031002");
  }

  /** A PNS guru mapel. */
  public static ImmutablePtk.Builder guru(String id) {
    return ImmutablePtk.builder()
        .ptkId(id)
        .nama("GURU " + id.toUpperCase())
        .jenisPtk(JenisPtk.GURU_MAPEL)
        .statusKepegawaian(StatusKepegawaian.PNS)
        .tanggalLahir(LocalDate.of(1985, 6, 3))
        .jenisKelamin(JenisKelamin.P)
        .nip("198506032010012003");
  }

  /** A duty active since January of the TA start year, no end. */
  public static TugasTambahan duty(String jabatanPtkId) {
    return ImmutableTugasTambahan.builder()
        .jabatanPtkId(jabatanPtkId)
        .nomorSk("800/017/SMPN9/2025")
        .tmtTambahan(LocalDate.of(2025, 1, 2))
        .build();
  }

  /** A valid NISN, distinct for each {@code n} (1 – 9,999,999). */
  public static String nisn(int n) {
    return "012" + String.format("%07d", 3_000_000 + n);
  }

  /**
   * A valid NIK (Jawa Barat, Kota Bandung) for the birth date and sex, serial {@code n} (1 – 9999).
   */
  public static String nik(LocalDate birth, JenisKelamin sex, int n) {
    int day = birth.getDayOfMonth() + (sex == JenisKelamin.P ? 40 : 0);
    return String.format(
        "327301%02d%02d%02d%04d", day, birth.getMonthValue(), birth.getYear() % 100, n);
  }

  /** A countable SMP student {@code n}: id {@code pd-n}, registration {@code reg-n}. */
  public static ImmutablePesertaDidik.Builder student(int n) {
    LocalDate birth = LocalDate.of(2012, 3, 1).plusDays(n % 300);
    JenisKelamin sex = n % 2 == 0 ? JenisKelamin.P : JenisKelamin.L;
    return ImmutablePesertaDidik.builder()
        .pesertaDidikId("pd-" + n)
        .registrasiId("reg-" + n)
        .jenisPendaftaranId("1")
        .nipd("25" + String.format("%04d", n))
        .tanggalMasukSekolah(LocalDate.of(2025, 7, 14))
        .nama("SISWA CONTOH " + words(n))
        .nisn(nisn(n))
        .jenisKelamin(sex)
        .nik(nik(birth, sex, 1 + n % 9000))
        .tempatLahir("BANDUNG")
        .tanggalLahir(birth)
        .namaIbu("IBU CONTOH " + words(n))
        .semesterId(SEMESTER);
  }

  /** Letters instead of digits, so that invented names stay names. */
  static String words(int n) {
    String[] w = {
      "NOL", "SATU", "DUA", "TIGA", "EMPAT", "LIMA", "ENAM", "TUJUH", "DELAPAN", "SEMBILAN"
    };
    StringBuilder b = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w[c - '0']);
    }
    return b.toString();
  }
}
