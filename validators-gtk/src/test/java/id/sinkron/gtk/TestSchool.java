package id.sinkron.gtk;

import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.ImmutableAnggotaRombel;
import id.sinkron.model.ImmutablePembelajaran;
import id.sinkron.model.ImmutablePtk;
import id.sinkron.model.ImmutableRiwayatPendidikan;
import id.sinkron.model.ImmutableRombel;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.ImmutableSekolah;
import id.sinkron.model.ImmutableSertifikasi;
import id.sinkron.model.ImmutableSupplement;
import id.sinkron.model.ImmutableTugasTambahan;
import id.sinkron.model.JenisKelamin;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.Ptk;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.SemesterId;
import id.sinkron.model.Sertifikasi;
import id.sinkron.model.StatusKepegawaian;
import id.sinkron.model.TugasTambahan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builders for invented schools, teachers, rombel and pembelajaran (test only; every person is
 * invented, identifiers are synthetic but consistent: NIK and NIP encode the birth date and sex).
 */
public final class TestSchool {
  /** The sekolah_id of every test school. */
  public static final String SEKOLAH_ID = "sekolah-1";

  /** The reference date used with semester 20251 (Permendikdasmen 11/2025). */
  public static final LocalDate AS_OF_2025 = LocalDate.of(2025, 9, 15);

  /** The reference date used with semester 20241 (Permendikbud 15/2018). */
  public static final LocalDate AS_OF_2024 = LocalDate.of(2024, 9, 16);

  private final List<Ptk> ptk = new ArrayList<>();
  private final List<Rombel> rombel = new ArrayList<>();
  private String semester = "20251";
  private boolean negeri = true;
  private String bentuk = "6";
  private boolean supplement = true;

  private TestSchool() {}

  /**
   * @return an SMP negeri, semester 20251, with the supplement (certification and duties) known
   */
  public static TestSchool smp() {
    return new TestSchool();
  }

  public TestSchool semester(String id) {
    this.semester = id;
    return this;
  }

  public TestSchool swasta() {
    this.negeri = false;
    return this;
  }

  public TestSchool bentuk(String bentukPendidikanId) {
    this.bentuk = bentukPendidikanId;
    return this;
  }

  /** Certification and duty data unknown (no supplement). */
  public TestSchool noSupplement() {
    this.supplement = false;
    return this;
  }

  public TestSchool ptk(Ptk... p) {
    ptk.addAll(List.of(p));
    return this;
  }

  public TestSchool ptk(ImmutablePtk.Builder... p) {
    for (ImmutablePtk.Builder b : p) {
      ptk.add(b.build());
    }
    return this;
  }

  public TestSchool rombel(Rombel... r) {
    rombel.addAll(List.of(r));
    return this;
  }

  public TestSchool rombel(ImmutableRombel.Builder... r) {
    for (ImmutableRombel.Builder b : r) {
      rombel.add(b.build());
    }
    return this;
  }

  public SchoolSnapshot build() {
    ImmutableSchoolSnapshot.Builder b =
        ImmutableSchoolSnapshot.builder()
            .sekolah(
                ImmutableSekolah.builder()
                    .sekolahId(SEKOLAH_ID)
                    .nama("SMP CONTOH SINKRON")
                    .npsn("20212345")
                    .bentukPendidikan(BentukPendidikan.of(bentuk))
                    .statusSekolah(negeri ? "1" : "2")
                    .kodeWilayah("026001AA")
                    .build())
            .semesterId(SemesterId.of(semester))
            .ptk(ptk)
            .rombel(rombel);
    if (supplement) {
      b.supplement(ImmutableSupplement.builder().build());
    }
    return b.build();
  }

  // ---------------------------------------------------------------- people

  /**
   * A valid guru mapel: PNS with consistent NIK/NIP, NUPTK, S1, induk, no certification, no duty.
   *
   * @param id ptk_id (also used as ptk_terdaftar_id with a prefix)
   * @param serial a number making NIK, NIP and NUPTK unique (1–999)
   */
  public static ImmutablePtk.Builder guru(String id, int serial) {
    LocalDate birth = LocalDate.of(1980, 5, 12).plusDays(serial * 37L);
    JenisKelamin sex = serial % 2 == 0 ? JenisKelamin.P : JenisKelamin.L;
    return ImmutablePtk.builder()
        .ptkId(id)
        .ptkTerdaftarId("reg-" + id)
        .nama("GURU CONTOH " + serial)
        .induk(true)
        .jenisKelamin(sex)
        .tanggalLahir(birth)
        .nik(nik(birth, sex, serial))
        .nuptk(nuptk(serial))
        .nip(nip(birth, sex, serial))
        .jenisPtk(JenisPtk.GURU_MAPEL)
        .statusKepegawaian(StatusKepegawaian.PNS)
        .pendidikanTerakhir("S1")
        .addRwyPendFormal(
            ImmutableRiwayatPendidikan.builder()
                .jenjangPendidikan("S1")
                .bidangStudi("Pendidikan")
                .build());
  }

  /** A valid tenaga administrasi (not a teacher), honorer without NIP. */
  public static ImmutablePtk.Builder tendik(String id, int serial) {
    return guru(id, serial)
        .jenisPtk(JenisPtk.TENAGA_ADMINISTRASI)
        .statusKepegawaian(StatusKepegawaian.of("9"))
        .nip(java.util.Optional.empty());
  }

  /** NIK for a birth date and sex: 327301 + DD(+40 for women) MM YY + serial. */
  public static String nik(LocalDate birth, JenisKelamin sex, int serial) {
    int day = birth.getDayOfMonth() + (sex == JenisKelamin.P ? 40 : 0);
    return "327301"
        + two(day)
        + two(birth.getMonthValue())
        + two(birth.getYear() % 100)
        + String.format("%04d", serial);
  }

  /** PNS NIP: YYYYMMDD + TMT 2005-01 + sex digit + serial. */
  public static String nip(LocalDate birth, JenisKelamin sex, int serial) {
    return String.format("%04d", birth.getYear())
        + two(birth.getMonthValue())
        + two(birth.getDayOfMonth())
        + "200501"
        + (sex == JenisKelamin.P ? "2" : "1")
        + String.format("%03d", serial);
  }

  public static String nuptk(int serial) {
    return "35427536542" + String.format("%05d", serial);
  }

  private static String two(int n) {
    return String.format("%02d", n);
  }

  /** A complete certification record in {@code field}, unique by {@code serial}. */
  public static Sertifikasi cert(String field, int serial) {
    return ImmutableSertifikasi.builder()
        .nomorSertifikat("18" + field + String.format("%08d", serial))
        .bidangStudiSertifikasi(field)
        .tahunSertifikasi(2015)
        .nrg("1510" + String.format("%08d", serial))
        .build();
  }

  /** A duty in force since 2025-07-14 (and 2024-07-15) with an SK number. */
  public static TugasTambahan duty(String jabatanPtkId) {
    return ImmutableTugasTambahan.builder()
        .jabatanPtkId(jabatanPtkId)
        .nomorSk("800/" + jabatanPtkId + "/SK/2024")
        .tmtTambahan(LocalDate.of(2024, 7, 15))
        .build();
  }

  // ---------------------------------------------------------------- rombel

  /**
   * A regular class rombel (jenis 1) of semester 20251, tingkat 7, with {@code members} invented
   * students. It has no {@code kurikulum_id}, so the curriculum allocation does not judge its hours
   * (tests of loads use one pembelajaran for a whole load); {@link #kelasMerdeka} has one.
   *
   * @param wali the wali kelas's ptk_id, or null for none
   */
  public static ImmutableRombel.Builder kelas(String id, String nama, String wali, int members) {
    ImmutableRombel.Builder b =
        ImmutableRombel.builder()
            .rombonganBelajarId(id)
            .nama(nama)
            .tingkatPendidikanId(7)
            .semesterId(SemesterId.of("20251"))
            .jenisRombel(JenisRombel.KELAS);
    if (wali != null) {
      b.ptkId(wali);
    }
    for (int i = 1; i <= members; i++) {
      b.addAnggotaRombel(member(id + "-pd" + i));
    }
    return b;
  }

  /**
   * Like {@link #kelas}, under SMP Kurikulum Merdeka ({@code 10211}: Matematika 5, B. Indonesia 6
   * JTM at tingkat 7).
   */
  public static ImmutableRombel.Builder kelasMerdeka(
      String id, String nama, String wali, int members) {
    return kelas(id, nama, wali, members).kurikulumId(KURIKULUM_SMP_MERDEKA);
  }

  /** SMP Kurikulum Merdeka. */
  public static final String KURIKULUM_SMP_MERDEKA = "10211";

  /** An ekstrakurikuler rombel (jenis 51) of semester 20251 with members. */
  public static ImmutableRombel.Builder ekskul(
      String id, String nama, String pembina, int members) {
    return kelas(id, nama, pembina, members)
        .jenisRombel(JenisRombel.EKSTRAKURIKULER)
        .tingkatPendidikanId(java.util.Optional.empty());
  }

  public static AnggotaRombel member(String pdId) {
    return ImmutableAnggotaRombel.builder()
        .anggotaRombelId("ar-" + pdId)
        .pesertaDidikId(pdId)
        .build();
  }

  /** A pembelajaran of {@code ptkId} teaching {@code mapel} for {@code jam} hours a week. */
  public static Pembelajaran mapel(String id, String mapel, String ptkId, int jam) {
    return ImmutablePembelajaran.builder()
        .pembelajaranId(id)
        .mataPelajaranId(mapel)
        .namaMataPelajaran("Mapel " + mapel)
        .ptkId(ptkId)
        .ptkTerdaftarId("reg-" + ptkId)
        .jamMengajarPerMinggu(jam)
        .statusDiKurikulum("1")
        .build();
  }

  /** Subject ids used in tests (mata_pelajaran.tsv). */
  public static final String MATEMATIKA = "401000000";

  public static final String BAHASA_INDONESIA = "300110000";
  public static final String BAHASA_INGGRIS = "300210000";
  public static final String IPA = "401100000";
  public static final String IPS = "401200000";
  public static final String PJOK = "500010000";
  public static final String INFORMATIKA = "700106100";
  public static final String SENI_BUDAYA = "600011000";
  public static final String PAI = "100011070";
  public static final String PPKN = "200010300";
  public static final String PRAKARYA = "600070000";
  public static final String BK = "500050000";
}
