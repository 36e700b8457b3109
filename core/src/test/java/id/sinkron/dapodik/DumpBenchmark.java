package id.sinkron.dapodik;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import id.sinkron.model.SchoolSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates a dump folder of an invented 5,000-student SMA (realistic row shapes, {@code _str}
 * companions, nested histories) and times {@link WebServiceDump#read} after warm-up, against a plain
 * Jackson streaming pass over the same bytes. Run: {@code main(dir?)}, or the opt-in
 * {@code DumpBenchmarkTest} ({@code -Dsinkron.bench=true}). Prints; asserts nothing.
 */
public final class DumpBenchmark {
  static final int STUDENTS = 5_000;
  static final int ROMBEL = 144;
  static final int PTK = 220;
  static final JsonFactory F = new JsonFactory();

  private DumpBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("sinkron-bench");
    System.out.println(run(dir, 10, 25));
  }

  /** Generates the school into {@code dir} and returns a one-paragraph result. */
  public static String run(Path dir, int warmup, int runs) throws IOException {
    generate(dir);
    long bytes;
    try (Stream<Path> s = Files.list(dir)) {
      bytes = s.mapToLong(p -> p.toFile().length()).sum();
    }
    SchoolSnapshot check = WebServiceDump.read(dir);
    if (check.pesertaDidik().size() != STUDENTS || !check.inputProblems().isEmpty()) {
      throw new IllegalStateException("generated school reads wrong: " + check.inputProblems());
    }
    for (int i = 0; i < warmup; i++) {
      WebServiceDump.read(dir);
      plainParse(dir);
    }
    double[] read = new double[runs];
    double[] plain = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      WebServiceDump.read(dir);
      long t1 = System.nanoTime();
      plainParse(dir);
      long t2 = System.nanoTime();
      read[i] = (t1 - t0) / 1e6;
      plain[i] = (t2 - t1) / 1e6;
    }
    double r = median(read);
    double p = median(plain);
    return String.format(Locale.ROOT,
        "5,000-student school: %d PTK, %d rombel, %.1f MB of JSON; WebServiceDump.read median %.1f ms "
            + "(min %.1f, max %.1f, %d runs after %d warm-up); plain Jackson token pass %.1f ms; ratio %.1fx",
        PTK, ROMBEL, bytes / 1e6, r, Arrays.stream(read).min().orElse(0), Arrays.stream(read).max().orElse(0),
        runs, warmup, p, r / p);
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** Every token of every file, values read as text: the floor for any JSON reader. */
  static long plainParse(Path dir) throws IOException {
    long n = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        try (InputStream in = Files.newInputStream(f); JsonParser p = F.createParser(in)) {
          JsonToken t;
          while ((t = p.nextToken()) != null) {
            if (t.isScalarValue()) {
              n += p.getText().length();
            }
          }
        }
      }
    }
    return n;
  }

  static String uuid(int kind, int i) {
    return String.format(Locale.ROOT, "%08x-0000-4000-8000-%012d", kind, i);
  }

  static void generate(Path dir) throws IOException {
    Files.createDirectories(dir);
    Random rnd = new Random(42);
    try (OutputStream o = Files.newOutputStream(dir.resolve("getSekolah.json")); JsonGenerator g = F.createGenerator(o)) {
      g.useDefaultPrettyPrinter();
      envelope(g, 1, "sekolah_id");
      g.writeFieldName("rows");
      g.writeStartObject();
      g.writeStringField("sekolah_id", uuid(1, 1));
      g.writeStringField("nama", "SMA NEGERI CONTOH BESAR");
      g.writeStringField("npsn", "69999909");
      g.writeNumberField("bentuk_pendidikan_id", 13);
      g.writeStringField("bentuk_pendidikan_id_str", "SMA");
      g.writeStringField("status_sekolah", "1");
      g.writeStringField("kode_wilayah", "026001AA");
      g.writeBooleanField("is_sks", false);
      g.writeEndObject();
      g.writeEndObject();
    }
    try (OutputStream o = Files.newOutputStream(dir.resolve("getGtk.json")); JsonGenerator g = F.createGenerator(o)) {
      g.useDefaultPrettyPrinter();
      envelope(g, PTK, "ptk_terdaftar_id");
      g.writeArrayFieldStart("rows");
      for (int i = 0; i < PTK; i++) {
        g.writeStartObject();
        g.writeStringField("tahun_ajaran_id", "2025");
        g.writeStringField("ptk_terdaftar_id", uuid(2, i));
        g.writeStringField("ptk_id", uuid(3, i));
        g.writeStringField("ptk_induk", i % 10 == 0 ? "0" : "1");
        g.writeStringField("tanggal_surat_tugas", "2025-07-14");
        g.writeStringField("nama", "GURU CONTOH NOMOR " + i + ", S.Pd.");
        g.writeStringField("jenis_kelamin", i % 2 == 0 ? "L" : "P");
        g.writeStringField("tempat_lahir", "BANDUNG");
        g.writeStringField("tanggal_lahir", String.format(Locale.ROOT, "19%02d-%02d-%02d", 60 + i % 35, 1 + i % 12, 1 + i % 28));
        g.writeNumberField("agama_id", 1);
        g.writeStringField("agama_id_str", "Islam");
        g.writeStringField("nuptk", String.format(Locale.ROOT, "%016d", 1000000000000000L + i));
        g.writeStringField("nik", String.format(Locale.ROOT, "3273%012d", i));
        g.writeStringField("jenis_ptk_id", "4");
        g.writeStringField("jenis_ptk_id_str", "Guru Mapel");
        g.writeNumberField("status_kepegawaian_id", 1 + i % 8);
        g.writeStringField("status_kepegawaian_id_str", "PNS");
        g.writeStringField("nip", String.format(Locale.ROOT, "%018d", 197001012000011000L + i));
        g.writeStringField("pendidikan_terakhir", "S1");
        g.writeStringField("bidang_studi_terakhir", "Pendidikan Matematika");
        g.writeStringField("pangkat_golongan_terakhir", "III/c");
        g.writeArrayFieldStart("rwy_pend_formal");
        for (int k = 0; k < 2; k++) {
          g.writeStartObject();
          g.writeStringField("riwayat_pendidikan_formal_id", uuid(4, i * 2 + k));
          g.writeStringField("satuan_pendidikan_formal", "UNIVERSITAS CONTOH");
          g.writeStringField("fakultas", "FKIP");
          g.writeStringField("kependidikan", "1");
          g.writeStringField("tahun_masuk", "1990");
          g.writeStringField("tahun_lulus", "1994");
          g.writeStringField("nim", "0000000");
          g.writeStringField("status_kuliah", "Lulus");
          g.writeStringField("semester", "8");
          g.writeStringField("ipk", "3.20");
          g.writeNullField("prodi");
          g.writeNullField("id_reg_pd");
          g.writeStringField("bidang_studi_id_str", "Pendidikan Matematika");
          g.writeStringField("jenjang_pendidikan_id_str", k == 0 ? "S1" : "SMA");
          g.writeStringField("gelar_akademik_id_str", "S.Pd.");
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rwy_kepangkatan");
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    try (OutputStream o = Files.newOutputStream(dir.resolve("getPesertaDidik.json")); JsonGenerator g = F.createGenerator(o)) {
      g.useDefaultPrettyPrinter();
      envelope(g, STUDENTS, "registrasi_id");
      g.writeArrayFieldStart("rows");
      for (int i = 0; i < STUDENTS; i++) {
        int r = i % ROMBEL;
        boolean none = i % 250 == 249;
        g.writeStartObject();
        g.writeStringField("registrasi_id", uuid(5, i));
        g.writeStringField("jenis_pendaftaran_id", "1");
        g.writeStringField("jenis_pendaftaran_id_str", "Siswa baru");
        g.writeStringField("nipd", String.valueOf(20000 + i));
        g.writeStringField("tanggal_masuk_sekolah", "2023-07-17");
        g.writeStringField("sekolah_asal", "SMP CONTOH " + (i % 40));
        g.writeStringField("peserta_didik_id", uuid(6, i));
        g.writeStringField("nama", "SISWA CONTOH NOMOR " + i);
        g.writeStringField("nisn", String.format(Locale.ROOT, "00%08d", rnd.nextInt(100_000_000)));
        g.writeStringField("jenis_kelamin", i % 2 == 0 ? "L" : "P");
        g.writeStringField("nik", String.format(Locale.ROOT, "3273%012d", 500000 + i));
        g.writeStringField("tempat_lahir", "BANDUNG");
        g.writeStringField("tanggal_lahir", String.format(Locale.ROOT, "20%02d-%02d-%02d", 7 + i % 3, 1 + i % 12, 1 + i % 28));
        g.writeNumberField("agama_id", 1);
        g.writeStringField("agama_id_str", "Islam");
        g.writeStringField("alamat_jalan", "JL. CONTOH NO. " + i);
        g.writeNullField("nomor_telepon_rumah");
        g.writeStringField("nomor_telepon_seluler", "080000000000");
        g.writeStringField("nama_ayah", "AYAH CONTOH " + i);
        g.writeNumberField("pekerjaan_ayah_id", 6);
        g.writeStringField("pekerjaan_ayah_id_str", "Karyawan Swasta");
        g.writeStringField("nama_ibu", "IBU CONTOH " + i);
        g.writeNumberField("pekerjaan_ibu_id", 1);
        g.writeStringField("pekerjaan_ibu_id_str", "Tidak bekerja");
        g.writeNullField("nama_wali");
        g.writeNumberField("pekerjaan_wali_id", 0);
        g.writeStringField("pekerjaan_wali_id_str", "");
        g.writeStringField("tinggi_badan", "160");
        g.writeStringField("berat_badan", "50");
        g.writeStringField("semester_id", "20251");
        g.writeNullField("email");
        g.writeStringField("anggota_rombel_id", none ? "Belum masuk ke dalam rombongan belajar" : uuid(7, i));
        g.writeStringField("rombongan_belajar_id", uuid(8, r));
        g.writeStringField("tingkat_pendidikan_id", String.valueOf(10 + r % 3));
        g.writeStringField("nama_rombel", "X-" + r);
        g.writeNumberField("kurikulum_id", 109);
        g.writeStringField("kurikulum_id_str", "SMA Merdeka");
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    try (OutputStream o = Files.newOutputStream(dir.resolve("getRombonganBelajar.json")); JsonGenerator g = F.createGenerator(o)) {
      g.useDefaultPrettyPrinter();
      envelope(g, ROMBEL, "rombongan_belajar_id");
      g.writeArrayFieldStart("rows");
      for (int r = 0; r < ROMBEL; r++) {
        g.writeStartObject();
        g.writeStringField("rombongan_belajar_id", uuid(8, r));
        g.writeStringField("nama", "X-" + r);
        g.writeStringField("tingkat_pendidikan_id", String.valueOf(10 + r % 3));
        g.writeStringField("semester_id", "20251");
        g.writeStringField("jenis_rombel", "1");
        g.writeNumberField("kurikulum_id", 109);
        g.writeStringField("kurikulum_id_str", "SMA Merdeka");
        g.writeStringField("id_ruang", uuid(9, r));
        g.writeStringField("id_ruang_str", "Ruang " + r);
        g.writeStringField("moving_class", "Tidak");
        g.writeStringField("ptk_id", uuid(3, r % PTK));
        g.writeStringField("ptk_id_str", "GURU CONTOH NOMOR " + r);
        g.writeStringField("jenis_rombel_str", "Kelas");
        g.writeArrayFieldStart("anggota_rombel");
        for (int i = r; i < STUDENTS; i += ROMBEL) {
          if (i % 250 == 249) {
            continue;
          }
          g.writeStartObject();
          g.writeStringField("anggota_rombel_id", uuid(7, i));
          g.writeStringField("peserta_didik_id", uuid(6, i));
          g.writeStringField("jenis_pendaftaran_id", "1");
          g.writeStringField("jenis_pendaftaran_id_str", "Siswa baru");
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("pembelajaran");
        for (int k = 0; k < 16; k++) {
          g.writeStartObject();
          g.writeStringField("pembelajaran_id", uuid(10, r * 16 + k));
          g.writeNumberField("mata_pelajaran_id", 300110000 + k * 1000);
          g.writeStringField("mata_pelajaran_id_str", "Mata Pelajaran " + k);
          g.writeStringField("ptk_terdaftar_id", uuid(2, (r + k) % PTK));
          g.writeStringField("ptk_id", uuid(3, (r + k) % PTK));
          g.writeStringField("nama_mata_pelajaran", "Mata Pelajaran " + k);
          g.writeNullField("induk_pembelajaran_id");
          g.writeStringField("jam_mengajar_per_minggu", String.valueOf(2 + k % 3));
          g.writeStringField("status_di_kurikulum", "1");
          g.writeStringField("status_di_kurikulum_str", "Wajib");
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    try (OutputStream o = Files.newOutputStream(dir.resolve("getPengguna.json")); JsonGenerator g = F.createGenerator(o)) {
      g.useDefaultPrettyPrinter();
      envelope(g, PTK, "pengguna_id");
      g.writeArrayFieldStart("rows");
      for (int i = 0; i < PTK; i++) {
        g.writeStartObject();
        g.writeStringField("pengguna_id", uuid(11, i));
        g.writeStringField("sekolah_id", uuid(1, 1));
        g.writeStringField("username", "guru" + i + "@example.org");
        g.writeStringField("nama", "GURU CONTOH NOMOR " + i);
        g.writeStringField("peran_id_str", "PTK");
        g.writeStringField("password", "$2y$10$benchmarkhashbenchmarkhashbenchmarkhashbenchmarkhas");
        g.writeStringField("ptk_id", uuid(3, i));
        g.writeNullField("peserta_didik_id");
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  static void envelope(JsonGenerator g, int results, String id) throws IOException {
    g.writeStartObject();
    g.writeNumberField("results", results);
    g.writeStringField("id", id);
    g.writeNumberField("start", 0);
    g.writeNumberField("limit", 0);
  }
}
