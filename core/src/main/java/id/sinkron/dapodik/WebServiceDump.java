package id.sinkron.dapodik;

import id.sinkron.dapodik.internal.DumpFiles;
import id.sinkron.dapodik.internal.SnapshotReader;
import id.sinkron.model.SchoolSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Saved Dapodik Web Service responses (a <em>dump folder</em>): {@code getSekolah.json}, {@code
 * getGtk.json}, {@code getPesertaDidik.json}, {@code getRombonganBelajar.json}, optional {@code
 * getPengguna.json}, each exactly as the Web Service returned it, the optional {@code
 * sinkron-supplement.json} (DESIGN.md §4), and the optional {@code sinkron-dapodik-local.json} (the
 * export of the local Dapodik installation, {@link DapodikLocalFile}, since 0.2).
 *
 * <h2>Reading</h2>
 *
 * Each file is streamed once with Jackson, row by row (no whole-file string or tree). Reading is
 * lenient where Dapodik is inconsistent and strict where data would be lost:
 *
 * <ul>
 *   <li>ids and codes may be numbers or strings; they are trimmed, {@code ""}/{@code "-"} mean
 *       empty, and integer codes written as {@code "4.00"} read as {@code "4"}; names and free text
 *       are kept exactly as given; unknown fields are ignored; stray text before the first <code>
 *       &#123;</code> is skipped;
 *   <li>the server's carry-over quirks (DOMAIN.md §2.4) are undone: a student whose {@code
 *       anggota_rombel_id} is {@code "Belum masuk ke dalam rombongan belajar"} has no membership
 *       (the row's stale {@code rombongan_belajar_id}, {@code tingkat_pendidikan_id}, {@code
 *       nama_rombel}, {@code kurikulum_id} are dropped); {@code _str} companions are never read (so
 *       a rombel with {@code ptk_id} null has no wali, whatever {@code ptk_id_str} says);
 *       ekstrakurikuler rombel ({@code jenis_rombel} 51) lose the {@code pembelajaran} and {@code
 *       jurusan_id} they carry over from the previous rombel;
 *   <li>an error body saved to a file ({@code Access denied …}, {@code {"success": false, …}}) is
 *       reported as {@code INPUT-WS-ERROR} with the server's text and the endpoint is absent from
 *       {@link SchoolSnapshot#endpoints()} (applications needing it are NOT_EVALUATED); it is
 *       recognised wherever it starts: after a byte-order mark, after PHP notice HTML or after raw
 *       HTTP header lines;
 *   <li><b>a partial response is never read as the school</b>: a list whose {@code rows} hold fewer
 *       rows than the envelope's {@code results} (a saved page, a cut-off download) is {@code
 *       INPUT-PAGE-INCOMPLETE}, its rows are not used and the endpoint is absent;
 *   <li><b>an empty list is believed only when the other responses agree</b>: an empty-list error
 *       ({@code Data GTK tidak ditemukan} …) or an empty or null {@code rows} means zero rows,
 *       unless another response shows the list cannot be empty (rombel name a wali or pembelajaran
 *       teacher, users are linked to a PTK, or there are students, for getGtk; rombel list members
 *       for getPesertaDidik; students are placed in a rombel for getRombonganBelajar): then it is
 *       {@code INPUT-EMPTY-CONTRADICTED} and the endpoint is absent;
 *   <li>a file that is not a Web Service response at all (a saved HTML page, a bare JSON list, an
 *       object without {@code rows}) is {@code INPUT-NOT-WEB-SERVICE}, saying what it looks like;
 *       the endpoint is absent;
 *   <li>a row that cannot be mapped (a value of the wrong JSON type, a date such as {@code
 *       2010-13-45}, an empty required id) is left out and reported as {@code INPUT-ROW-UNREADABLE}
 *       once per bad field, naming file, row index, field and value (masked for identifiers and
 *       personal data); other rows are read;
 *   <li>a missing required file is {@code INPUT-ENDPOINT-MISSING}; the endpoint is absent;
 *   <li>the active semester is the most common {@code semester_id} of the rombel and student rows
 *       (ties: the later one); rows that disagree, or getGtk rows of another tahun ajaran, are
 *       {@code INPUT-SEMESTER-MIXED};
 *   <li>{@code getPengguna}'s {@code password} is skipped by the parser without being decoded.
 * </ul>
 *
 * The supplement is merged into the rows: {@code ptk.<ptk_id>} gives {@code Ptk.nrg()}, {@code
 * sertifikasi()} (from {@code rwy_sertifikasi}) and {@code tugasTambahan()}; {@code
 * peserta_didik_keluar} gives {@code PesertaDidik.tanggalKeluar()/jenisKeluar()} and {@code
 * Supplement.pesertaDidikKeluar()}; {@code arkas} gives the ARKAS figures; {@code versi.dapodik}
 * gives {@code Provenance.dapodikVersion()}. {@code Supplement.ptkDataKnown()} is true when the
 * supplement has a {@code ptk} section (possibly empty: "no PTK has certification or duties"); a
 * supplement with only {@code arkas} does not claim to know PTK data.
 *
 * <h2>Writing</h2>
 *
 * {@link #write} produces a dump folder in the Web Service's shape, plus the supplement when there
 * is supplementary data, such that {@code read(write(s))} equals {@code s} for every snapshot read
 * by {@link #read} except for {@link SchoolSnapshot#provenance()}'s source and for input problems
 * that a clean file cannot reproduce (unreadable rows, stray text, error bodies other than empty
 * lists).
 *
 * <p>Thread-safety: stateless; concurrent calls on different folders are safe.
 *
 * @since 0.1
 */
public final class WebServiceDump {
  /** The supplement's file name in a dump folder. */
  public static final String SUPPLEMENT_FILE = DumpFiles.SUPPLEMENT;

  private WebServiceDump() {}

  /**
   * Reads a dump folder.
   *
   * @param dir the folder
   * @return the snapshot; {@code provenance().source()} is the folder's absolute path
   * @throws NullPointerException if dir is null
   * @throws DapodikFormatException if the folder does not exist ({@link
   *     DapodikFormatException.Reason#FOLDER_MISSING}) or is not a folder ({@link
   *     DapodikFormatException.Reason#NOT_A_FOLDER}), or a file is empty, not JSON at all or cut
   *     off (names the file, line and column; {@link DapodikFormatException#reason()} says which)
   * @throws UncheckedIOException if a file that exists cannot be read (permissions, disk errors)
   */
  public static SchoolSnapshot read(Path dir) {
    Objects.requireNonNull(dir, "dir");
    try {
      return DumpFiles.read(dir, new SnapshotReader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a dump folder held in memory: the same files, keyed by file name, read exactly as {@link
   * #read(Path)} reads them from a folder (same rows, same input problems). This is how a school
   * stored as one record of a table (an Apache Spark job, a message queue) is read.
   *
   * <pre>{@code
   * SchoolSnapshot school = WebServiceDump.read("row 17", Map.of(
   *     "getSekolah.json", sekolah, "getGtk.json", gtk, "getPesertaDidik.json", pd,
   *     "getRombonganBelajar.json", rombel));     // no getPengguna, no supplement
   * }</pre>
   *
   * @param source the provenance source: where the bodies came from (a folder, a table and key);
   *     not read
   * @param files the bodies by file name: {@code getSekolah.json}, {@code getGtk.json}, {@code
   *     getPesertaDidik.json}, {@code getRombonganBelajar.json}, {@code getPengguna.json} (the
   *     {@code .json} may be left out) and {@link #SUPPLEMENT_FILE}; a missing or null body is a
   *     file that is not there (a required one is {@code INPUT-ENDPOINT-MISSING}). The arrays are
   *     not modified.
   * @return the snapshot; {@code provenance().source()} is {@code source}
   * @throws NullPointerException if source or files is null
   * @throws IllegalArgumentException if a name is not a dump file, or two names mean the same file
   * @throws DapodikFormatException if a body is not JSON at all, is cut off, or is JSON that is not
   *     a Web Service response (names the file, line and column)
   * @since 0.2
   */
  public static SchoolSnapshot read(String source, Map<String, byte[]> files) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(files, "files");
    try {
      return DumpFiles.read(source, files, new SnapshotReader());
    } catch (IOException e) {
      // bodies in memory: only the parser can fail, and it fails with DapodikFormatException
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code snapshot} as a dump folder: one file per endpoint in {@link
   * SchoolSnapshot#endpoints()} (an endpoint present with zero rows is written as the Web Service's
   * empty-list error body, as the server would send it), and {@code sinkron-supplement.json} when
   * the snapshot has a supplement or supplementary data (NRG, certification, duties, leavers, ARKAS
   * figures, Dapodik version).
   *
   * <p>Each file is written to a temporary file in {@code dir} and moved into place atomically
   * (falling back to a plain replace where the file system cannot move atomically), so a crash
   * never leaves a half-written file. Dump files the snapshot does not produce (e.g. an old {@code
   * getPengguna.json}) are deleted afterwards, so that the folder holds exactly this snapshot;
   * other files are left alone. {@link SchoolSnapshot#semesterId()} is not written on its own: it
   * is carried by the rows' {@code semester_id}.
   *
   * @param snapshot the snapshot
   * @param dir the folder, created when missing
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if writing fails (the folder then holds its previous files)
   */
  public static void write(SchoolSnapshot snapshot, Path dir) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(dir, "dir");
    try {
      DumpFiles.write(snapshot, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
