package id.sinkron.dapodik;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.Endpoint;
import id.sinkron.model.JenisKelamin;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.SemesterId;
import id.sinkron.model.StatusKepegawaian;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One test per Web Service quirk of DOMAIN.md §2.2–2.4: the model must come out true. */
class WebServiceDumpQuirksTest {
  static SchoolSnapshot smk;
  static SchoolSnapshot sd;

  static final String P_KEPSEK = "9a000000-0000-4000-8000-0000000000a1";
  static final String P_SITI = "9a000000-0000-4000-8000-0000000000a2";
  static final String P_RUDI = "9a000000-0000-4000-8000-0000000000a3";
  static final String P_DEDE = "9a000000-0000-4000-8000-0000000000a4";
  static final String R_X = "7b000000-0000-4000-8000-0000000000c1";
  static final String R_XI = "7b000000-0000-4000-8000-0000000000c2";
  static final String R_XII = "7b000000-0000-4000-8000-0000000000c3";
  static final String R_PRAMUKA = "7b000000-0000-4000-8000-0000000000c4";

  @BeforeAll
  static void read() {
    smk = WebServiceDump.read(Fixtures.dump(Fixtures.SMK));
    sd = WebServiceDump.read(Fixtures.dump(Fixtures.SD));
  }

  static Ptk ptk(SchoolSnapshot s, String id) {
    return s.ptk().stream().filter(p -> p.ptkId().equals(id)).findFirst().orElseThrow();
  }

  static PesertaDidik pd(String suffix) {
    return smk.pesertaDidik().stream()
        .filter(p -> p.pesertaDidikId().endsWith(suffix))
        .findFirst()
        .orElseThrow();
  }

  static Rombel rombel(String id) {
    return smk.rombel().stream()
        .filter(r -> r.rombonganBelajarId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theRealisticFixtureReadsWithoutInputProblems() {
    assertThat(smk.inputProblems()).isEmpty();
    assertThat(smk.endpoints()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Endpoint.class));
    assertThat(smk.ptk()).hasSize(4);
    assertThat(smk.pesertaDidik()).hasSize(5);
    assertThat(smk.rombel()).hasSize(4);
    assertThat(smk.pengguna()).hasSize(2);
    assertThat(sd.inputProblems()).isEmpty();
  }

  @Test
  void rowsIsAnObjectForGetSekolah() {
    assertThat(smk.sekolah())
        .hasValueSatisfying(
            s -> {
              assertThat(s.sekolahId()).isEqualTo("5e1f0a00-5a11-4c2b-9d3e-000000000001");
              assertThat(s.npsn()).contains("69999901");
              assertThat(s.bentukPendidikan()).contains(BentukPendidikan.SMK);
              assertThat(s.statusSekolah()).contains("2");
              assertThat(s.isNegeri()).isFalse();
              assertThat(s.isSks()).isFalse();
              assertThat(s.kodeWilayah()).as("codes are trimmed").contains("020805AB");
              assertThat(s.nama()).isEqualTo("SMK CONTOH SINKRON");
            });
  }

  @Test
  void idsAndCodesArriveAsNumbersOrStrings() {
    // jenis_ptk_id "20" vs 4, status_kepegawaian_id 1 vs "4", agama_id 1 vs "1", ptk_induk "1" vs 1
    assertThat(ptk(smk, P_KEPSEK).jenisPtk()).contains(JenisPtk.KEPALA_SEKOLAH);
    assertThat(ptk(smk, P_SITI).jenisPtk()).contains(JenisPtk.GURU_MAPEL);
    assertThat(ptk(smk, P_KEPSEK).statusKepegawaian()).contains(StatusKepegawaian.PNS);
    assertThat(ptk(smk, P_SITI).statusKepegawaian()).contains(StatusKepegawaian.GTY_PTY);
    assertThat(ptk(smk, P_KEPSEK).agamaId()).contains("1");
    assertThat(ptk(smk, P_SITI).agamaId()).contains("1");
    assertThat(ptk(smk, P_SITI).tahunAjaranId()).contains("2025");
    // kurikulum_id 101 vs "101", tingkat "10" vs 11, jenis_rombel "1" vs 1, jenis_pendaftaran_id
    // "1" vs 1
    assertThat(pd("d1").kurikulumId()).contains("101");
    assertThat(pd("d2").kurikulumId()).contains("101");
    assertThat(pd("d1").tingkatPendidikanId()).contains(10);
    assertThat(pd("d2").tingkatPendidikanId()).contains(11);
    assertThat(pd("d2").jenisPendaftaranId()).contains("2");
    assertThat(pd("d2").semesterId()).contains(SemesterId.of("20251"));
    assertThat(rombel(R_X).jenisRombel()).isEqualTo(JenisRombel.KELAS);
    assertThat(rombel(R_XI).jenisRombel()).isEqualTo(JenisRombel.KELAS);
    assertThat(rombel(R_X).anggotaRombel())
        .extracting(a -> a.jenisPendaftaranId().orElseThrow())
        .containsExactly("1", "1");
    // SD fixture: everything numeric, ptk_induk a boolean, nipd a number, jenis_kelamin lower case
    Ptk neng = sd.ptk().get(0);
    assertThat(neng.jenisPtk()).contains(JenisPtk.GURU_KELAS);
    assertThat(neng.statusKepegawaian()).contains(StatusKepegawaian.PPPK);
    assertThat(neng.induk()).isTrue();
    assertThat(neng.jenisKelamin()).contains(JenisKelamin.P);
    assertThat(sd.pesertaDidik().get(0).nipd()).contains("1001");
    assertThat(sd.sekolah().orElseThrow().statusSekolah()).contains("1");
    assertThat(sd.sekolah().orElseThrow().bentukPendidikan()).contains(BentukPendidikan.SD);
  }

  @Test
  void integerValuesAcceptNumbersStringsAndDecimalZeros() {
    assertThat(rombel(R_X).pembelajaran())
        .extracting(Pembelajaran::jamMengajarPerMinggu)
        .allSatisfy(j -> assertThat(j).contains(4)); // "4", 4 and "4.00"
    assertThat(rombel(R_X).pembelajaran())
        .extracting(p -> p.mataPelajaranId().orElseThrow())
        .containsExactly("300110000", "401000000", "843010100");
    assertThat(rombel(R_X).pembelajaran())
        .extracting(p -> p.statusDiKurikulum().orElseThrow())
        .containsExactly("1", "1", "1");
    assertThat(ptk(smk, P_RUDI).rwyPendFormal().get(0).tahunMasuk()).contains(2009);
    assertThat(ptk(smk, P_RUDI).rwyPendFormal().get(0).tahunLulus()).contains(2013);
    assertThat(ptk(smk, P_RUDI).rwyPendFormal().get(0).kependidikan()).contains("1");
  }

  @Test
  void emptyStringAndDashMeanEmptyForIdsAndCodes() {
    Ptk siti = ptk(smk, P_SITI);
    assertThat(siti.nuptk()).as("nuptk \"\"").isEmpty();
    assertThat(siti.nip()).as("nip \"-\"").isEmpty();
    assertThat(siti.pangkatGolonganTerakhir()).as("pangkat \"-\"").isEmpty();
    assertThat(ptk(smk, P_DEDE).pendidikanTerakhir()).isEmpty();
    assertThat(pd("d4").nisn()).as("nisn \"-\"").isEmpty();
    assertThat(pd("d4").nik()).as("nik \"\"").isEmpty();
    assertThat(pd("d4").nipd()).as("ids are trimmed").contains("2504");
    assertThat(rombel(R_XI).jurusanId()).as("jurusan_id \"-\"").isEmpty();
    assertThat(rombel(R_XII).ptkId()).as("ptk_id \"\"").isEmpty();
    assertThat(rombel(R_X).pembelajaran().get(2).indukPembelajaranId())
        .as("induk_pembelajaran_id \"\"")
        .isEmpty();
  }

  @Test
  void namesAreKeptExactlyAsGiven() {
    assertThat(ptk(smk, P_SITI).nama()).isEqualTo("SITI  AMINAH, S.Pd. ");
    assertThat(pd("d4").nama()).isEqualTo("putri  ayu");
    assertThat(pd("d4").namaIbu())
        .as("a dash as mother's name is data for the name rules")
        .contains("-");
    assertThat(pd("d4").namaAyah()).contains("");
    assertThat(pd("d4").sekolahAsal()).contains("Belum ");
    assertThat(ptk(smk, P_DEDE).bidangStudiTerakhir()).as("free text is not a code").contains("-");
  }

  @Test
  void sentinelMeansNoRombelAndDropsTheCarriedOverMembership() {
    PesertaDidik eko = pd("d3");
    assertThat(eko.anggotaRombelId()).isEmpty();
    assertThat(eko.rombonganBelajarId())
        .as("stale rombongan_belajar_id of the previous student")
        .isEmpty();
    assertThat(eko.tingkatPendidikanId()).isEmpty();
    assertThat(eko.namaRombel()).isEmpty();
    assertThat(eko.kurikulumId()).isEmpty();
    assertThat(eko.semesterId()).contains(SemesterId.of("20251"));
    // the student before keeps their real membership
    assertThat(pd("d2").rombonganBelajarId()).contains(R_XI);
    assertThat(pd("d2").anggotaRombelId()).contains("a7000000-0000-4000-8000-0000000000d2");
    assertThat(pd("d2").namaRombel()).contains("XI TKJ 1");
  }

  @Test
  void strCompanionsAreNeverUsed() {
    // ptk_id null but ptk_id_str filled (carry-over): no wali
    assertThat(rombel(R_XI).ptkId()).isEmpty();
    assertThat(rombel(R_X).ptkId()).contains(P_SITI);
  }

  @Test
  void ekstrakurikulerRombelLoseTheCarriedOverPembelajaranAndJurusan() {
    Rombel pramuka = rombel(R_PRAMUKA);
    assertThat(pramuka.jenisRombel().isEkstrakurikuler()).isTrue();
    assertThat(pramuka.pembelajaran()).isEmpty();
    assertThat(pramuka.jurusanId()).isEmpty();
    assertThat(pramuka.ptkId()).as("the pembina is kept").contains(P_RUDI);
    assertThat(pramuka.anggotaRombel()).hasSize(1);
    assertThat(rombel(R_XI).pembelajaran()).hasSize(1);
  }

  @Test
  void jabatanPtkIdOfNewerServersIsReadAsACodeAndAbsentWhereNotSent() {
    // web-service-shapes.md S8/S9: newer getGtk rows carry jabatan_ptk_id (a number or a string)
    assertThat(ptk(smk, P_KEPSEK).jabatanPtkId()).contains("2");
    assertThat(ptk(smk, P_SITI).jabatanPtkId()).as("string with spaces, trimmed").contains("1");
    assertThat(ptk(smk, P_RUDI).jabatanPtkId()).as("older server: field absent").isEmpty();
    assertThat(sd.ptk().get(0).jabatanPtkId()).isEmpty();
  }

  @Test
  void unknownFieldsAreIgnored() {
    // getSekolah and getGtk carry fields of a newer Dapodik (one an object): read as usual
    assertThat(smk.sekolah()).isPresent();
    assertThat(ptk(smk, P_KEPSEK).rwyKepangkatan()).hasSize(1);
    assertThat(ptk(smk, P_KEPSEK).rwyKepangkatan().get(0).pangkatGolongan()).contains("IV/a");
  }

  @Test
  void strayTextBeforeTheFirstBraceIsSkipped() {
    // getRombonganBelajar.json starts with a PHP notice; getSekolah.json of the SD fixture with a
    // BOM
    assertThat(smk.has(Endpoint.ROMBONGAN_BELAJAR)).isTrue();
    assertThat(smk.rombel()).hasSize(4);
    assertThat(sd.sekolah()).isPresent();
  }

  @Test
  void ptkIndukOneOrZero() {
    assertThat(ptk(smk, P_KEPSEK).induk()).isTrue();
    assertThat(ptk(smk, P_SITI).induk()).as("number 1").isTrue();
    assertThat(ptk(smk, P_RUDI).induk()).isFalse();
  }

  @Test
  void datesWithATimePartAreRead() {
    assertThat(ptk(smk, P_DEDE).tanggalLahir()).contains(LocalDate.of(1995, 1, 30));
    assertThat(ptk(smk, P_DEDE).tanggalSuratTugas()).isEmpty();
  }

  @Test
  void movingClassYaTidak() {
    assertThat(rombel(R_XII).movingClass()).isTrue();
    assertThat(rombel(R_X).movingClass()).isFalse();
  }

  @Test
  void activeSemesterComesFromTheRows() {
    assertThat(smk.semesterId()).contains(SemesterId.of("20251"));
    assertThat(sd.semesterId()).contains(SemesterId.of("20251"));
  }

  @Test
  void supplementIsMergedIntoPtkAndStudents() {
    Ptk kepsek = ptk(smk, P_KEPSEK);
    assertThat(kepsek.nrg()).contains("120100123456");
    assertThat(kepsek.sertifikasi())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.bidangStudiSertifikasi()).contains("180");
              assertThat(c.tahunSertifikasi()).contains(2012);
              assertThat(c.nomorSertifikat()).contains("12010012345601");
            });
    assertThat(kepsek.tugasTambahan())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.jabatanPtkId()).isEqualTo("2");
              assertThat(t.tmtTambahan()).contains(LocalDate.of(2025, 7, 14));
              assertThat(t.tstTambahan()).isEmpty();
              assertThat(t.isActiveOn(LocalDate.of(2025, 8, 31))).isTrue();
            });
    assertThat(ptk(smk, P_SITI).tugasTambahan())
        .singleElement()
        .satisfies(t -> assertThat(t.tstTambahan()).contains(LocalDate.of(2026, 6, 30)));
    assertThat(ptk(smk, P_RUDI).sertifikasi()).isEmpty();
    assertThat(ptk(smk, P_RUDI).nrg()).isEmpty();
    assertThat(smk.ptkSupplementKnown()).isTrue();

    assertThat(pd("d5").tanggalKeluar()).contains(LocalDate.of(2025, 9, 15));
    assertThat(pd("d5").jenisKeluar()).contains("Mutasi");
    assertThat(pd("d1").tanggalKeluar()).isEmpty();
    assertThat(smk.supplement())
        .hasValueSatisfying(
            s -> {
              assertThat(s.pesertaDidikKeluar())
                  .extracting(k -> k.pesertaDidikId())
                  .containsExactly(
                      "5d000000-0000-4000-8000-0000000000d9",
                      "5d000000-0000-4000-8000-0000000000d5");
              assertThat(s.jumlahSiswaDilaporkan()).contains(5);
              assertThat(s.satuanBiaya()).contains(1_600_000L);
            });
    assertThat(smk.provenance().dapodikVersion()).contains("2026.c");
  }

  @Test
  void withoutSupplementNothingIsKnownAndPenggunaIsOptional() {
    assertThat(sd.supplement()).isEmpty();
    assertThat(sd.ptkSupplementKnown()).isFalse();
    assertThat(sd.has(Endpoint.PENGGUNA)).isFalse();
    assertThat(sd.endpoints())
        .containsExactlyInAnyOrder(
            Endpoint.SEKOLAH, Endpoint.GTK, Endpoint.PESERTA_DIDIK, Endpoint.ROMBONGAN_BELAJAR);
    assertThat(sd.provenance().source())
        .isEqualTo(Fixtures.dump(Fixtures.SD).toAbsolutePath().normalize().toString());
    assertThat(sd.provenance().fetchedAt()).isEmpty();
  }

  @Test
  void penggunaRowsAreRead() {
    assertThat(smk.pengguna())
        .extracting(p -> p.peran().orElseThrow())
        .containsExactly("Operator Sekolah", "Kepala Sekolah");
    assertThat(smk.pengguna().get(1).ptkId()).contains(P_KEPSEK);
    assertThat(smk.pengguna().get(0).ptkId()).isEmpty();
  }
}
