package id.sinkron.testkit;

import id.sinkron.identifier.Nisn;
import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.ImmutableAnggotaRombel;
import id.sinkron.model.ImmutablePembelajaran;
import id.sinkron.model.ImmutablePengguna;
import id.sinkron.model.ImmutablePesertaDidik;
import id.sinkron.model.ImmutableProvenance;
import id.sinkron.model.ImmutablePtk;
import id.sinkron.model.ImmutableRiwayatPendidikan;
import id.sinkron.model.ImmutableRombel;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.ImmutableSekolah;
import id.sinkron.model.ImmutableSertifikasi;
import id.sinkron.model.ImmutableSupplement;
import id.sinkron.model.ImmutableTugasTambahan;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.SemesterId;
import id.sinkron.profile.AgeBand;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns a draft into the immutable model, computing the ARKAS count the school declares. */
final class Assembler {
  private Assembler() {}

  static SchoolSnapshot snapshot(Drafts.School s, SchoolGenerator gen) {
    SemesterId sem = SemesterId.of(s.semesterId);
    ImmutableSchoolSnapshot.Builder b =
        ImmutableSchoolSnapshot.builder()
            .sekolah(
                ImmutableSekolah.builder()
                    .sekolahId(s.sekolahId)
                    .nama(s.nama)
                    .npsn(s.npsn)
                    .bentukPendidikan(BentukPendidikan.of(s.bentuk))
                    .statusSekolah(s.status)
                    .kodeWilayah(s.kodeWilayah)
                    .alamatJalan("Jl. Pendidikan No. 1")
                    .desaKelurahan(s.desa)
                    .kecamatan(s.kecamatan)
                    .kabupatenKota(s.kabupaten)
                    .provinsi(s.provinsi)
                    .build())
            .semesterId(sem)
            .provenance(
                ImmutableProvenance.builder()
                    .source(gen.describe())
                    .dapodikVersion(s.dapodikVersion)
                    .build());
    String ta = s.semesterId.substring(0, 4);
    s.ptk.stream()
        .sorted(Comparator.comparing((Drafts.Ptk p) -> p.nama).thenComparing(p -> p.ptkId))
        .forEach(p -> b.addPtk(ptk(p, ta)));
    s.pd.stream()
        .sorted(Comparator.comparing((Drafts.Pd p) -> p.nama).thenComparing(p -> p.id))
        .forEach(p -> b.addPesertaDidik(pd(p, sem)));
    for (Drafts.Rombel r : s.rombel) {
      b.addRombel(rombel(r));
    }
    for (Drafts.User u : s.users) {
      b.addPengguna(
          ImmutablePengguna.builder()
              .penggunaId(u.id)
              .username(u.username)
              .nama(u.nama)
              .peran(u.peran)
              .ptkId(u.ptkId)
              .build());
    }
    Integer declared = s.declaredCount;
    if (declared == null) {
      declared = countable(s, gen);
      if (s.declaredCountMismatch) {
        declared += 5;
      }
    }
    ImmutableSupplement.Builder sup =
        ImmutableSupplement.builder().ptkDataKnown(true).jumlahSiswaDilaporkan(declared);
    if (s.unitCost != null) {
      sup.satuanBiaya(s.unitCost);
    }
    sup.eraporVersion(java.util.Optional.ofNullable(s.eraporVersion));
    return b.supplement(sup.build()).build();
  }

  private static ImmutablePtk ptk(Drafts.Ptk p, String ta) {
    ImmutablePtk.Builder b =
        ImmutablePtk.builder()
            .ptkId(p.ptkId)
            .ptkTerdaftarId(p.ptkTerdaftarId)
            .tahunAjaranId(ta)
            .induk(p.induk)
            .tanggalSuratTugas(java.util.Optional.ofNullable(p.tanggalSuratTugas))
            .nama(p.nama)
            .jenisKelamin(p.sex)
            .tempatLahir(p.tempatLahir)
            .tanggalLahir(p.lahir)
            .agamaId("1")
            .nuptk(java.util.Optional.ofNullable(p.nuptk))
            .nik(java.util.Optional.ofNullable(p.nik))
            .jenisPtk(java.util.Optional.ofNullable(p.jenis))
            .statusKepegawaian(p.status)
            .nip(java.util.Optional.ofNullable(p.nip))
            .bidangStudiTerakhir(p.bidangStudi)
            .nrg(java.util.Optional.ofNullable(p.nrg));
    if (p.status.isPnsOrCpns()) {
      b.pangkatGolonganTerakhir("III/b");
    }
    if (p.education != null) {
      int lulus = p.lahir.getYear() + 22;
      b.pendidikanTerakhir(p.education)
          .addRwyPendFormal(
              ImmutableRiwayatPendidikan.builder()
                  .jenjangPendidikan(p.education)
                  .bidangStudi(p.bidangStudi)
                  .satuanPendidikanFormal(
                      "Universitas "
                          + p.tempatLahir.charAt(0)
                          + p.tempatLahir.substring(1).toLowerCase(Locale.ROOT))
                  .gelarAkademik("S1".equals(p.education) ? "S.Pd." : "A.Md.")
                  .tahunMasuk(lulus - ("S1".equals(p.education) ? 4 : 3))
                  .tahunLulus(lulus)
                  .kependidikan("1")
                  .build());
    }
    if (p.certField != null || p.certNumber != null) {
      b.addSertifikasi(
          ImmutableSertifikasi.builder()
              .nomorSertifikat(java.util.Optional.ofNullable(p.certNumber))
              .bidangStudiSertifikasi(java.util.Optional.ofNullable(p.certField))
              .tahunSertifikasi(java.util.Optional.ofNullable(p.certYear))
              .nrg(java.util.Optional.ofNullable(p.nrg))
              .build());
    }
    for (Drafts.Duty d : p.duties) {
      b.addTugasTambahan(
          ImmutableTugasTambahan.builder()
              .jabatanPtkId(d.jabatan)
              .nomorSk(java.util.Optional.ofNullable(d.sk))
              .tmtTambahan(java.util.Optional.ofNullable(d.tmt))
              .tstTambahan(java.util.Optional.ofNullable(d.tst))
              .build());
    }
    return b.build();
  }

  private static ImmutablePesertaDidik pd(Drafts.Pd p, SemesterId sem) {
    ImmutablePesertaDidik.Builder b =
        ImmutablePesertaDidik.builder()
            .pesertaDidikId(p.id)
            .registrasiId(p.registrasiId)
            .jenisPendaftaranId("1")
            .nipd(java.util.Optional.ofNullable(p.nipd))
            .tanggalMasukSekolah(p.tanggalMasuk)
            .sekolahAsal(java.util.Optional.ofNullable(p.sekolahAsal))
            .nama(p.nama)
            .nisn(java.util.Optional.ofNullable(p.nisn))
            .jenisKelamin(p.sex)
            .nik(java.util.Optional.ofNullable(p.nik))
            .tempatLahir(p.tempatLahir)
            .tanggalLahir(p.lahir)
            .agamaId("1")
            .namaIbu(p.namaIbu)
            .namaAyah(p.namaAyah)
            .semesterId(sem);
    if (p.rombel != null) {
      b.anggotaRombelId(p.anggotaId)
          .rombonganBelajarId(p.rombel.id)
          .tingkatPendidikanId(java.util.Optional.ofNullable(p.rombel.tingkat))
          .namaRombel(p.rombel.nama)
          .kurikulumId(java.util.Optional.ofNullable(p.rombel.kurikulum));
    }
    return b.build();
  }

  private static ImmutableRombel rombel(Drafts.Rombel r) {
    ImmutableRombel.Builder b =
        ImmutableRombel.builder()
            .rombonganBelajarId(r.id)
            .nama(r.nama)
            .tingkatPendidikanId(java.util.Optional.ofNullable(r.tingkat))
            .semesterId(SemesterId.of(r.semesterId))
            .jenisRombel(r.jenis)
            .kurikulumId(java.util.Optional.ofNullable(r.kurikulum))
            .ptkId(java.util.Optional.ofNullable(r.wali))
            .jurusanId(java.util.Optional.ofNullable(r.jurusan))
            .idRuang(java.util.Optional.ofNullable(r.ruang));
    for (Drafts.Member m : r.members) {
      b.addAnggotaRombel(
          ImmutableAnggotaRombel.builder()
              .anggotaRombelId(m.anggotaId())
              .pesertaDidikId(m.pdId())
              .jenisPendaftaranId("1")
              .build());
    }
    for (Drafts.Pemb p : r.pemb) {
      b.addPembelajaran(
          ImmutablePembelajaran.builder()
              .pembelajaranId(p.id)
              .mataPelajaranId(p.mapelId)
              .namaMataPelajaran(p.namaMapel)
              .ptkId(java.util.Optional.ofNullable(p.ptkId))
              .ptkTerdaftarId(java.util.Optional.ofNullable(p.ptkTerdaftarId))
              .indukPembelajaranId(java.util.Optional.ofNullable(p.indukPembelajaranId))
              .jamMengajarPerMinggu(java.util.Optional.ofNullable(p.jam))
              .statusDiKurikulum("1")
              .build());
    }
    return b.build();
  }

  /**
   * The BOSP countable count as RULES.md defines it: entered by the cut-off, a valid 10-digit NISN,
   * a class rombel of the active semester, age inside the band; duplicates (same NISN, same NIK, or
   * same nama + tanggal lahir + nama ibu) count once.
   */
  static int countable(Drafts.School s, SchoolGenerator gen) {
    LocalDate cutOff = gen.referenceDate();
    AgeBand band = gen.profile().bospAgeBands().get(BentukPendidikan.of(s.bentuk).jenjang());
    Set<String> inClass = new HashSet<>();
    for (Drafts.Rombel r : s.rombel) {
      if (r.jenis.isClass() && s.semesterId.equals(r.semesterId)) {
        r.members.forEach(m -> inClass.add(m.pdId()));
      }
    }
    Map<String, String> parent = new HashMap<>();
    Map<String, String> firstByKey = new HashMap<>();
    int groups = 0;
    for (Drafts.Pd p : s.pd) {
      boolean ok =
          p.tanggalMasuk != null
              && !p.tanggalMasuk.isAfter(cutOff)
              && p.nisn != null
              && Nisn.isValid(p.nisn)
              && inClass.contains(p.id)
              && (band == null || band.contains(p.lahir, cutOff));
      if (!ok) {
        continue;
      }
      parent.put(p.id, p.id);
      groups++;
      for (String key : List.of("nisn:" + p.nisn, "nik:" + p.nik, "id:" + identity(p))) {
        if (key.endsWith(":null")) {
          continue;
        }
        String other = firstByKey.putIfAbsent(key, p.id);
        if (other != null) {
          String a = find(parent, other);
          String c = find(parent, p.id);
          if (!a.equals(c)) {
            parent.put(c, a);
            groups--;
          }
        }
      }
    }
    return groups;
  }

  private static String identity(Drafts.Pd p) {
    return norm(p.nama) + "|" + p.lahir + "|" + norm(p.namaIbu);
  }

  private static String norm(String s) {
    return s == null ? "" : s.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  private static String find(Map<String, String> parent, String x) {
    while (!parent.get(x).equals(x)) {
      x = parent.get(x);
    }
    return x;
  }
}
