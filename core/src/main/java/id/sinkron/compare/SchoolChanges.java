package id.sinkron.compare;

import id.sinkron.check.SchoolIndex;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed in the school's own data between two snapshots, whatever any application makes of
 * it: PTK and students added or removed, rombel deleted, created, re-created (same tingkat, jenis
 * and name under a new id), renamed or given another wali, and students moved between class rombel
 * of the active semester. Persons appear by Dapodik id and masked name only.
 *
 * @param ptkAdded PTK in the second snapshot only
 * @param ptkRemoved PTK in the first snapshot only
 * @param studentsAdded students in the second snapshot only
 * @param studentsRemoved students in the first snapshot only
 * @param rombel rombel changes, deleted and re-created first, in the first snapshot's order, then
 *     created
 * @param moves students of both snapshots whose class rombel changed (not counting a move from a
 *     rombel to its own re-creation, which its {@link RombelChange} carries)
 * @since 0.2
 */
public record SchoolChanges(
    List<PersonRef> ptkAdded,
    List<PersonRef> ptkRemoved,
    List<PersonRef> studentsAdded,
    List<PersonRef> studentsRemoved,
    List<RombelChange> rombel,
    List<MemberMove> moves) {
  /** Copies the lists. */
  public SchoolChanges {
    ptkAdded = List.copyOf(ptkAdded);
    ptkRemoved = List.copyOf(ptkRemoved);
    studentsAdded = List.copyOf(studentsAdded);
    studentsRemoved = List.copyOf(studentsRemoved);
    rombel = List.copyOf(rombel);
    moves = List.copyOf(moves);
  }

  /**
   * @return whether the two snapshots hold the same persons, rombel and memberships
   */
  public boolean isEmpty() {
    return ptkAdded.isEmpty()
        && ptkRemoved.isEmpty()
        && studentsAdded.isEmpty()
        && studentsRemoved.isEmpty()
        && rombel.isEmpty()
        && moves.isEmpty();
  }

  /**
   * A person (PTK or student) by Dapodik id and masked name.
   *
   * @param id the {@code ptk_id} or {@code peserta_didik_id}
   * @param maskedName the name, masked
   */
  public record PersonRef(String id, String maskedName) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public PersonRef {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(maskedName, "maskedName");
    }
  }

  /**
   * A class rombel as a student's place: id, name and its wali (masked).
   *
   * @param id the {@code rombongan_belajar_id}
   * @param nama the rombel's name
   * @param waliMaskedName the wali's masked name (the {@code ptk_id} when the wali is not among the
   *     PTK), if the rombel has a wali
   */
  public record RombelRef(String id, String nama, Optional<String> waliMaskedName) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public RombelRef {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(nama, "nama");
      Objects.requireNonNull(waliMaskedName, "waliMaskedName");
    }
  }

  /** What happened to a rombel. */
  public enum RombelChangeKind {
    /** In the first snapshot only, with no re-creation in the second. */
    DELETED,
    /** In the second snapshot only, not the re-creation of a deleted one. */
    CREATED,
    /**
     * Deleted and created again: same tingkat, jenis and name (case and spaces ignored) under a new
     * {@code rombongan_belajar_id}. Whatever other applications keyed on the old id (E-Rapor
     * grades, Info GTK's hours) does not follow it.
     */
    RECREATED,
    /** Same id, another name. */
    RENAMED,
    /** Same id, another wali (or none where there was one). */
    WALI_CHANGED
  }

  /**
   * One change to one rombel.
   *
   * @param kind what happened
   * @param beforeId the id in the first snapshot (empty for {@link RombelChangeKind#CREATED})
   * @param afterId the id in the second snapshot (empty for {@link RombelChangeKind#DELETED})
   * @param namaBefore the name in the first snapshot
   * @param namaAfter the name in the second snapshot
   * @param tingkat the tingkat pendidikan, if known
   * @param waliBefore the wali's masked name in the first snapshot
   * @param waliAfter the wali's masked name in the second snapshot
   * @param membersBefore members in the first snapshot (0 when absent)
   * @param membersAfter members in the second snapshot (0 when absent)
   * @param jtmBefore pembelajaran hours per week in the first snapshot (0 when absent)
   * @param jtmAfter pembelajaran hours per week in the second snapshot (0 when absent)
   */
  public record RombelChange(
      RombelChangeKind kind,
      Optional<String> beforeId,
      Optional<String> afterId,
      Optional<String> namaBefore,
      Optional<String> namaAfter,
      Optional<Integer> tingkat,
      Optional<String> waliBefore,
      Optional<String> waliAfter,
      int membersBefore,
      int membersAfter,
      int jtmBefore,
      int jtmAfter) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public RombelChange {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(beforeId, "beforeId");
      Objects.requireNonNull(afterId, "afterId");
      Objects.requireNonNull(namaBefore, "namaBefore");
      Objects.requireNonNull(namaAfter, "namaAfter");
      Objects.requireNonNull(tingkat, "tingkat");
      Objects.requireNonNull(waliBefore, "waliBefore");
      Objects.requireNonNull(waliAfter, "waliAfter");
    }

    /**
     * @return the rombel's name: the second snapshot's if it has one, else the first's
     */
    public String nama() {
      return namaAfter.or(() -> namaBefore).orElse("");
    }
  }

  /**
   * A student of both snapshots whose class rombel changed.
   *
   * @param student the student
   * @param from the class rombel in the first snapshot (empty: none)
   * @param to the class rombel in the second snapshot (empty: none)
   */
  public record MemberMove(PersonRef student, Optional<RombelRef> from, Optional<RombelRef> to) {
    /**
     * @throws NullPointerException if an argument is null
     */
    public MemberMove {
      Objects.requireNonNull(student, "student");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /**
     * @return whether the student's wali changes with the move (a known wali on either side
     *     differs)
     */
    public boolean waliChanges() {
      return !from.flatMap(RombelRef::waliMaskedName).equals(to.flatMap(RombelRef::waliMaskedName))
          || from.isEmpty() != to.isEmpty();
    }
  }

  /**
   * Computes the changes from {@code before} to {@code after}.
   *
   * @param before the first snapshot
   * @param after the second snapshot
   * @return the changes; {@link #isEmpty()} for a snapshot compared with itself
   * @throws NullPointerException if an argument is null
   */
  public static SchoolChanges between(SchoolSnapshot before, SchoolSnapshot after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    SchoolIndex bi = new SchoolIndex(before);
    SchoolIndex ai = new SchoolIndex(after);

    Map<String, PersonRef> ptkBefore = ptk(before);
    Map<String, PersonRef> ptkAfter = ptk(after);
    Map<String, PersonRef> pdBefore = students(before);
    Map<String, PersonRef> pdAfter = students(after);

    Map<String, Rombel> rb = rombel(before);
    Map<String, Rombel> ra = rombel(after);
    List<RombelChange> changes = new ArrayList<>();
    Map<String, String> recreatedAs = new LinkedHashMap<>();
    Set<String> matchedAfter = new HashSet<>();
    for (Rombel b : rb.values()) {
      Rombel a = ra.get(b.rombonganBelajarId());
      if (a != null) {
        if (!b.nama().strip().equals(a.nama().strip())) {
          changes.add(change(RombelChangeKind.RENAMED, b, a, bi, ai));
        }
        if (!b.ptkId().equals(a.ptkId())) {
          changes.add(change(RombelChangeKind.WALI_CHANGED, b, a, bi, ai));
        }
        continue;
      }
      Optional<Rombel> again =
          ra.values().stream()
              .filter(
                  x ->
                      !rb.containsKey(x.rombonganBelajarId())
                          && !matchedAfter.contains(x.rombonganBelajarId()))
              .filter(x -> sameClass(b, x))
              .findFirst();
      if (again.isPresent()) {
        matchedAfter.add(again.get().rombonganBelajarId());
        recreatedAs.put(b.rombonganBelajarId(), again.get().rombonganBelajarId());
        changes.add(change(RombelChangeKind.RECREATED, b, again.get(), bi, ai));
      } else {
        changes.add(change(RombelChangeKind.DELETED, b, null, bi, ai));
      }
    }
    for (Rombel a : ra.values()) {
      if (!rb.containsKey(a.rombonganBelajarId())
          && !matchedAfter.contains(a.rombonganBelajarId())) {
        changes.add(change(RombelChangeKind.CREATED, null, a, bi, ai));
      }
    }

    List<MemberMove> moves = new ArrayList<>();
    for (PersonRef pd : pdBefore.values()) {
      if (!pdAfter.containsKey(pd.id())) {
        continue;
      }
      Optional<Rombel> from = bi.classRombelsOf(pd.id()).stream().findFirst();
      Optional<Rombel> to = ai.classRombelsOf(pd.id()).stream().findFirst();
      String fromId = from.map(Rombel::rombonganBelajarId).orElse(null);
      String toId = to.map(Rombel::rombonganBelajarId).orElse(null);
      if (Objects.equals(fromId, toId)
          || (fromId != null && toId != null && toId.equals(recreatedAs.get(fromId)))) {
        continue;
      }
      moves.add(
          new MemberMove(pdAfter.get(pd.id()), from.map(r -> ref(r, bi)), to.map(r -> ref(r, ai))));
    }

    return new SchoolChanges(
        minus(ptkAfter, ptkBefore),
        minus(ptkBefore, ptkAfter),
        minus(pdAfter, pdBefore),
        minus(pdBefore, pdAfter),
        changes,
        moves);
  }

  private static boolean sameClass(Rombel a, Rombel b) {
    return a.tingkatPendidikanId().equals(b.tingkatPendidikanId())
        && a.jenisRombel().equals(b.jenisRombel())
        && normal(a.nama()).equals(normal(b.nama()));
  }

  private static String normal(String s) {
    return s.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  private static RombelChange change(
      RombelChangeKind kind, Rombel b, Rombel a, SchoolIndex bi, SchoolIndex ai) {
    Rombel any = a != null ? a : b;
    return new RombelChange(
        kind,
        Optional.ofNullable(b).map(Rombel::rombonganBelajarId),
        Optional.ofNullable(a).map(Rombel::rombonganBelajarId),
        Optional.ofNullable(b).map(Rombel::nama),
        Optional.ofNullable(a).map(Rombel::nama),
        any.tingkatPendidikanId(),
        Optional.ofNullable(b).flatMap(r -> wali(r, bi)),
        Optional.ofNullable(a).flatMap(r -> wali(r, ai)),
        b == null ? 0 : b.anggotaRombel().size(),
        a == null ? 0 : a.anggotaRombel().size(),
        b == null ? 0 : jtm(b),
        a == null ? 0 : jtm(a));
  }

  private static int jtm(Rombel r) {
    if (r.jenisRombel().isEkstrakurikuler()) {
      return 0;
    }
    return r.pembelajaran().stream().mapToInt(p -> p.jamMengajarPerMinggu().orElse(0)).sum();
  }

  private static Optional<String> wali(Rombel r, SchoolIndex idx) {
    return r.ptkId().map(id -> idx.ptk(id).map(Ptk::maskedNama).orElse(id));
  }

  private static RombelRef ref(Rombel r, SchoolIndex idx) {
    return new RombelRef(r.rombonganBelajarId(), r.nama(), wali(r, idx));
  }

  private static Map<String, PersonRef> ptk(SchoolSnapshot s) {
    Map<String, PersonRef> out = new LinkedHashMap<>();
    for (Ptk p : s.ptk()) {
      out.putIfAbsent(p.ptkId(), new PersonRef(p.ptkId(), p.maskedNama()));
    }
    return out;
  }

  private static Map<String, PersonRef> students(SchoolSnapshot s) {
    Map<String, PersonRef> out = new LinkedHashMap<>();
    for (PesertaDidik p : s.pesertaDidik()) {
      out.putIfAbsent(p.pesertaDidikId(), new PersonRef(p.pesertaDidikId(), p.maskedNama()));
    }
    return out;
  }

  private static Map<String, Rombel> rombel(SchoolSnapshot s) {
    Map<String, Rombel> out = new LinkedHashMap<>();
    for (Rombel r : s.rombel()) {
      out.putIfAbsent(r.rombonganBelajarId(), r);
    }
    return out;
  }

  private static List<PersonRef> minus(Map<String, PersonRef> a, Map<String, PersonRef> b) {
    List<PersonRef> out = new ArrayList<>();
    for (PersonRef p : a.values()) {
      if (!b.containsKey(p.id())) {
        out.add(p);
      }
    }
    return out;
  }
}
