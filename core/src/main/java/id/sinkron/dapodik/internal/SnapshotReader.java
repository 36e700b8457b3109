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
 * <p>Outcome per endpoint: rows → present; "Data … tidak ditemukan" for a list endpoint → present
 * with zero rows plus {@code INPUT-WS-ERROR}; any other error body → absent plus {@code
 * INPUT-WS-ERROR}; a missing required file → absent plus {@code INPUT-ENDPOINT-MISSING}.
 */
public final class SnapshotReader {
  private final UnaryOperator<JsonParser> decorator;
  private final BodyReader bodies;
  private final Problems problems = new Problems();
  private final SupplementData supplement = new SupplementData();
  private final Set<Endpoint> present = EnumSet.noneOf(Endpoint.class);

  /** List endpoints read with zero rows (an empty-list error, {@code rows} empty or null). */
  private final Set<Endpoint> empty = EnumSet.noneOf(Endpoint.class);

  /** List endpoints whose body holds fewer rows than its {@code results}. */
  private final Set<Endpoint> partial = EnumSet.noneOf(Endpoint.class);

  /** The index of the "read as zero rows" note of an empty-list error, per endpoint. */
  private final Map<Endpoint, Integer> emptyNotes = new java.util.EnumMap<>(Endpoint.class);

  private final Map<Endpoint, String> files = new java.util.EnumMap<>(Endpoint.class);
  private Sekolah sekolah;
  private int sekolahRows;
  private final List<Ptk> ptk = new ArrayList<>();
  private final List<PesertaDidik> pd = new ArrayList<>();
  private final List<Rombel> rombel = new ArrayList<>();
  private final List<Pengguna> pengguna = new ArrayList<>();

  public SnapshotReader() {
    this(UnaryOperator.identity());
  }

  /**
   * @param decorator wraps each parser (tests use it to watch what the parser materialises)
   */
  public SnapshotReader(UnaryOperator<JsonParser> decorator) {
    this.decorator = Objects.requireNonNull(decorator);
    this.bodies = new BodyReader(decorator);
  }

  /**
   * Reads {@code sinkron-supplement.json}; call before the endpoints so that its data is merged
   * into the rows.
   */
  public void supplement(InputStream in, String file) throws IOException {
    new SupplementReader(decorator).read(in, file, supplement, problems);
  }

  /**
   * What one body held.
   *
   * @param error the error body, when the body is one (also recorded as an input problem)
   * @param foreign what the body looks like when it is not a Web Service response (recorded as
   *     {@code INPUT-NOT-WEB-SERVICE}), else empty
   * @param rows the number of rows in the body
   * @param results the envelope's {@code results}, or -1 when it has none
   */
  public record Body(Optional<ErrorBody> error, Optional<String> foreign, int rows, long results) {
    /**
     * @return whether the envelope announces more rows than the body holds
     */
    public boolean isPartial() {
      return error.isEmpty() && foreign.isEmpty() && results >= 0 && rows < results;
    }
  }

  /**
   * Reads one endpoint's body.
   *
   * @return what the body held
   * @throws id.sinkron.dapodik.DapodikFormatException when the body is empty, not JSON or cut off
   */
  public Body endpoint(Endpoint e, InputStream in, String file) throws IOException {
    BodyReader.Result r = readRows(e, in, file);
    files.put(e, file);
    if (r.isForeign()) {
      problems.notWebService(e, file, r.foreign());
      return new Body(Optional.empty(), Optional.of(r.foreign().detail()), 0, -1);
    }
    if (r.isError()) {
      ErrorBody err = r.error();
      if (err.isEmptyList() && e != Endpoint.SEKOLAH) {
        emptyNotes.put(e, problems.wsErrorReadAsEmpty(e, file, err.message()));
        empty.add(e);
        present.add(e);
      } else {
        problems.wsError(e, file, err.message());
      }
      return new Body(Optional.of(err), Optional.empty(), 0, -1);
    }
    Body body = new Body(Optional.empty(), Optional.empty(), r.rows(), r.results());
    if (e == Endpoint.SEKOLAH) {
      if (sekolahRows == 0) {
        problems.wsError(e, file, "the response holds no school");
        return body;
      }
    } else if (body.isPartial()) {
      problems.pageIncomplete(e, file, r.rows(), r.results());
      partial.add(e);
      return body;
    } else if (r.rows() == 0) {
      empty.add(e);
    }
    present.add(e);
    return body;
  }

  private BodyReader.Result readRows(Endpoint e, InputStream in, String file) throws IOException {
    switch (e) {
      case SEKOLAH:
        return bodies.read(
            in,
            file,
            e,
            Json.SEKOLAH,
            (int i, Dto.Sekolah d) -> {
              sekolahRows++;
              if (i > 0) {
                problems.rowUnreadable(
                    e,
                    file,
                    i,
                    null,
                    null,
                    "getSekolah holds more than one school; only the first is read");
                return;
              }
              Fields f = new Fields();
              Sekolah s = Rows.sekolah(d, f);
              report(f, e, file, i);
              if (s != null) {
                sekolah = s;
              }
            },
            problems);
      case GTK:
        return bodies.read(
            in,
            file,
            e,
            Json.GTK,
            (int i, Dto.Gtk d) -> {
              Fields f = new Fields();
              SupplementData.PtkExtra extra =
                  d.ptkId == null ? null : supplement.ptk.get(d.ptkId.strip());
              Ptk p = Rows.ptk(d, f, extra);
              report(f, e, file, i);
              if (p != null) {
                ptk.add(p);
              }
            },
            problems);
      case PESERTA_DIDIK:
        return bodies.read(
            in,
            file,
            e,
            Json.PESERTA_DIDIK,
            (int i, Dto.PesertaDidik d) -> {
              Fields f = new Fields();
              PesertaDidik p =
                  Rows.pesertaDidik(
                      d,
                      f,
                      d.pesertaDidikId == null
                          ? null
                          : supplement.keluarByPd.get(d.pesertaDidikId.strip()));
              report(f, e, file, i);
              if (p != null) {
                pd.add(p);
              }
            },
            problems);
      case ROMBONGAN_BELAJAR:
        return bodies.read(
            in,
            file,
            e,
            Json.ROMBEL,
            (int i, Dto.Rombel d) -> {
              Fields f = new Fields();
              Rombel r = Rows.rombel(d, f);
              report(f, e, file, i);
              if (r != null) {
                rombel.add(r);
              }
            },
            problems);
      case PENGGUNA:
        return bodies.read(
            in,
            file,
            e,
            Json.PENGGUNA,
            (int i, Dto.Pengguna d) -> {
              Fields f = new Fields();
              Pengguna p = Rows.pengguna(d, f);
              report(f, e, file, i);
              if (p != null) {
                pengguna.add(p);
              }
            },
            problems);
      default:
        throw new IllegalArgumentException("unknown endpoint " + e);
    }
  }

  /** Records a required file that is not there. */
  public void missing(Endpoint e, String file) {
    problems.endpointMissing(e, file, "no " + file + " in the dump folder");
  }

  /**
   * @return the school read so far (after getSekolah)
   */
  public Optional<Sekolah> sekolah() {
    return Optional.ofNullable(sekolah);
  }

  /**
   * @return the problems met so far
   */
  public Problems problems() {
    return problems;
  }

  /**
   * @param source the provenance source (dump folder or base URL)
   * @param fetchedAt when the data was fetched, or null
   */
  public SchoolSnapshot build(String source, Instant fetchedAt) {
    contradictions();
    // a partial response is never checked as if it were whole: its rows are not used
    if (partial.contains(Endpoint.GTK)) {
      ptk.clear();
    }
    if (partial.contains(Endpoint.PESERTA_DIDIK)) {
      pd.clear();
    }
    if (partial.contains(Endpoint.ROMBONGAN_BELAJAR)) {
      rombel.clear();
    }
    if (partial.contains(Endpoint.PENGGUNA)) {
      pengguna.clear();
    }
    Optional<SemesterId> semester = activeSemester();
    ImmutableProvenance.Builder prov =
        ImmutableProvenance.builder().source(source).dapodikVersion(supplement.versiDapodik);
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
   * An empty list is the truth only when the other responses agree (RULES.md
   * INPUT-EMPTY-CONTRADICTED): no PTK while rombel name a wali, pembina or pembelajaran teacher,
   * users are linked to a PTK, or there are students; no students while rombel list members or
   * users are linked to a student; no rombel while students are placed in one. The rows of partial
   * responses count as evidence too. A contradicted endpoint is absent from the snapshot, so the
   * applications that need it are not evaluated.
   */
  private void contradictions() {
    if (empty.contains(Endpoint.GTK)) {
      long wali = rombel.stream().filter(r -> r.ptkId().isPresent()).count();
      long teachers =
          rombel.stream()
              .flatMap(r -> r.pembelajaran().stream())
              .map(x -> x.ptkId().orElse(null))
              .filter(Objects::nonNull)
              .distinct()
              .count();
      long students = pd.size();
      long users = pengguna.stream().filter(u -> u.ptkId().isPresent()).count();
      if (wali + teachers + students + users > 0) {
        contradicted(
            Endpoint.GTK,
            "getGtk holds no PTK while getRombonganBelajar names "
                + wali
                + " wali/pembina and "
                + teachers
                + " pembelajaran teachers, getPesertaDidik holds "
                + students
                + " students and getPengguna links "
                + users
                + " users to a PTK",
            "input.reason.empty.gtk",
            List.of(
                String.valueOf(wali),
                String.valueOf(teachers),
                String.valueOf(students),
                String.valueOf(users)));
      }
    }
    if (empty.contains(Endpoint.PESERTA_DIDIK)) {
      long members =
          rombel.stream()
              .flatMap(r -> r.anggotaRombel().stream())
              .map(a -> a.pesertaDidikId())
              .distinct()
              .count();
      long users = pengguna.stream().filter(u -> u.pesertaDidikId().isPresent()).count();
      if (members + users > 0) {
        contradicted(
            Endpoint.PESERTA_DIDIK,
            "getPesertaDidik holds no student while getRombonganBelajar lists "
                + members
                + " members and getPengguna links "
                + users
                + " users to a student",
            "input.reason.empty.pd",
            List.of(String.valueOf(members), String.valueOf(users)));
      }
    }
    if (empty.contains(Endpoint.ROMBONGAN_BELAJAR)) {
      long placed = pd.stream().filter(x -> x.rombonganBelajarId().isPresent()).count();
      if (placed > 0) {
        contradicted(
            Endpoint.ROMBONGAN_BELAJAR,
            "getRombonganBelajar holds no rombel while getPesertaDidik places "
                + placed
                + " students in one",
            "input.reason.empty.rombel",
            List.of(String.valueOf(placed)));
      }
    }
  }

  private void contradicted(Endpoint e, String detail, String key, List<String> args) {
    present.remove(e);
    Integer note = emptyNotes.get(e);
    if (note != null) {
      // the server's "Data … tidak ditemukan" is still reported, but not as "read as zero rows"
      id.sinkron.model.InputProblem p = problems.get(note);
      String server = p.reasonArgs().isEmpty() ? p.detail() : p.reasonArgs().get(0);
      problems.set(
          note,
          id.sinkron.model.ImmutableInputProblem.builder()
              .from(p)
              .detail(server)
              .reasonKey(Optional.empty())
              .reasonArgs(List.of())
              .build());
    }
    problems.emptyContradicted(e, files.getOrDefault(e, e.fileName()), detail, key, args);
  }

  /**
   * The most common {@code semester_id} of the rombel and student rows (ties: the later semester);
   * flags {@code INPUT-SEMESTER-MIXED} when the rows disagree, or when getGtk's {@code
   * tahun_ajaran_id} is not the semester's tahun ajaran.
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
      StringJoiner n = new StringJoiner(", ");
      counts.forEach(
          (s, c) -> {
            j.add(s + " (" + c[0] + " rows)");
            n.add(s + " (" + c[0] + ")");
          });
      problems.semesterMixed(
          "getRombonganBelajar/getPesertaDidik rows carry different semester_id values: "
              + j
              + "; the snapshot uses "
              + best
              + ", the most common",
          "input.reason.semester.rows",
          List.of(n.toString(), best.toString()));
    }
    Map<String, int[]> years = new TreeMap<>();
    String expected = String.valueOf(best.tahunAjaranStart());
    for (Ptk p : ptk) {
      p.tahunAjaranId()
          .filter(y -> !y.equals(expected))
          .ifPresent(y -> years.computeIfAbsent(y, k -> new int[1])[0]++);
    }
    if (!years.isEmpty()) {
      StringJoiner j = new StringJoiner(", ");
      StringJoiner n = new StringJoiner(", ");
      years.forEach(
          (y, c) -> {
            j.add(y + " (" + c[0] + " rows)");
            n.add(y + " (" + c[0] + ")");
          });
      problems.semesterMixed(
          "getGtk rows carry tahun_ajaran_id "
              + j
              + ", not "
              + expected
              + " of the active semester "
              + best,
          "input.reason.semester.gtk",
          List.of(n.toString(), expected, best.toString()));
    }
    return Optional.of(best);
  }

  private void report(Fields f, Endpoint e, String file, int row) {
    for (Fields.Error err : f.errors()) {
      problems.rowUnreadable(e, file, row, err.field(), err.value(), err.detail());
    }
  }
}
