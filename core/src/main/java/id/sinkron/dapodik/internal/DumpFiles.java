package id.sinkron.dapodik.internal;

import id.sinkron.dapodik.DapodikFormatException;
import id.sinkron.dapodik.DapodikLocalFile;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.PesertaDidikKeluar;
import id.sinkron.model.Ptk;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.Supplement;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Reads and writes dump folders (the work behind {@code WebServiceDump}). */
public final class DumpFiles {
  /** The supplement's file name. */
  public static final String SUPPLEMENT = "sinkron-supplement.json";

  private DumpFiles() {}

  /**
   * @return every file name a dump folder may hold
   */
  public static Set<String> dumpFileNames() {
    Set<String> s = new HashSet<>();
    for (Endpoint e : Endpoint.values()) {
      s.add(e.fileName());
    }
    s.add(SUPPLEMENT);
    s.add(DapodikLocalFile.FILE_NAME);
    return s;
  }

  /**
   * Reads a dump folder with {@code reader}.
   *
   * @throws DapodikFormatException when the folder does not exist or is not a folder
   */
  public static SchoolSnapshot read(Path dir, SnapshotReader reader) throws IOException {
    if (!Files.isDirectory(dir)) {
      if (Files.exists(dir)) {
        throw new DapodikFormatException(
            DapodikFormatException.Reason.NOT_A_FOLDER,
            dir.toString(),
            0,
            0,
            "not a folder",
            new NotDirectoryException(dir.toString()));
      }
      throw new DapodikFormatException(
          DapodikFormatException.Reason.FOLDER_MISSING,
          dir.toString(),
          0,
          0,
          "no such dump folder",
          new NoSuchFileException(dir.toString(), null, "no such dump folder"));
    }
    Path sup = dir.resolve(SUPPLEMENT);
    if (Files.isRegularFile(sup)) {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(sup), 65536)) {
        reader.supplement(in, SUPPLEMENT);
      }
    }
    for (Endpoint e : Endpoint.values()) {
      Path f = dir.resolve(e.fileName());
      if (Files.isRegularFile(f)) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 65536)) {
          reader.endpoint(e, in, e.fileName());
        }
      } else if (e.required()) {
        reader.missing(e, e.fileName());
      }
    }
    SchoolSnapshot snapshot = reader.build(dir.toAbsolutePath().normalize().toString(), null);
    Path local = dir.resolve(DapodikLocalFile.FILE_NAME);
    if (Files.isRegularFile(local)) {
      snapshot =
          ImmutableSchoolSnapshot.copyOf(snapshot).withDapodikLocal(DapodikLocalFile.read(local));
    }
    return snapshot;
  }

  /**
   * Reads a dump folder held in memory (file name to body) with {@code reader}, exactly as {@link
   * #read(Path, SnapshotReader)} reads the same files from a folder.
   *
   * @throws IllegalArgumentException for a name that is not a dump file
   */
  public static SchoolSnapshot read(String source, Map<String, byte[]> files, SnapshotReader reader)
      throws IOException {
    Map<String, byte[]> byName = new HashMap<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String name = Objects.requireNonNull(f.getKey(), "file name");
      String canonical =
          SUPPLEMENT.equals(name)
              ? SUPPLEMENT
              : Endpoint.fromName(name)
                  .map(Endpoint::fileName)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "not a dump file: '"
                                  + name
                                  + "' (expected one of "
                                  + new TreeSet<>(dumpFileNames())
                                  + ")"));
      if (f.getValue() != null && byName.put(canonical, f.getValue()) != null) {
        throw new IllegalArgumentException("two bodies for " + canonical);
      }
    }
    byte[] sup = byName.get(SUPPLEMENT);
    if (sup != null) {
      reader.supplement(new ByteArrayInputStream(sup), SUPPLEMENT);
    }
    for (Endpoint e : Endpoint.values()) {
      byte[] body = byName.get(e.fileName());
      if (body != null) {
        reader.endpoint(e, new ByteArrayInputStream(body), e.fileName());
      } else if (e.required()) {
        reader.missing(e, e.fileName());
      }
    }
    return reader.build(source, null);
  }

  /** Writes {@code s} as a dump folder; see {@code WebServiceDump.write}. */
  public static void write(SchoolSnapshot s, Path dir) throws IOException {
    Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
    if (s.has(Endpoint.SEKOLAH) && s.sekolah().isPresent()) {
      Dto.Sekolah row = Rows.toDto(s.sekolah().get());
      files.put(
          Endpoint.SEKOLAH.fileName(),
          out -> Json.WRITER.writeValue(out, new Envelope(1, "sekolah_id", row)));
    }
    list(
        files,
        s,
        Endpoint.GTK,
        "ptk_terdaftar_id",
        "Data GTK tidak ditemukan",
        Rows.all(s.ptk(), Rows::toDto));
    list(
        files,
        s,
        Endpoint.PESERTA_DIDIK,
        "registrasi_id",
        "Data Peserta Didik tidak ditemukan",
        Rows.all(s.pesertaDidik(), Rows::toDto));
    list(
        files,
        s,
        Endpoint.ROMBONGAN_BELAJAR,
        "rombongan_belajar_id",
        "Data Rombongan Belajar tidak ditemukan",
        Rows.all(s.rombel(), Rows::toDto));
    String sekolahId = s.sekolah().map(x -> x.sekolahId()).orElse(null);
    list(
        files,
        s,
        Endpoint.PENGGUNA,
        "pengguna_id",
        "Data Pengguna tidak ditemukan",
        Rows.all(s.pengguna(), p -> Rows.toDto(p, sekolahId)));
    Dto.Supplement sup = supplement(s);
    if (sup != null) {
      files.put(SUPPLEMENT, out -> Json.WRITER.writeValue(out, sup));
    }
    if (s.dapodikLocal().isPresent()) {
      DapodikLocal local = s.dapodikLocal().get();
      files.put(DapodikLocalFile.FILE_NAME, out -> DapodikLocalFile.write(local, out));
    }
    AtomicFiles.replace(dir, files, dumpFileNames());
  }

  private static void list(
      Map<String, AtomicFiles.Content> files,
      SchoolSnapshot s,
      Endpoint e,
      String idColumn,
      String emptyMessage,
      List<?> rows) {
    if (!s.has(e)) {
      return;
    }
    if (rows.isEmpty()) {
      // the Web Service never sends an empty list: it answers with this error body
      files.put(e.fileName(), out -> Json.WRITER.writeValue(out, ErrorEnvelope.of(emptyMessage)));
    } else {
      files.put(
          e.fileName(),
          out -> Json.WRITER.writeValue(out, new Envelope(rows.size(), idColumn, rows)));
    }
  }

  /**
   * @return the supplement document for {@code s}, or null when there is nothing to write
   */
  private static Dto.Supplement supplement(SchoolSnapshot s) {
    Map<String, Dto.SupplementPtk> ptk = new LinkedHashMap<>();
    for (Ptk p : s.ptk()) {
      if (p.nrg().isEmpty() && p.sertifikasi().isEmpty() && p.tugasTambahan().isEmpty()) {
        continue;
      }
      Dto.SupplementPtk d = new Dto.SupplementPtk();
      d.nrg = p.nrg().orElse(null);
      if (!p.sertifikasi().isEmpty()) {
        d.rwySertifikasi =
            Rows.all(
                p.sertifikasi(),
                c -> {
                  Dto.Sertifikasi x = new Dto.Sertifikasi();
                  x.nomorSertifikat = c.nomorSertifikat().orElse(null);
                  x.bidangStudiSertifikasi = c.bidangStudiSertifikasi().orElse(null);
                  x.tahunSertifikasi = c.tahunSertifikasi().map(String::valueOf).orElse(null);
                  x.nrg = c.nrg().orElse(null);
                  return x;
                });
      }
      if (!p.tugasTambahan().isEmpty()) {
        d.tugasTambahan =
            Rows.all(
                p.tugasTambahan(),
                t -> {
                  Dto.Tugas x = new Dto.Tugas();
                  x.jabatanPtkId = t.jabatanPtkId();
                  x.nomorSk = t.nomorSk().orElse(null);
                  x.tmtTambahan = t.tmtTambahan().map(Object::toString).orElse(null);
                  x.tstTambahan = t.tstTambahan().map(Object::toString).orElse(null);
                  return x;
                });
      }
      ptk.put(p.ptkId(), d);
    }
    List<PesertaDidikKeluar> keluar =
        new ArrayList<>(s.supplement().map(Supplement::pesertaDidikKeluar).orElse(List.of()));
    Set<String> listed = new HashSet<>();
    keluar.forEach(k -> listed.add(k.pesertaDidikId()));
    for (PesertaDidik p : s.pesertaDidik()) {
      if (p.tanggalKeluar().isPresent() && !listed.contains(p.pesertaDidikId())) {
        keluar.add(
            id.sinkron.model.ImmutablePesertaDidikKeluar.builder()
                .pesertaDidikId(p.pesertaDidikId())
                .tanggalKeluar(p.tanggalKeluar().get())
                .jenisKeluar(p.jenisKeluar())
                .build());
      }
    }
    boolean ptkKnown = s.supplement().map(Supplement::ptkDataKnown).orElse(false);
    Dto.Arkas arkas = null;
    if (s.supplement().isPresent()) {
      Supplement sup = s.supplement().get();
      if (sup.jumlahSiswaDilaporkan().isPresent() || sup.satuanBiaya().isPresent()) {
        arkas = new Dto.Arkas();
        arkas.jumlahSiswaDilaporkan = sup.jumlahSiswaDilaporkan().map(String::valueOf).orElse(null);
        arkas.satuanBiaya = sup.satuanBiaya().map(String::valueOf).orElse(null);
      }
    }
    Dto.Versi versi = null;
    if (s.provenance().dapodikVersion().isPresent()) {
      versi = new Dto.Versi();
      versi.dapodik = s.provenance().dapodikVersion().get();
    }
    if (s.supplement().isEmpty()
        && ptk.isEmpty()
        && keluar.isEmpty()
        && arkas == null
        && versi == null) {
      return null;
    }
    Dto.Supplement d = new Dto.Supplement();
    d.ptk = ptkKnown || !ptk.isEmpty() ? ptk : null;
    d.pesertaDidikKeluar =
        keluar.isEmpty()
            ? null
            : Rows.all(
                keluar,
                k -> {
                  Dto.Keluar x = new Dto.Keluar();
                  x.pesertaDidikId = k.pesertaDidikId();
                  x.tanggalKeluar = k.tanggalKeluar().toString();
                  x.jenisKeluar = k.jenisKeluar().orElse(null);
                  return x;
                });
    d.arkas = arkas;
    d.versi = versi;
    d.eraporVersion = s.supplement().flatMap(Supplement::eraporVersion).orElse(null);
    return d;
  }

  /** The Web Service envelope. */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"results", "id", "start", "limit", "rows"})
  static final class Envelope {
    final int results;
    final String id;
    final int start = 0;
    final int limit;
    final Object rows;

    /**
     * @param results the number of rows written: {@code results} (and {@code limit}) equal it, as
     *     real servers send
     */
    Envelope(int results, String id, Object rows) {
      this.results = results;
      this.limit = results;
      this.id = id;
      this.rows = rows;
    }
  }

  /** The Web Service's JSON error body. */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({
    "success",
    "http_code",
    "status_code",
    "message"
  })
  static final class ErrorEnvelope {
    final boolean success = false;

    @com.fasterxml.jackson.annotation.JsonProperty("http_code")
    final int httpCode = 403;

    @com.fasterxml.jackson.annotation.JsonProperty("status_code")
    final String statusCode = "Forbidden";

    final String message;

    private ErrorEnvelope(String message) {
      this.message = message;
    }

    static ErrorEnvelope of(String message) {
      return new ErrorEnvelope(message);
    }
  }
}
