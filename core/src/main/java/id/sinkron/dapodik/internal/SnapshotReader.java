package id.sinkron.dapodik.internal;

import com.fasterxml.jackson.core.JsonParser;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutableProvenance;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.Pengguna;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.Sekolah;
import id.sinkron.model.SemesterId;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Builds one {@link SchoolSnapshot} from Web Service bodies (files of a dump folder or live
 * responses) and the optional supplement. Read the supplement first, then each endpoint once, then
 * {@link #build}. Not thread-safe: one instance per snapshot.
 *
 * <p>Outcome per endpoint: rows → present; "Data … tidak ditemukan" for a list endpoint → present with
 * zero rows plus {@code INPUT-WS-ERROR}; any other error body → absent plus {@code INPUT-WS-ERROR}; a
 * missing required file → absent plus {@code INPUT-ENDPOINT-MISSING}.
 */
public final class SnapshotReader {
  private final UnaryOperator<JsonParser> decorator;
  private final BodyReader bodies;
  private final Problems problems = new Problems();
  private final SupplementData supplement = new SupplementData();
  private final Set<Endpoint> present = EnumSet.noneOf(Endpoint.class);
  private Sekolah sekolah;
  private int sekolahRows;
  private final List<Ptk> ptk = new ArrayList<>();
  private final List<PesertaDidik> pd = new ArrayList<>();
  private final List<Rombel> rombel = new ArrayList<>();
  private final List<Pengguna> pengguna = new ArrayList<>();

  public SnapshotReader() {
    this(UnaryOperator.identity());
  }

  /** @param decorator wraps each parser (tests use it to watch what the parser materialises) */
  public SnapshotReader(UnaryOperator<JsonParser> decorator) {
    this.decorator = Objects.requireNonNull(decorator);
    this.bodies = new BodyReader(decorator);
  }

  /**
   * Reads {@code sinkron-supplement.json}; call before the endpoints so that its data is merged into
   * the rows.
   */
  public void supplement(InputStream in, String file) throws IOException {
    new SupplementReader(decorator).read(in, file, supplement, problems);
  }

  /**
   * Reads one endpoint's body.
   *
   * @return the error body when the body is one (also recorded as an input problem), else empty
   * @throws id.sinkron.dapodik.DapodikFormatException when the body is not a JSON Web Service response
   */
  public Optional<ErrorBody> endpoint(Endpoint e, InputStream in, String file) throws IOException {
    BodyReader.Result r = readRows(e, in, file);
    if (r.isError()) {
      ErrorBody err = r.error();
      if (err.isEmptyList() && e != Endpoint.SEKOLAH) {
        problems.wsError(e, file, err.message() + " (read as zero rows)");
        present.add(e);
      } else {
        problems.wsError(e, file, err.message());
      }
      return Optional.of(err);
    }
    if (e == Endpoint.SEKOLAH && sekolahRows == 0) {
      problems.wsError(e, file, "the response holds no school");
      return Optional.empty();
    }
    present.add(e);
    return Optional.empty();
  }

  private BodyReader.Result readRows(Endpoint e, InputStream in, String file) throws IOException {
    switch (e) {
      case SEKOLAH:
        return bodies.read(in, file, e, Json.SEKOLAH, (int i, Dto.Sekolah d) -> {
          sekolahRows++;
          if (i > 0) {
            problems.rowUnreadable(e, file, i, null, null, "getSekolah holds more than one school; only the first is read");
            return;
          }
          Fields f = new Fields();
          Sekolah s = Rows.sekolah(d, f);
          report(f, e, file, i);
          if (s != null) {
            sekolah = s;
          }
        }, problems);
      case GTK:
        return bodies.read(in, file, e, Json.GTK, (int i, Dto.Gtk d) -> {
          Fields f = new Fields();
          SupplementData.PtkExtra extra = d.ptkId == null ? null : supplement.ptk.get(d.ptkId.strip());
          Ptk p = Rows.ptk(d, f, extra);
          report(f, e, file, i);
          if (p != null) {
            ptk.add(p);
          }
        }, problems);
      case PESERTA_DIDIK:
        return bodies.read(in, file, e, Json.PESERTA_DIDIK, (int i, Dto.PesertaDidik d) -> {
          Fields f = new Fields();
          PesertaDidik p = Rows.pesertaDidik(d, f,
              d.pesertaDidikId == null ? null : supplement.keluarByPd.get(d.pesertaDidikId.strip()));
          report(f, e, file, i);
          if (p != null) {
            pd.add(p);
          }
        }, problems);
      case ROMBONGAN_BELAJAR:
        return bodies.read(in, file, e, Json.ROMBEL, (int i, Dto.Rombel d) -> {
          Fields f = new Fields();
          Rombel r = Rows.rombel(d, f);
          report(f, e, file, i);
          if (r != null) {
            rombel.add(r);
          }
        }, problems);
      case PENGGUNA:
        return bodies.read(in, file, e, Json.PENGGUNA, (int i, Dto.Pengguna d) -> {
          Fields f = new Fields();
          Pengguna p = Rows.pengguna(d, f);
          report(f, e, file, i);
          if (p != null) {
            pengguna.add(p);
          }
        }, problems);
      default:
        throw new IllegalArgumentException("unknown endpoint " + e);
    }
  }

  /** Records a required file that is not there. */
  public void missing(Endpoint e, String file) {
    problems.endpointMissing(e, file, "no " + file + " in the dump folder");
  }

  /** @return the school read so far (after getSekolah) */
  public Optional<Sekolah> sekolah() {
    return Optional.ofNullable(sekolah);
  }

  /** @return the problems met so far */
  public Problems problems() {
    return problems;
  }

  /**
   * @param source the provenance source (dump folder or base URL)
   * @param fetchedAt when the data was fetched, or null
   */
  public SchoolSnapshot build(String source, Instant fetchedAt) {
    Optional<SemesterId> semester = activeSemester();
    ImmutableProvenance.Builder prov = ImmutableProvenance.builder().source(source)
        .dapodikVersion(supplement.versiDapodik);
    if (fetchedAt != null) {
      prov.fetchedAt(fetchedAt);
    }
    return ImmutableSchoolSnapshot.builder()
        .sekolah(Optional.ofNullable(sekolah))
        .semesterId(semester)
        .ptk(ptk)
        .pesertaDidik(pd)
        .rombel(rombel)
        .pengguna(pengguna)
        .supplement(supplement.toModel())
        .provenance(prov.build())
        .endpoints(present)
        .inputProblems(problems.list())
        .build();
  }

  /**
   * The most common {@code semester_id} of the rombel and student rows (ties: the later semester);
   * flags {@code INPUT-SEMESTER-MIXED} when the rows disagree, or when getGtk's {@code tahun_ajaran_id}
   * is not the semester's tahun ajaran.
   */
  private Optional<SemesterId> activeSemester() {
    Map<SemesterId, int[]> counts = new TreeMap<>();
    for (Rombel r : rombel) {
      r.semesterId().ifPresent(s -> counts.computeIfAbsent(s, k -> new int[1])[0]++);
    }
    for (PesertaDidik p : pd) {
      p.semesterId().ifPresent(s -> counts.computeIfAbsent(s, k -> new int[1])[0]++);
    }
    if (counts.isEmpty()) {
      return Optional.empty();
    }
    SemesterId best = null;
    int bestCount = -1;
    for (Map.Entry<SemesterId, int[]> en : counts.entrySet()) {
      if (en.getValue()[0] >= bestCount) { // ascending order: ties go to the later semester
        best = en.getKey();
        bestCount = en.getValue()[0];
      }
    }
    if (counts.size() > 1) {
      StringJoiner j = new StringJoiner(", ");
      counts.forEach((s, c) -> j.add(s + " (" + c[0] + " rows)"));
      problems.semesterMixed("getRombonganBelajar/getPesertaDidik rows carry different semester_id values: " + j
          + "; the snapshot uses " + best + ", the most common");
    }
    Map<String, int[]> years = new TreeMap<>();
    String expected = String.valueOf(best.tahunAjaranStart());
    for (Ptk p : ptk) {
      p.tahunAjaranId().filter(y -> !y.equals(expected)).ifPresent(y -> years.computeIfAbsent(y, k -> new int[1])[0]++);
    }
    if (!years.isEmpty()) {
      StringJoiner j = new StringJoiner(", ");
      years.forEach((y, c) -> j.add(y + " (" + c[0] + " rows)"));
      problems.semesterMixed("getGtk rows carry tahun_ajaran_id " + j + ", not " + expected + " of the active semester "
          + best);
    }
    return Optional.of(best);
  }

  private void report(Fields f, Endpoint e, String file, int row) {
    for (Fields.Error err : f.errors()) {
      problems.rowUnreadable(e, file, row, err.field(), err.value(), err.detail());
    }
  }
}
