package id.sinkron.dapodik.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Web Service rows straight into the {@link Dto} classes with the streaming parser, without Jackson
 * databind (no per-row reflection, no property lookup): each field name goes through one
 * {@code switch}. It takes only <em>plain</em> rows, the shape the Web Service sends:
 * <ul>
 *   <li>a text field holds a string, a number or a boolean (read as its JSON text, as databind coerces
 *       it) or {@code null};</li>
 *   <li>a list field holds {@code null} or a list whose elements are objects or {@code null};</li>
 *   <li>unknown fields (the {@code _str} companions, {@code password} …) are skipped without being
 *       decoded; a repeated field keeps its last value.</li>
 * </ul>
 * On anything else it throws {@link NotPlain}; the caller then reads the whole body again with databind
 * ({@link BodyReader#bind}), whose problem reporting is the reference, so that a body reads to the same
 * snapshot and problems either way. Stateless; thread-safe.
 */
final class PlainRows {
  private PlainRows() {}

  /** Reads one row at the parser's START_OBJECT, leaving the parser at the row's END_OBJECT. */
  interface Reader<T> {
    T read(JsonParser p) throws IOException;
  }

  /** A value this reader does not take; the body must be read with databind. Carries no stack trace. */
  static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super("not a plain Web Service row", null, false, false);
    }
  }

  private static final NotPlain NOT_PLAIN = new NotPlain();
  /** Longer numbers go through databind, which applies Jackson's number constraints to them. */
  private static final int MAX_NUMBER_TEXT = 100;

  static Dto.Sekolah sekolah(JsonParser p) throws IOException {
    Dto.Sekolah d = new Dto.Sekolah();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "sekolah_id" -> d.sekolahId = text(p);
        case "nama" -> d.nama = text(p);
        case "nss" -> d.nss = text(p);
        case "npsn" -> d.npsn = text(p);
        case "bentuk_pendidikan_id" -> d.bentukPendidikanId = text(p);
        case "status_sekolah" -> d.statusSekolah = text(p);
        case "alamat_jalan" -> d.alamatJalan = text(p);
        case "kode_wilayah" -> d.kodeWilayah = text(p);
        case "is_sks" -> d.isSks = text(p);
        case "desa_kelurahan" -> d.desaKelurahan = text(p);
        case "kecamatan" -> d.kecamatan = text(p);
        case "kabupaten_kota" -> d.kabupatenKota = text(p);
        case "provinsi" -> d.provinsi = text(p);
        default -> p.skipChildren();
      }
    }
    return endOfObject(p, d);
  }

  static Dto.Gtk gtk(JsonParser p) throws IOException {
    Dto.Gtk d = new Dto.Gtk();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "tahun_ajaran_id" -> d.tahunAjaranId = text(p);
        case "ptk_terdaftar_id" -> d.ptkTerdaftarId = text(p);
        case "ptk_id" -> d.ptkId = text(p);
        case "ptk_induk" -> d.ptkInduk = text(p);
        case "tanggal_surat_tugas" -> d.tanggalSuratTugas = text(p);
        case "nama" -> d.nama = text(p);
        case "jenis_kelamin" -> d.jenisKelamin = text(p);
        case "tempat_lahir" -> d.tempatLahir = text(p);
        case "tanggal_lahir" -> d.tanggalLahir = text(p);
        case "agama_id" -> d.agamaId = text(p);
        case "nuptk" -> d.nuptk = text(p);
        case "nik" -> d.nik = text(p);
        case "jenis_ptk_id" -> d.jenisPtkId = text(p);
        case "status_kepegawaian_id" -> d.statusKepegawaianId = text(p);
        case "nip" -> d.nip = text(p);
        case "pendidikan_terakhir" -> d.pendidikanTerakhir = text(p);
        case "bidang_studi_terakhir" -> d.bidangStudiTerakhir = text(p);
        case "pangkat_golongan_terakhir" -> d.pangkatGolonganTerakhir = text(p);
        case "rwy_pend_formal" -> d.rwyPendFormal = list(p, PlainRows::pendidikan);
        case "rwy_kepangkatan" -> d.rwyKepangkatan = list(p, PlainRows::kepangkatan);
        default -> p.skipChildren();
      }
    }
    return endOfObject(p, d);
  }

  private static Dto.Pendidikan pendidikan(JsonParser p) throws IOException {
    Dto.Pendidikan d = new Dto.Pendidikan();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "riwayat_pendidikan_formal_id" -> d.riwayatPendidikanFormalId = text(p);
        case "satuan_pendidikan_formal" -> d.satuanPendidikanFormal = text(p);
        case "kependidikan" -> d.kependidikan = text(p);
        case "tahun_masuk" -> d.tahunMasuk = text(p);
        case "tahun_lulus" -> d.tahunLulus = text(p);
        case "bidang_studi_id_str" -> d.bidangStudiIdStr = text(p);
        case "jenjang_pendidikan_id_str" -> d.jenjangPendidikanIdStr = text(p);
        case "gelar_akademik_id_str" -> d.gelarAkademikIdStr = text(p);
        default -> p.skipChildren();
      }
    }
    return endOfObject(p, d);
  }

  private static Dto.Kepangkatan kepangkatan(JsonParser p) throws IOException {
    Dto.Kepangkatan d = new Dto.Kepangkatan();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "riwayat_kepangkatan_id" -> d.riwayatKepangkatanId = text(p);
        case "pangkat_golongan_id_str" -> d.pangkatGolonganIdStr = text(p);
        case "nomor_sk" -> d.nomorSk = text(p);
        case "tanggal_sk" -> d.tanggalSk = text(p);
        case "tmt_pangkat" -> d.tmtPangkat = text(p);
        default -> p.skipChildren();
      }
    }
    return endOfObject(p, d);
  }

  static Dto.PesertaDidik pesertaDidik(JsonParser p) throws IOException {
    Dto.PesertaDidik d = new Dto.PesertaDidik();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "registrasi_id" -> d.registrasiId = text(p);
        case "jenis_pendaftaran_id" -> d.jenisPendaftaranId = text(p);
        case "nipd" -> d.nipd = text(p);
        case "tanggal_masuk_sekolah" -> d.tanggalMasukSekolah = text(p);
        case "sekolah_asal" -> d.sekolahAsal = text(p);
        case "peserta_didik_id" -> d.pesertaDidikId = text(p);
        case "nama" -> d.nama = text(p);
        case "nisn" -> d.nisn = text(p);
        case "jenis_kelamin" -> d.jenisKelamin = text(p);
        case "nik" -> d.nik = text(p);
        case "tempat_lahir" -> d.tempatLahir = text(p);
        case "tanggal_lahir" -> d.tanggalLahir = text(p);
        case "agama_id" -> d.agamaId = text(p);
        case "nama_ayah" -> d.namaAyah = text(p);
        case "nama_ibu" -> d.namaIbu = text(p);
        case "semester_id" -> d.semesterId = text(p);
        case "anggota_rombel_id" -> d.anggotaRombelId = text(p);
        case "rombongan_belajar_id" -> d.rombonganBelajarId = text(p);
        case "tingkat_pendidikan_id" -> d.tingkatPendidikanId = text(p);
        case "nama_rombel" -> d.namaRombel = text(p);
        case "kurikulum_id" -> d.kurikulumId = text(p);
        default -> p.skipChildren();
      }
    }
    return endOfObject(p, d);
  }

  static Dto.Rombel rombel(JsonParser p) throws IOException {
    Dto.Rombel d = new Dto.Rombel();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "rombongan_belajar_id" -> d.rombonganBelajarId = text(p);
        case "nama" -> d.nama = text(p);
        case "tingkat_pendidikan_id" -> d.tingkatPendidikanId = text(p);
        case "semester_id" -> d.semesterId = text(p);
        case "jenis_rombel" -> d.jenisRombel = text(p);
        case "kurikulum_id" -> d.kurikulumId = text(p);
        case "id_ruang" -> d.idRuang = text(p);
        case "moving_class" -> d.movingClass = text(p);
        case "ptk_id" -> d.ptkId = text(p);
        case "jurusan_id" -> d.jurusanId = text(p);
        case "anggota_rombel" -> d.anggotaRombel = list(p, PlainRows::anggota);
        case "pembelajaran" -> d.pembelajaran = list(p, PlainRows::pembelajaran);
        default -> p.skipChildren();
      }
    }
    return endOfObject(p, d);
  }

  private static Dto.Anggota anggota(JsonParser p) throws IOException {
    Dto.Anggota d = new Dto.Anggota();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "anggota_rombel_id" -> d.anggotaRombelId = text(p);
        case "peserta_didik_id" -> d.pesertaDidikId = text(p);
        case "jenis_pendaftaran_id" -> d.jenisPendaftaranId = text(p);
        default -> p.skipChildren();
      }
    }
    return endOfObject(p, d);
  }

  private static Dto.Pembelajaran pembelajaran(JsonParser p) throws IOException {
    Dto.Pembelajaran d = new Dto.Pembelajaran();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "pembelajaran_id" -> d.pembelajaranId = text(p);
        case "mata_pelajaran_id" -> d.mataPelajaranId = text(p);
        case "ptk_terdaftar_id" -> d.ptkTerdaftarId = text(p);
        case "ptk_id" -> d.ptkId = text(p);
        case "nama_mata_pelajaran" -> d.namaMataPelajaran = text(p);
        case "induk_pembelajaran_id" -> d.indukPembelajaranId = text(p);
        case "jam_mengajar_per_minggu" -> d.jamMengajarPerMinggu = text(p);
        case "status_di_kurikulum" -> d.statusDiKurikulum = text(p);
        default -> p.skipChildren();
      }
    }
    return endOfObject(p, d);
  }

  static Dto.Pengguna pengguna(JsonParser p) throws IOException {
    Dto.Pengguna d = new Dto.Pengguna();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "pengguna_id" -> d.penggunaId = text(p);
        case "sekolah_id" -> d.sekolahId = text(p);
        case "username" -> d.username = text(p);
        case "nama" -> d.nama = text(p);
        case "peran_id_str" -> d.peranIdStr = text(p);
        case "ptk_id" -> d.ptkId = text(p);
        case "peserta_didik_id" -> d.pesertaDidikId = text(p);
        default -> p.skipChildren(); // password included: never decoded
      }
    }
    return endOfObject(p, d);
  }

  /** A text field: string, number or boolean as its JSON text; null for {@code null}. */
  private static String text(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw NOT_PLAIN;
    }
    switch (t) {
      case VALUE_STRING:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (p.getTextLength() > MAX_NUMBER_TEXT) {
          throw NOT_PLAIN;
        }
        return p.getText();
      case VALUE_NULL:
        return null;
      default:
        throw NOT_PLAIN;
    }
  }

  /** A list field: null, or a list of objects and nulls. */
  private static <T> List<T> list(JsonParser p, Reader<T> element) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      throw NOT_PLAIN;
    }
    List<T> out = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.START_OBJECT) {
        out.add(element.read(p));
      } else if (t == JsonToken.VALUE_NULL) {
        out.add(null);
      } else {
        throw NOT_PLAIN;
      }
    }
    return out;
  }

  /** The field loop ends at a token that is not a field name: for valid JSON, the object's end. */
  private static <T> T endOfObject(JsonParser p, T dto) {
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw NOT_PLAIN;
    }
    return dto;
  }
}
