package id.sinkron.arkas.testing;

import static id.sinkron.arkas.testing.Fixtures.student;

import id.sinkron.model.ImmutablePesertaDidik;
import id.sinkron.model.ImmutablePesertaDidikKeluar;
import id.sinkron.model.ImmutableSupplement;
import id.sinkron.model.ImmutableTugasTambahan;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.SchoolSnapshot;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A realistic SMP Negeri, generated deterministically: 9 class rombel (7A–9C) of 30 students, plus
 * 13 later rows, with deliberate defects. Checked as of 15 September 2025 (after the cut-off of 31
 * August 2025). The expected outcome is derived by hand in {@link #EXPECTED_COUNTABLE} and the
 * test.
 *
 * <ul>
 *   <li>No valid NISN: 5 (empty), 17 (5 digits), 44 (placeholder), 101 (missing), 150 (8 digits),
 *       230 (empty), 272 (empty; also a duplicate, below).
 *   <li>NISN of another student: 60 (= 12's), 200 (= 190's).
 *   <li>Double registration: 271 is 33 again (same NIK, NISN, identity), entered later, in 7C.
 *   <li>Same identity, other spelling: 272 "Moh. Fajar Contoh" = 120 "MUHAMMAD FAJAR CONTOH" (same
 *       birth date and mother), no NISN, no NIK, in 8C.
 *   <li>No rombel: 273–276.
 *   <li>Outside the SMP age band on the cut-off: 80 (10 years), 210 (20), 240 (21).
 *   <li>Entered after the cut-off (8 September 2025): 277–279 in 9C (which thereby has 33 members,
 *       above the cap of 32) and 280–281 in 7A (32: at the cap).
 *   <li>Left before the cut-off (supplement, 20 August 2025) but still returned: 282, 283 (still
 *       members of 9A). Left after the cut-off (5 September): 25, still counted. A supplement
 *       leaver not in getPesertaDidik: pd-999, ignored.
 *   <li>NIK not valid (warning only, still counted): 7 (empty), 88 (placeholder), 130 (day 32), 165
 *       (14 digits), 250 (province 99); and 272 (missing).
 *   <li>Kepala sekolah PNS with a 17-digit NIP; the only Bendahara BOS duty ended on 30 June 2025.
 *   <li>Supplement: duties known, 262 students declared for ARKAS, unit cost Rp1,100,000.
 * </ul>
 */
public final class RealisticSmp {
  public static final LocalDate AS_OF = LocalDate.of(2025, 9, 15);
  public static final int EXPECTED_REGISTRATIONS = 283;
  public static final int EXPECTED_LEFT_BEFORE = 2;
  public static final int EXPECTED_ACTIVE = 281;
  public static final int EXPECTED_COUNTABLE = 259;
  public static final int DECLARED = 262;
  public static final long UNIT_COST = 1_100_000L;

  private static final String[] ROMBEL = {
    "rb-7a", "rb-7b", "rb-7c", "rb-8a", "rb-8b", "rb-8c", "rb-9a", "rb-9b", "rb-9c"
  };

  private RealisticSmp() {}

  public static SchoolSnapshot build() {
    SchoolBuilder b = new SchoolBuilder();
    String[] names = {"7A", "7B", "7C", "8A", "8B", "8C", "9A", "9B", "9C"};
    for (int i = 0; i < ROMBEL.length; i++) {
      b.rombel(ROMBEL[i], names[i], 7 + i / 3);
    }
    for (int n = 1; n <= 270; n++) {
      int r = (n - 1) / 30;
      b.add(defects(n, pd(n, 7 + r / 3)), ROMBEL[r]);
    }
    PesertaDidik s33 = pd(33, 7).build();
    b.add(
        ImmutablePesertaDidik.builder()
            .from(s33)
            .pesertaDidikId("pd-271")
            .registrasiId("reg-271")
            .anggotaRombelId(Optional.empty())
            .rombonganBelajarId(Optional.empty())
            .tingkatPendidikanId(Optional.empty())
            .namaRombel(Optional.empty())
            .tanggalMasukSekolah(LocalDate.of(2025, 8, 10)),
        "rb-7c");
    PesertaDidik s120 = pd(120, 8).nama("MUHAMMAD FAJAR CONTOH").build();
    b.add(
        ImmutablePesertaDidik.builder()
            .from(s120)
            .pesertaDidikId("pd-272")
            .registrasiId("reg-272")
            .anggotaRombelId(Optional.empty())
            .rombonganBelajarId(Optional.empty())
            .tingkatPendidikanId(Optional.empty())
            .namaRombel(Optional.empty())
            .nama("Moh. Fajar Contoh")
            .nisn("")
            .nik(Optional.empty()),
        "rb-8c");
    for (int n = 273; n <= 276; n++) {
      b.add(pd(n, 7), null);
    }
    for (int n = 277; n <= 281; n++) {
      LocalDate entered = LocalDate.of(2025, 9, 8);
      if (n <= 279) {
        b.add(pd(n, 9).jenisPendaftaranId("2").tanggalMasukSekolah(entered), "rb-9c");
      } else {
        b.add(pd(n, 7).jenisPendaftaranId("2").tanggalMasukSekolah(entered), "rb-7a");
      }
    }
    b.add(pd(282, 9), "rb-9a");
    b.add(pd(283, 9), "rb-9a");

    b.ptk(
        Fixtures.kepsek().nip("19750412200003100").build(),
        Fixtures.guru("ptk-bendahara")
            .addTugasTambahan(
                ImmutableTugasTambahan.copyOf(Fixtures.duty("91"))
                    .withTmtTambahan(LocalDate.of(2024, 1, 2))
                    .withTstTambahan(LocalDate.of(2025, 6, 30)))
            .build(),
        Fixtures.guru("ptk-wakasek").addTugasTambahan(Fixtures.duty("46")).build());
    b.supplement(
        ImmutableSupplement.builder()
            .ptkDataKnown(true)
            .addPesertaDidikKeluar(keluar("pd-282", LocalDate.of(2025, 8, 20)))
            .addPesertaDidikKeluar(keluar("pd-283", LocalDate.of(2025, 8, 20)))
            .addPesertaDidikKeluar(keluar("pd-25", LocalDate.of(2025, 9, 5)))
            .addPesertaDidikKeluar(keluar("pd-999", LocalDate.of(2025, 8, 1)))
            .jumlahSiswaDilaporkan(DECLARED)
            .satuanBiaya(UNIT_COST)
            .build());
    return b.build();
  }

  /**
   * Student {@code n} of tingkat {@code tk}: born so that the age fits the tingkat (13, 14, 15 on
   * the cut-off), entered in July of the year they started tingkat 7.
   */
  private static ImmutablePesertaDidik.Builder pd(int n, int tk) {
    ImmutablePesertaDidik.Builder p = student(n);
    if (tk > 7) {
      p.tanggalMasukSekolah(LocalDate.of(2025 - (tk - 7), 7, 15));
    }
    PesertaDidik probe = p.build();
    LocalDate birth = LocalDate.of(2012 - (tk - 7), 1, 1).plusDays(n % 300);
    return p.tanggalLahir(birth).nik(Fixtures.nik(birth, probe.jenisKelamin().orElseThrow(), n));
  }

  private static ImmutablePesertaDidik.Builder defects(int n, ImmutablePesertaDidik.Builder p) {
    switch (n) {
      case 5:
      case 230:
        return p.nisn("");
      case 17:
        return p.nisn("01234");
      case 44:
        return p.nisn("9999999999");
      case 101:
        return p.nisn(Optional.empty());
      case 150:
        return p.nisn("012-345-67");
      case 60:
        return p.nisn(Fixtures.nisn(12));
      case 200:
        return p.nisn(Fixtures.nisn(190));
      case 120:
        return p.nama("MUHAMMAD FAJAR CONTOH");
      case 80:
        return p.tanggalLahir(LocalDate.of(2015, 3, 1));
      case 210:
        return p.tanggalLahir(LocalDate.of(2005, 6, 1));
      case 240:
        return p.tanggalLahir(LocalDate.of(2004, 1, 10));
      case 7:
        return p.nik("");
      case 88:
        return p.nik("1111111111111111");
      case 130:
        return p.nik("3273013203110130");
      case 165:
        return p.nik("32730112031100");
      case 250:
        return p.nik("9973010101100250");
      default:
        return p;
    }
  }

  private static id.sinkron.model.PesertaDidikKeluar keluar(String id, LocalDate date) {
    return ImmutablePesertaDidikKeluar.builder()
        .pesertaDidikId(id)
        .tanggalKeluar(date)
        .jenisKeluar("Mutasi")
        .build();
  }
}
