package id.sinkron.check;

import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.Pengguna;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.SemesterId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lookups every validator needs, built once per school in O(n) when the context is created: PTK,
 * students and rombel by id, class-rombel membership per student, pembelajaran per teacher, user
 * accounts per PTK. Immutable after construction; thread-safe.
 *
 * <p>"Class rombel of the active semester" follows RULES.md: {@code jenis_rombel} in {1, 8–14} and
 * {@code semester_id} equal to the active semester (or absent). Ekstrakurikuler rombel never count
 * as a class and their pembelajaran is ignored.
 *
 * @since 0.1
 */
public final class SchoolIndex {
  /** A pembelajaran together with the rombel it belongs to. */
  public record Teaching(Rombel rombel, Pembelajaran pembelajaran) {}

  private final Optional<SemesterId> activeSemester;
  private final Map<String, Ptk> ptkById;
  private final Map<String, Ptk> ptkByTerdaftarId;
  private final Map<String, PesertaDidik> pdById;
  private final Map<String, Rombel> rombelById;
  private final Map<String, List<Rombel>> classRombelsByPd;
  private final Map<String, List<Teaching>> teachingByPtk;
  private final Map<String, List<Pengguna>> penggunaByPtk = new HashMap<>();

  /**
   * Builds the index for {@code school}.
   *
   * @param school the school
   */
  public SchoolIndex(SchoolSnapshot school) {
    this.activeSemester = school.semesterId();
    // sized for the rows, so that building the index never rehashes
    int ptkCapacity = capacity(school.ptk().size());
    int pdCapacity = capacity(school.pesertaDidik().size());
    this.ptkById = new LinkedHashMap<>(ptkCapacity);
    this.ptkByTerdaftarId = new HashMap<>(ptkCapacity);
    this.teachingByPtk = new HashMap<>(ptkCapacity);
    this.pdById = new LinkedHashMap<>(pdCapacity);
    this.classRombelsByPd = new HashMap<>(pdCapacity);
    this.rombelById = new LinkedHashMap<>(capacity(school.rombel().size()));
    for (Ptk p : school.ptk()) {
      ptkById.putIfAbsent(p.ptkId(), p);
      p.ptkTerdaftarId().ifPresent(t -> ptkByTerdaftarId.putIfAbsent(t, p));
    }
    for (PesertaDidik pd : school.pesertaDidik()) {
      pdById.putIfAbsent(pd.pesertaDidikId(), pd);
    }
    for (Rombel r : school.rombel()) {
      rombelById.putIfAbsent(r.rombonganBelajarId(), r);
      boolean active = isActiveSemester(r);
      if (r.isClass() && active) {
        for (AnggotaRombel a : r.anggotaRombel()) {
          List<Rombel> of =
              classRombelsByPd.computeIfAbsent(a.pesertaDidikId(), k -> new ArrayList<>(1));
          if (of.isEmpty()
              || of.get(of.size() - 1)
                  != r) { // a student listed twice in one rombel is one membership
            of.add(r);
          }
        }
      }
      if (!r.jenisRombel().isEkstrakurikuler() && active) {
        for (Pembelajaran p : r.pembelajaran()) {
          Optional<String> ptkId = teacherOf(p).map(Ptk::ptkId).or(p::ptkId);
          ptkId.ifPresent(
              id ->
                  teachingByPtk
                      .computeIfAbsent(id, k -> new ArrayList<>())
                      .add(new Teaching(r, p)));
        }
      }
    }
    for (Pengguna u : school.pengguna()) {
      u.ptkId().ifPresent(id -> penggunaByPtk.computeIfAbsent(id, k -> new ArrayList<>(1)).add(u));
    }
  }

  /**
   * @return a hash table capacity that holds {@code entries} without rehashing
   */
  private static int capacity(int entries) {
    return entries + entries / 3 + 1;
  }

  /**
   * @return the active semester of the snapshot
   */
  public Optional<SemesterId> activeSemester() {
    return activeSemester;
  }

  /**
   * @param r a rombel of the school
   * @return whether the rombel belongs to the active semester (true when either is unknown)
   */
  public boolean isActiveSemester(Rombel r) {
    return r.semesterId().isEmpty()
        || activeSemester.isEmpty()
        || r.semesterId().equals(activeSemester);
  }

  /**
   * @param ptkId a {@code ptk_id}
   * @return the PTK with that id, if any
   */
  public Optional<Ptk> ptk(String ptkId) {
    return Optional.ofNullable(ptkById.get(ptkId));
  }

  /**
   * @param ptkTerdaftarId a {@code ptk_terdaftar_id}
   * @return the PTK registered under that id, if any
   */
  public Optional<Ptk> ptkByTerdaftarId(String ptkTerdaftarId) {
    return Optional.ofNullable(ptkByTerdaftarId.get(ptkTerdaftarId));
  }

  /**
   * The PTK teaching a pembelajaran: by {@code ptk_id}, else by {@code ptk_terdaftar_id}.
   *
   * @param p the pembelajaran
   * @return the PTK, or empty when neither names an active PTK of the school
   */
  public Optional<Ptk> teacherOf(Pembelajaran p) {
    Optional<Ptk> byId = p.ptkId().map(ptkById::get);
    if (byId.isPresent()) {
      return byId;
    }
    return p.ptkTerdaftarId().map(ptkByTerdaftarId::get);
  }

  /**
   * @param pesertaDidikId a {@code peserta_didik_id}
   * @return the student with that id, if any
   */
  public Optional<PesertaDidik> pesertaDidik(String pesertaDidikId) {
    return Optional.ofNullable(pdById.get(pesertaDidikId));
  }

  /**
   * @param rombonganBelajarId a {@code rombongan_belajar_id}
   * @return the rombel with that id, if any
   */
  public Optional<Rombel> rombel(String rombonganBelajarId) {
    return Optional.ofNullable(rombelById.get(rombonganBelajarId));
  }

  /**
   * @param pesertaDidikId a {@code peserta_didik_id}
   * @return the class rombel of the active semester that list the student as a member, in input
   *     order
   */
  public List<Rombel> classRombelsOf(String pesertaDidikId) {
    return Collections.unmodifiableList(classRombelsByPd.getOrDefault(pesertaDidikId, List.of()));
  }

  /**
   * @param ptkId a {@code ptk_id}
   * @return the teacher's pembelajaran in active-semester, non-ekstrakurikuler rombel (empty rombel
   *     included; the load rules decide what counts)
   */
  public List<Teaching> teachingOf(String ptkId) {
    return Collections.unmodifiableList(teachingByPtk.getOrDefault(ptkId, List.of()));
  }

  /**
   * @param ptkId a {@code ptk_id}
   * @return the user accounts linked to the PTK
   */
  public List<Pengguna> penggunaOf(String ptkId) {
    return Collections.unmodifiableList(penggunaByPtk.getOrDefault(ptkId, List.of()));
  }
}
