package id.sinkron.dapodik.internal;

import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.ImmutableAnggotaRombel;
import id.sinkron.model.ImmutablePembelajaran;
import id.sinkron.model.ImmutablePengguna;
import id.sinkron.model.ImmutablePesertaDidik;
import id.sinkron.model.ImmutablePtk;
import id.sinkron.model.ImmutableRiwayatKepangkatan;
import id.sinkron.model.ImmutableRiwayatPendidikan;
import id.sinkron.model.ImmutableRombel;
import id.sinkron.model.ImmutableSekolah;
import id.sinkron.model.JenisKelamin;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.Pengguna;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.PesertaDidikKeluar;
import id.sinkron.model.Ptk;
import id.sinkron.model.RiwayatKepangkatan;
import id.sinkron.model.RiwayatPendidikan;
import id.sinkron.model.Rombel;
import id.sinkron.model.Sekolah;
import id.sinkron.model.StatusKepegawaian;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Converts Web Service DTO rows into the model, applying the server quirks of DOMAIN.md §2.4, and
 * back. A row with any field that cannot be converted is not built ({@code null}); the caller
 * reports each {@link Fields.Error}.
 */
final class Rows {
  private Rows() {}

  /** The literal {@code anggota_rombel_id} of a student in no class rombel (DOMAIN.md §2.3). */
  static final String NO_ROMBEL = "Belum masuk ke dalam rombongan belajar";

  // ---------------------------------------------------------------- reading

  static Sekolah sekolah(Dto.Sekolah d, Fields f) {
    String id = f.requiredId("sekolah_id", d.sekolahId);
    ImmutableSekolah.Builder b =
        ImmutableSekolah.builder()
            .sekolahId(id)
            .nama(d.nama == null ? "" : d.nama)
            .npsn(Fields.id(d.npsn))
            .nss(Fields.id(d.nss))
            .bentukPendidikan(Fields.code(d.bentukPendidikanId).map(BentukPendidikan::of))
            .statusSekolah(Fields.code(d.statusSekolah))
            .kodeWilayah(Fields.id(d.kodeWilayah))
            .alamatJalan(Fields.text(d.alamatJalan))
            .desaKelurahan(Fields.text(d.desaKelurahan))
            .kecamatan(Fields.text(d.kecamatan))
            .kabupatenKota(Fields.text(d.kabupatenKota))
            .provinsi(Fields.text(d.provinsi));
    f.flag("is_sks", d.isSks).ifPresent(b::isSks);
    return f.ok() ? b.build() : null;
  }

  static Ptk ptk(Dto.Gtk d, Fields f, SupplementData.PtkExtra extra) {
    String id = f.requiredId("ptk_id", d.ptkId);
    ImmutablePtk.Builder b =
        ImmutablePtk.builder()
            .ptkId(id)
            .ptkTerdaftarId(Fields.id(d.ptkTerdaftarId))
            .tahunAjaranId(Fields.code(d.tahunAjaranId))
            .tanggalSuratTugas(f.date("tanggal_surat_tugas", d.tanggalSuratTugas))
            .nama(d.nama == null ? "" : d.nama)
            .jenisKelamin(sex(f, d.jenisKelamin))
            .tempatLahir(Fields.text(d.tempatLahir))
            .tanggalLahir(f.date("tanggal_lahir", d.tanggalLahir))
            .agamaId(Fields.code(d.agamaId))
            .nuptk(Fields.id(d.nuptk))
            .nik(Fields.id(d.nik))
            .jenisPtk(Fields.code(d.jenisPtkId).map(JenisPtk::of))
            .jabatanPtkId(Fields.code(d.jabatanPtkId))
            .statusKepegawaian(Fields.code(d.statusKepegawaianId).map(StatusKepegawaian::of))
            .nip(Fields.id(d.nip))
            .pendidikanTerakhir(Fields.code(d.pendidikanTerakhir))
            .bidangStudiTerakhir(Fields.text(d.bidangStudiTerakhir))
            .pangkatGolonganTerakhir(Fields.code(d.pangkatGolonganTerakhir));
    f.flag("ptk_induk", d.ptkInduk).ifPresent(b::induk);
    if (d.rwyPendFormal != null) {
      for (int i = 0; i < d.rwyPendFormal.size(); i++) {
        Dto.Pendidikan r = d.rwyPendFormal.get(i);
        Fields n = f.nested("rwy_pend_formal", i);
        if (r == null) {
          n.error("", "null", "list element is null");
          continue;
        }
        b.addRwyPendFormal(pendidikan(r, n));
      }
    }
    if (d.rwyKepangkatan != null) {
      for (int i = 0; i < d.rwyKepangkatan.size(); i++) {
        Dto.Kepangkatan r = d.rwyKepangkatan.get(i);
        Fields n = f.nested("rwy_kepangkatan", i);
        if (r == null) {
          n.error("", "null", "list element is null");
          continue;
        }
        b.addRwyKepangkatan(kepangkatan(r, n));
      }
    }
    if (extra != null) {
      b.nrg(extra.nrg()).sertifikasi(extra.sertifikasi()).tugasTambahan(extra.tugasTambahan());
    }
    return f.ok() ? b.build() : null;
  }

  private static RiwayatPendidikan pendidikan(Dto.Pendidikan r, Fields f) {
    return ImmutableRiwayatPendidikan.builder()
        .riwayatPendidikanFormalId(Fields.id(r.riwayatPendidikanFormalId))
        .jenjangPendidikan(Fields.code(r.jenjangPendidikanIdStr))
        .bidangStudi(Fields.text(r.bidangStudiIdStr))
        .satuanPendidikanFormal(Fields.text(r.satuanPendidikanFormal))
        .gelarAkademik(Fields.text(r.gelarAkademikIdStr))
        .tahunMasuk(f.integer("tahun_masuk", r.tahunMasuk))
        .tahunLulus(f.integer("tahun_lulus", r.tahunLulus))
        .kependidikan(Fields.code(r.kependidikan))
        .build();
  }

  private static RiwayatKepangkatan kepangkatan(Dto.Kepangkatan r, Fields f) {
    return ImmutableRiwayatKepangkatan.builder()
        .riwayatKepangkatanId(Fields.id(r.riwayatKepangkatanId))
        .pangkatGolongan(Fields.code(r.pangkatGolonganIdStr))
        .nomorSk(Fields.id(r.nomorSk))
        .tanggalSk(f.date("tanggal_sk", r.tanggalSk))
        .tmtPangkat(f.date("tmt_pangkat", r.tmtPangkat))
        .build();
  }

  static PesertaDidik pesertaDidik(Dto.PesertaDidik d, Fields f, PesertaDidikKeluar keluar) {
    String id = f.requiredId("peserta_didik_id", d.pesertaDidikId);
    ImmutablePesertaDidik.Builder b =
        ImmutablePesertaDidik.builder()
            .pesertaDidikId(id)
            .registrasiId(Fields.id(d.registrasiId))
            .jenisPendaftaranId(Fields.code(d.jenisPendaftaranId))
            .nipd(Fields.id(d.nipd))
            .tanggalMasukSekolah(f.date("tanggal_masuk_sekolah", d.tanggalMasukSekolah))
            .sekolahAsal(Fields.text(d.sekolahAsal))
            .nama(d.nama == null ? "" : d.nama)
            .nisn(Fields.id(d.nisn))
            .jenisKelamin(sex(f, d.jenisKelamin))
            .nik(Fields.id(d.nik))
            .tempatLahir(Fields.text(d.tempatLahir))
            .tanggalLahir(f.date("tanggal_lahir", d.tanggalLahir))
            .agamaId(Fields.code(d.agamaId))
            .namaIbu(Fields.text(d.namaIbu))
            .namaAyah(Fields.text(d.namaAyah))
            .semesterId(f.semester("semester_id", d.semesterId));
    Optional<String> anggota = Fields.id(d.anggotaRombelId);
    if (anggota.isPresent() && !anggota.get().equalsIgnoreCase(NO_ROMBEL)) {
      // membership fields are trustworthy only with a real anggota_rombel_id (carry-over quirk)
      b.anggotaRombelId(anggota)
          .rombonganBelajarId(Fields.id(d.rombonganBelajarId))
          .tingkatPendidikanId(f.integer("tingkat_pendidikan_id", d.tingkatPendidikanId))
          .namaRombel(Fields.text(d.namaRombel))
          .kurikulumId(Fields.code(d.kurikulumId));
    }
    if (keluar != null) {
      b.tanggalKeluar(keluar.tanggalKeluar()).jenisKeluar(keluar.jenisKeluar());
    }
    return f.ok() ? b.build() : null;
  }

  static Rombel rombel(Dto.Rombel d, Fields f) {
    String id = f.requiredId("rombongan_belajar_id", d.rombonganBelajarId);
    // a 2020 client names the field jenis_rombel_id (web-service-shapes.md S4); when neither is
    // sent, an
    // ekstrakurikuler row is known by its ekskul ids (DOMAIN.md §2.3) and any other row is a class
    // rombel
    Optional<String> jenis = Fields.code(d.jenisRombel).or(() -> Fields.code(d.jenisRombelId));
    JenisRombel jenisRombel =
        jenis
            .map(JenisRombel::of)
            .orElse(
                Fields.id(d.idKelasEkskul).isPresent() || Fields.id(d.idEkskul).isPresent()
                    ? JenisRombel.EKSTRAKURIKULER
                    : JenisRombel.KELAS);
    boolean ekskul = jenisRombel.isEkstrakurikuler();
    ImmutableRombel.Builder b =
        ImmutableRombel.builder()
            .rombonganBelajarId(id)
            .nama(d.nama == null ? "" : d.nama)
            .tingkatPendidikanId(f.integer("tingkat_pendidikan_id", d.tingkatPendidikanId))
            .semesterId(f.semester("semester_id", d.semesterId))
            .jenisRombel(jenisRombel)
            .kurikulumId(Fields.code(d.kurikulumId))
            .ptkId(
                Fields.id(
                    d.ptkId)) // ptk_id_str is never read: it carries over from the previous row
            .idRuang(Fields.id(d.idRuang));
    if (!ekskul) {
      // ekstrakurikuler rows (sorted last) carry the previous rombel's jurusan and pembelajaran
      b.jurusanId(Fields.code(d.jurusanId));
    }
    f.flag("moving_class", d.movingClass).ifPresent(b::movingClass);
    if (d.anggotaRombel != null) {
      for (int i = 0; i < d.anggotaRombel.size(); i++) {
        Dto.Anggota a = d.anggotaRombel.get(i);
        Fields n = f.nested("anggota_rombel", i);
        if (a == null) {
          n.error("", "null", "list element is null");
          continue;
        }
        b.addAnggotaRombel(anggota(a, n));
      }
    }
    if (!ekskul && d.pembelajaran != null) {
      for (int i = 0; i < d.pembelajaran.size(); i++) {
        Dto.Pembelajaran p = d.pembelajaran.get(i);
        Fields n = f.nested("pembelajaran", i);
        if (p == null) {
          n.error("", "null", "list element is null");
          continue;
        }
        b.addPembelajaran(pembelajaran(p, n));
      }
    }
    return f.ok() ? b.build() : null;
  }

  private static AnggotaRombel anggota(Dto.Anggota a, Fields f) {
    return ImmutableAnggotaRombel.builder()
        .anggotaRombelId(f.requiredId("anggota_rombel_id", a.anggotaRombelId))
        .pesertaDidikId(f.requiredId("peserta_didik_id", a.pesertaDidikId))
        .jenisPendaftaranId(Fields.code(a.jenisPendaftaranId))
        .build();
  }

  private static Pembelajaran pembelajaran(Dto.Pembelajaran p, Fields f) {
    return ImmutablePembelajaran.builder()
        .pembelajaranId(f.requiredId("pembelajaran_id", p.pembelajaranId))
        .mataPelajaranId(Fields.code(p.mataPelajaranId))
        .namaMataPelajaran(Fields.text(p.namaMataPelajaran))
        .ptkId(Fields.id(p.ptkId))
        .ptkTerdaftarId(Fields.id(p.ptkTerdaftarId))
        .indukPembelajaranId(Fields.id(p.indukPembelajaranId))
        .jamMengajarPerMinggu(f.integer("jam_mengajar_per_minggu", p.jamMengajarPerMinggu))
        .statusDiKurikulum(Fields.code(p.statusDiKurikulum))
        .build();
  }

  static Pengguna pengguna(Dto.Pengguna d, Fields f) {
    String id = f.requiredId("pengguna_id", d.penggunaId);
    Pengguna p =
        ImmutablePengguna.builder()
            .penggunaId(id)
            .username(Fields.id(d.username))
            .nama(Fields.text(d.nama))
            .peran(Fields.id(d.peranIdStr))
            .ptkId(Fields.id(d.ptkId))
            .pesertaDidikId(Fields.id(d.pesertaDidikId))
            .build();
    return f.ok() ? p : null;
  }

  private static Optional<JenisKelamin> sex(Fields f, String raw) {
    Optional<String> c = Fields.id(raw);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    Optional<JenisKelamin> s = JenisKelamin.fromCode(c.get());
    if (s.isEmpty()) {
      f.error("jenis_kelamin", raw, "not L or P");
    }
    return s;
  }

  // ---------------------------------------------------------------- writing

  static Dto.Sekolah toDto(Sekolah s) {
    Dto.Sekolah d = new Dto.Sekolah();
    d.sekolahId = s.sekolahId();
    d.nama = s.nama();
    d.nss = s.nss().orElse(null);
    d.npsn = s.npsn().orElse(null);
    d.bentukPendidikanId = s.bentukPendidikan().map(BentukPendidikan::id).orElse(null);
    d.statusSekolah = s.statusSekolah().orElse(null);
    d.alamatJalan = s.alamatJalan().orElse(null);
    d.kodeWilayah = s.kodeWilayah().orElse(null);
    d.isSks = Boolean.toString(s.isSks());
    d.desaKelurahan = s.desaKelurahan().orElse(null);
    d.kecamatan = s.kecamatan().orElse(null);
    d.kabupatenKota = s.kabupatenKota().orElse(null);
    d.provinsi = s.provinsi().orElse(null);
    return d;
  }

  static Dto.Gtk toDto(Ptk p) {
    Dto.Gtk d = new Dto.Gtk();
    d.tahunAjaranId = p.tahunAjaranId().orElse(null);
    d.ptkTerdaftarId = p.ptkTerdaftarId().orElse(null);
    d.ptkId = p.ptkId();
    d.ptkInduk = p.induk() ? "1" : "0";
    d.tanggalSuratTugas = p.tanggalSuratTugas().map(Object::toString).orElse(null);
    d.nama = p.nama();
    d.jenisKelamin = p.jenisKelamin().map(Enum::name).orElse(null);
    d.tempatLahir = p.tempatLahir().orElse(null);
    d.tanggalLahir = p.tanggalLahir().map(Object::toString).orElse(null);
    d.agamaId = p.agamaId().orElse(null);
    d.nuptk = p.nuptk().orElse(null);
    d.nik = p.nik().orElse(null);
    d.jenisPtkId = p.jenisPtk().map(JenisPtk::id).orElse(null);
    d.jabatanPtkId = p.jabatanPtkId().orElse(null);
    d.statusKepegawaianId = p.statusKepegawaian().map(StatusKepegawaian::id).orElse(null);
    d.nip = p.nip().orElse(null);
    d.pendidikanTerakhir = p.pendidikanTerakhir().orElse(null);
    d.bidangStudiTerakhir = p.bidangStudiTerakhir().orElse(null);
    d.pangkatGolonganTerakhir = p.pangkatGolonganTerakhir().orElse(null);
    d.rwyPendFormal = new ArrayList<>();
    for (RiwayatPendidikan r : p.rwyPendFormal()) {
      Dto.Pendidikan x = new Dto.Pendidikan();
      x.riwayatPendidikanFormalId = r.riwayatPendidikanFormalId().orElse(null);
      x.satuanPendidikanFormal = r.satuanPendidikanFormal().orElse(null);
      x.kependidikan = r.kependidikan().orElse(null);
      x.tahunMasuk = r.tahunMasuk().map(String::valueOf).orElse(null);
      x.tahunLulus = r.tahunLulus().map(String::valueOf).orElse(null);
      x.bidangStudiIdStr = r.bidangStudi().orElse(null);
      x.jenjangPendidikanIdStr = r.jenjangPendidikan().orElse(null);
      x.gelarAkademikIdStr = r.gelarAkademik().orElse(null);
      d.rwyPendFormal.add(x);
    }
    d.rwyKepangkatan = new ArrayList<>();
    for (RiwayatKepangkatan r : p.rwyKepangkatan()) {
      Dto.Kepangkatan x = new Dto.Kepangkatan();
      x.riwayatKepangkatanId = r.riwayatKepangkatanId().orElse(null);
      x.pangkatGolonganIdStr = r.pangkatGolongan().orElse(null);
      x.nomorSk = r.nomorSk().orElse(null);
      x.tanggalSk = r.tanggalSk().map(Object::toString).orElse(null);
      x.tmtPangkat = r.tmtPangkat().map(Object::toString).orElse(null);
      d.rwyKepangkatan.add(x);
    }
    return d;
  }

  static Dto.PesertaDidik toDto(PesertaDidik p) {
    Dto.PesertaDidik d = new Dto.PesertaDidik();
    d.registrasiId = p.registrasiId().orElse(null);
    d.jenisPendaftaranId = p.jenisPendaftaranId().orElse(null);
    d.nipd = p.nipd().orElse(null);
    d.tanggalMasukSekolah = p.tanggalMasukSekolah().map(Object::toString).orElse(null);
    d.sekolahAsal = p.sekolahAsal().orElse(null);
    d.pesertaDidikId = p.pesertaDidikId();
    d.nama = p.nama();
    d.nisn = p.nisn().orElse(null);
    d.jenisKelamin = p.jenisKelamin().map(Enum::name).orElse(null);
    d.nik = p.nik().orElse(null);
    d.tempatLahir = p.tempatLahir().orElse(null);
    d.tanggalLahir = p.tanggalLahir().map(Object::toString).orElse(null);
    d.agamaId = p.agamaId().orElse(null);
    d.namaAyah = p.namaAyah().orElse(null);
    d.namaIbu = p.namaIbu().orElse(null);
    d.semesterId = p.semesterId().map(Object::toString).orElse(null);
    if (p.anggotaRombelId().isPresent()) {
      d.anggotaRombelId = p.anggotaRombelId().get();
      d.rombonganBelajarId = p.rombonganBelajarId().orElse(null);
      d.tingkatPendidikanId = p.tingkatPendidikanId().map(String::valueOf).orElse(null);
      d.namaRombel = p.namaRombel().orElse(null);
      d.kurikulumId = p.kurikulumId().orElse(null);
    } else {
      d.anggotaRombelId = NO_ROMBEL;
    }
    return d;
  }

  static Dto.Rombel toDto(Rombel r) {
    Dto.Rombel d = new Dto.Rombel();
    d.rombonganBelajarId = r.rombonganBelajarId();
    d.nama = r.nama();
    d.tingkatPendidikanId = r.tingkatPendidikanId().map(String::valueOf).orElse(null);
    d.semesterId = r.semesterId().map(Object::toString).orElse(null);
    d.jenisRombel = r.jenisRombel().id();
    d.kurikulumId = r.kurikulumId().orElse(null);
    d.idRuang = r.idRuang().orElse(null);
    d.movingClass = r.movingClass() ? "Ya" : "Tidak";
    d.ptkId = r.ptkId().orElse(null);
    d.jurusanId = r.jurusanId().orElse(null);
    d.anggotaRombel = new ArrayList<>();
    for (AnggotaRombel a : r.anggotaRombel()) {
      Dto.Anggota x = new Dto.Anggota();
      x.anggotaRombelId = a.anggotaRombelId();
      x.pesertaDidikId = a.pesertaDidikId();
      x.jenisPendaftaranId = a.jenisPendaftaranId().orElse(null);
      d.anggotaRombel.add(x);
    }
    d.pembelajaran = new ArrayList<>();
    for (Pembelajaran p : r.pembelajaran()) {
      Dto.Pembelajaran x = new Dto.Pembelajaran();
      x.pembelajaranId = p.pembelajaranId();
      x.mataPelajaranId = p.mataPelajaranId().orElse(null);
      x.ptkTerdaftarId = p.ptkTerdaftarId().orElse(null);
      x.ptkId = p.ptkId().orElse(null);
      x.namaMataPelajaran = p.namaMataPelajaran().orElse(null);
      x.indukPembelajaranId = p.indukPembelajaranId().orElse(null);
      x.jamMengajarPerMinggu = p.jamMengajarPerMinggu().map(String::valueOf).orElse(null);
      x.statusDiKurikulum = p.statusDiKurikulum().orElse(null);
      d.pembelajaran.add(x);
    }
    return d;
  }

  static Dto.Pengguna toDto(Pengguna p, String sekolahId) {
    Dto.Pengguna d = new Dto.Pengguna();
    d.penggunaId = p.penggunaId();
    d.sekolahId = sekolahId;
    d.username = p.username().orElse(null);
    d.nama = p.nama().orElse(null);
    d.peranIdStr = p.peran().orElse(null);
    d.ptkId = p.ptkId().orElse(null);
    d.pesertaDidikId = p.pesertaDidikId().orElse(null);
    return d;
  }

  /**
   * @return the row list written by {@link #toDto} for {@code items}
   */
  static <T, D> List<D> all(List<T> items, java.util.function.Function<T, D> f) {
    List<D> out = new ArrayList<>(items.size());
    for (T t : items) {
      out.add(f.apply(t));
    }
    return out;
  }
}
