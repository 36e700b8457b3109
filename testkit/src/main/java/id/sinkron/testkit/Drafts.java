package id.sinkron.testkit;

import id.sinkron.model.JenisKelamin;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.StatusKepegawaian;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Mutable drafts of a school under construction; defects edit them before they become immutable.
 */
final class Drafts {
  private Drafts() {}

  static final class School {
    String sekolahId;
    String nama;
    String npsn;
    String bentuk;
    String status = "1";
    String kodeWilayah;
    String provinceKemendagri;
    String regency;
    String provinsi;
    String kabupaten;
    String kecamatan;
    String desa;
    String semesterId;
    String dapodikVersion;
    String eraporVersion;
    Integer declaredCount;
    boolean declaredCountMismatch;
    Long unitCost;
    final List<Ptk> ptk = new ArrayList<>();
    final List<Pd> pd = new ArrayList<>();
    final List<Rombel> rombel = new ArrayList<>();
    final List<User> users = new ArrayList<>();
  }

  static final class Ptk {
    String ptkId;
    String ptkTerdaftarId;
    boolean induk = true;
    LocalDate tanggalSuratTugas;
    String nama;
    JenisKelamin sex;
    LocalDate lahir;
    String tempatLahir;
    String nik;
    String nuptk;
    String nip;
    JenisPtk jenis;
    StatusKepegawaian status;

    /** Highest formal education level, null for no record at all. */
    String education = "S1";

    String bidangStudi;
    String certField;
    String certNumber;
    Integer certYear;
    String nrg;
    final List<Duty> duties = new ArrayList<>();

    /** What the generator built this PTK for (kepala sekolah, wakasek …); defects pick by it. */
    Role role;

    boolean certified() {
      return certField != null;
    }
  }

  enum Role {
    KEPALA_SEKOLAH,
    GURU_KELAS,
    SUBJECT,
    MIXED,
    OPERATOR
  }

  static final class Duty {
    String jabatan;
    String sk;
    LocalDate tmt;
    LocalDate tst;

    Duty(String jabatan, String sk, LocalDate tmt) {
      this.jabatan = jabatan;
      this.sk = sk;
      this.tmt = tmt;
    }
  }

  static final class Pd {
    String id;
    String registrasiId;
    String nipd;
    String nama;
    String nisn;
    JenisKelamin sex;
    String nik;
    LocalDate lahir;
    String tempatLahir;
    String namaIbu;
    String namaAyah;
    LocalDate tanggalMasuk;
    String sekolahAsal;

    /**
     * Class membership as getPesertaDidik shows it; null when "Belum masuk ke dalam rombongan
     * belajar".
     */
    Rombel rombel;

    String anggotaId;
  }

  static final class Rombel {
    String id;
    String nama;
    Integer tingkat;
    String semesterId;
    JenisRombel jenis = JenisRombel.KELAS;
    String kurikulum;
    String jurusan;
    String wali;
    String ruang;
    final List<Member> members = new ArrayList<>();
    final List<Pemb> pemb = new ArrayList<>();
  }

  record Member(String anggotaId, String pdId) {}

  static final class Pemb {
    String id;
    String mapelId;
    String namaMapel;
    String ptkId;
    String ptkTerdaftarId;
    String indukPembelajaranId;
    Integer jam;

    /** The certification field linear with this subject, or null. */
    String certField;

    Rombel rombel;
  }

  static final class User {
    String id;
    String username;
    String nama;
    String peran;
    String ptkId;
  }
}
