package id.sinkron.dapodik.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Jackson DTOs of the Dapodik Web Service rows (DOMAIN.md §2.3) and of {@code
 * sinkron-supplement.json} (DESIGN.md §4). Only the fields Sinkron models are declared: everything
 * else, the {@code _str} display companions and {@code getPengguna}'s {@code password} included, is
 * skipped by the parser without being turned into a string. Every scalar is a {@code String}:
 * Dapodik sends ids and codes as numbers or strings, and the conversion to the model ({@link Rows})
 * decides what a value means.
 *
 * <p>On writing, fields marked {@link AsNumber} are written as JSON numbers when they hold an
 * integer, as the Web Service does for PostgreSQL {@code integer} columns.
 */
final class Dto {
  private Dto() {}

  /** getSekolah {@code rows} (an object). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Sekolah {
    @JsonProperty("sekolah_id")
    String sekolahId;

    @JsonProperty("nama")
    String nama;

    @JsonProperty("nss")
    String nss;

    @JsonProperty("npsn")
    String npsn;

    @JsonProperty("bentuk_pendidikan_id")
    @JsonSerialize(using = AsNumber.class)
    String bentukPendidikanId;

    @JsonProperty("status_sekolah")
    String statusSekolah;

    @JsonProperty("alamat_jalan")
    String alamatJalan;

    @JsonProperty("kode_wilayah")
    String kodeWilayah;

    @JsonProperty("is_sks")
    @JsonSerialize(using = AsBoolean.class)
    String isSks;

    @JsonProperty("desa_kelurahan")
    String desaKelurahan;

    @JsonProperty("kecamatan")
    String kecamatan;

    @JsonProperty("kabupaten_kota")
    String kabupatenKota;

    @JsonProperty("provinsi")
    String provinsi;
  }

  /** One getGtk row. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Gtk {
    @JsonProperty("tahun_ajaran_id")
    String tahunAjaranId;

    @JsonProperty("ptk_terdaftar_id")
    String ptkTerdaftarId;

    @JsonProperty("ptk_id")
    String ptkId;

    @JsonProperty("ptk_induk")
    String ptkInduk;

    @JsonProperty("tanggal_surat_tugas")
    String tanggalSuratTugas;

    @JsonProperty("nama")
    String nama;

    @JsonProperty("jenis_kelamin")
    String jenisKelamin;

    @JsonProperty("tempat_lahir")
    String tempatLahir;

    @JsonProperty("tanggal_lahir")
    String tanggalLahir;

    @JsonProperty("agama_id")
    @JsonSerialize(using = AsNumber.class)
    String agamaId;

    @JsonProperty("nuptk")
    String nuptk;

    @JsonProperty("nik")
    String nik;

    @JsonProperty("jenis_ptk_id")
    String jenisPtkId;

    @JsonProperty("jabatan_ptk_id")
    @JsonSerialize(using = AsNumber.class)
    String jabatanPtkId;

    @JsonProperty("status_kepegawaian_id")
    @JsonSerialize(using = AsNumber.class)
    String statusKepegawaianId;

    @JsonProperty("nip")
    String nip;

    @JsonProperty("pendidikan_terakhir")
    String pendidikanTerakhir;

    @JsonProperty("bidang_studi_terakhir")
    String bidangStudiTerakhir;

    @JsonProperty("pangkat_golongan_terakhir")
    String pangkatGolonganTerakhir;

    @JsonProperty("rwy_pend_formal")
    List<Pendidikan> rwyPendFormal;

    @JsonProperty("rwy_kepangkatan")
    List<Kepangkatan> rwyKepangkatan;
  }

  /** getGtk {@code rwy_pend_formal[]}: ids are stripped by the server, levels come by name. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Pendidikan {
    @JsonProperty("riwayat_pendidikan_formal_id")
    String riwayatPendidikanFormalId;

    @JsonProperty("satuan_pendidikan_formal")
    String satuanPendidikanFormal;

    @JsonProperty("kependidikan")
    String kependidikan;

    @JsonProperty("tahun_masuk")
    String tahunMasuk;

    @JsonProperty("tahun_lulus")
    String tahunLulus;

    @JsonProperty("bidang_studi_id_str")
    String bidangStudiIdStr;

    @JsonProperty("jenjang_pendidikan_id_str")
    String jenjangPendidikanIdStr;

    @JsonProperty("gelar_akademik_id_str")
    String gelarAkademikIdStr;
  }

  /** getGtk {@code rwy_kepangkatan[]} (exact column list uncertain; DOMAIN.md §2.3). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Kepangkatan {
    @JsonProperty("riwayat_kepangkatan_id")
    String riwayatKepangkatanId;

    @JsonProperty("pangkat_golongan_id_str")
    String pangkatGolonganIdStr;

    @JsonProperty("nomor_sk")
    String nomorSk;

    @JsonProperty("tanggal_sk")
    String tanggalSk;

    @JsonProperty("tmt_pangkat")
    String tmtPangkat;
  }

  /** One getPesertaDidik row. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class PesertaDidik {
    @JsonProperty("registrasi_id")
    String registrasiId;

    @JsonProperty("jenis_pendaftaran_id")
    String jenisPendaftaranId;

    @JsonProperty("nipd")
    String nipd;

    @JsonProperty("tanggal_masuk_sekolah")
    String tanggalMasukSekolah;

    @JsonProperty("sekolah_asal")
    String sekolahAsal;

    @JsonProperty("peserta_didik_id")
    String pesertaDidikId;

    @JsonProperty("nama")
    String nama;

    @JsonProperty("nisn")
    String nisn;

    @JsonProperty("jenis_kelamin")
    String jenisKelamin;

    @JsonProperty("nik")
    String nik;

    @JsonProperty("tempat_lahir")
    String tempatLahir;

    @JsonProperty("tanggal_lahir")
    String tanggalLahir;

    @JsonProperty("agama_id")
    @JsonSerialize(using = AsNumber.class)
    String agamaId;

    @JsonProperty("nama_ayah")
    String namaAyah;

    @JsonProperty("nama_ibu")
    String namaIbu;

    @JsonProperty("semester_id")
    String semesterId;

    @JsonProperty("anggota_rombel_id")
    String anggotaRombelId;

    @JsonProperty("rombongan_belajar_id")
    String rombonganBelajarId;

    @JsonProperty("tingkat_pendidikan_id")
    String tingkatPendidikanId;

    @JsonProperty("nama_rombel")
    String namaRombel;

    @JsonProperty("kurikulum_id")
    @JsonSerialize(using = AsNumber.class)
    String kurikulumId;
  }

  /** One getRombonganBelajar row. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Rombel {
    @JsonProperty("rombongan_belajar_id")
    String rombonganBelajarId;

    @JsonProperty("nama")
    String nama;

    @JsonProperty("tingkat_pendidikan_id")
    String tingkatPendidikanId;

    @JsonProperty("semester_id")
    String semesterId;

    @JsonProperty("jenis_rombel")
    String jenisRombel;

    /** The name a 2020 client reads the rombel kind by (web-service-shapes.md S4): an alias. */
    @JsonProperty(value = "jenis_rombel_id", access = JsonProperty.Access.WRITE_ONLY)
    String jenisRombelId;

    @JsonProperty(value = "id_kelas_ekskul", access = JsonProperty.Access.WRITE_ONLY)
    String idKelasEkskul;

    @JsonProperty(value = "id_ekskul", access = JsonProperty.Access.WRITE_ONLY)
    String idEkskul;

    @JsonProperty("kurikulum_id")
    @JsonSerialize(using = AsNumber.class)
    String kurikulumId;

    @JsonProperty("id_ruang")
    String idRuang;

    @JsonProperty("moving_class")
    String movingClass;

    @JsonProperty("ptk_id")
    String ptkId;

    @JsonProperty("jurusan_id")
    String jurusanId;

    @JsonProperty("anggota_rombel")
    List<Anggota> anggotaRombel;

    @JsonProperty("pembelajaran")
    List<Pembelajaran> pembelajaran;
  }

  /** getRombonganBelajar {@code anggota_rombel[]}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Anggota {
    @JsonProperty("anggota_rombel_id")
    String anggotaRombelId;

    @JsonProperty("peserta_didik_id")
    String pesertaDidikId;

    @JsonProperty("jenis_pendaftaran_id")
    String jenisPendaftaranId;
  }

  /** getRombonganBelajar {@code pembelajaran[]}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Pembelajaran {
    @JsonProperty("pembelajaran_id")
    String pembelajaranId;

    @JsonProperty("mata_pelajaran_id")
    @JsonSerialize(using = AsNumber.class)
    String mataPelajaranId;

    @JsonProperty("ptk_terdaftar_id")
    String ptkTerdaftarId;

    @JsonProperty("ptk_id")
    String ptkId;

    @JsonProperty("nama_mata_pelajaran")
    String namaMataPelajaran;

    @JsonProperty("induk_pembelajaran_id")
    String indukPembelajaranId;

    @JsonProperty("jam_mengajar_per_minggu")
    String jamMengajarPerMinggu;

    @JsonProperty("status_di_kurikulum")
    String statusDiKurikulum;
  }

  /**
   * One getPengguna row. {@code password} (a hash) is listed as ignored so that the parser skips
   * its value token without decoding it; it is never a field of this class.
   */
  @JsonIgnoreProperties(
      value = {"password"},
      ignoreUnknown = true)
  static final class Pengguna {
    @JsonProperty("pengguna_id")
    String penggunaId;

    @JsonProperty("sekolah_id")
    String sekolahId;

    @JsonProperty("username")
    String username;

    @JsonProperty("nama")
    String nama;

    @JsonProperty("peran_id_str")
    String peranIdStr;

    @JsonProperty("ptk_id")
    String ptkId;

    @JsonProperty("peserta_didik_id")
    String pesertaDidikId;
  }

  /**
   * {@code sinkron-supplement.json} as a whole, for writing (reading streams it section by
   * section).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class Supplement {
    @JsonProperty("ptk")
    Map<String, SupplementPtk> ptk;

    @JsonProperty("peserta_didik_keluar")
    List<Keluar> pesertaDidikKeluar;

    @JsonProperty("arkas")
    Arkas arkas;

    @JsonProperty("versi")
    Versi versi;

    @JsonProperty("erapor_version")
    String eraporVersion;
  }

  /** Supplement {@code ptk.<ptk_id>}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class SupplementPtk {
    @JsonProperty("nrg")
    String nrg;

    @JsonProperty("rwy_sertifikasi")
    List<Sertifikasi> rwySertifikasi;

    @JsonProperty("tugas_tambahan")
    List<Tugas> tugasTambahan;
  }

  /** Supplement {@code rwy_sertifikasi[]}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Sertifikasi {
    @JsonProperty("nomor_sertifikat")
    String nomorSertifikat;

    @JsonProperty("bidang_studi_sertifikasi")
    String bidangStudiSertifikasi;

    @JsonProperty("tahun_sertifikasi")
    @JsonSerialize(using = AsNumber.class)
    String tahunSertifikasi;

    @JsonProperty("nrg")
    String nrg;
  }

  /** Supplement {@code tugas_tambahan[]}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Tugas {
    @JsonProperty("jabatan_ptk_id")
    @JsonSerialize(using = AsNumber.class)
    String jabatanPtkId;

    @JsonProperty("nomor_sk")
    String nomorSk;

    @JsonProperty("tmt_tambahan")
    String tmtTambahan;

    @JsonProperty("tst_tambahan")
    String tstTambahan;
  }

  /** Supplement {@code peserta_didik_keluar[]}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Keluar {
    @JsonProperty("peserta_didik_id")
    String pesertaDidikId;

    @JsonProperty("tanggal_keluar")
    String tanggalKeluar;

    @JsonProperty("jenis_keluar")
    String jenisKeluar;
  }

  /** Supplement {@code arkas}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  static final class Arkas {
    @JsonProperty("jumlah_siswa_dilaporkan")
    @JsonSerialize(using = AsNumber.class)
    String jumlahSiswaDilaporkan;

    @JsonProperty("satuan_biaya")
    @JsonSerialize(using = AsNumber.class)
    String satuanBiaya;
  }

  /** Supplement {@code versi}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Versi {
    @JsonProperty("dapodik")
    String dapodik;
  }

  /** Writes an integer-valued string as a JSON number, anything else as a string. */
  static final class AsNumber extends StdSerializer<String> {
    private static final long serialVersionUID = 1L;

    AsNumber() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      if (isPlainInteger(value)) {
        g.writeNumber(value);
      } else {
        g.writeString(value);
      }
    }

    static boolean isPlainInteger(String v) {
      int n = v.length();
      if (n == 0 || n > 18 || (n > 1 && v.charAt(0) == '0')) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        char c = v.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }
  }

  /** Writes {@code "true"}/{@code "false"} as a JSON boolean, anything else as a string. */
  static final class AsBoolean extends StdSerializer<String> {
    private static final long serialVersionUID = 1L;

    AsBoolean() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      if ("true".equals(value) || "false".equals(value)) {
        g.writeBoolean(Boolean.parseBoolean(value));
      } else {
        g.writeString(value);
      }
    }
  }
}
