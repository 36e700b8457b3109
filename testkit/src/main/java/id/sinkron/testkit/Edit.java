package id.sinkron.testkit;

import id.sinkron.check.SchoolIndex;
import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.ImmutableAnggotaRombel;
import id.sinkron.model.ImmutablePesertaDidik;
import id.sinkron.model.ImmutablePtk;
import id.sinkron.model.ImmutableRombel;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.ImmutableTugasTambahan;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.TugasTambahan;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An edit an operator makes between two syncs, applied to a generated school to get a
 * "before/after" pair ({@link SchoolGenerator#pair(Edit)}) for comparison tests. Each edit is the
 * realistic form of a change that operators report surprises from; each is deterministic and
 * touches exactly what it names.
 *
 * @since 0.2
 */
public enum Edit {
  /**
   * A class rombel taught by a certified teacher is deleted and created again under a new id with
   * the same tingkat, name, wali and members, and without its pembelajaran (they were keyed on the
   * old rombel and are not re-entered): the teacher's hours there vanish.
   */
  RECREATE_ROMBEL_WITH_CERTIFIED_HOURS {
    @Override
    SchoolSnapshot apply(SchoolSnapshot s, LocalDate asOf) {
      SchoolIndex idx = new SchoolIndex(s);
      Rombel target =
          s.rombel().stream()
              .filter(Rombel::isClass)
              .filter(
                  r ->
                      r.pembelajaran().stream()
                          .anyMatch(
                              p ->
                                  idx.teacherOf(p)
                                      .filter(t -> !t.sertifikasi().isEmpty())
                                      .isPresent()))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("no class rombel with a certified teacher"));
      String newId = uuid(target.rombonganBelajarId() + "/recreated");
      Rombel again =
          ImmutableRombel.builder()
              .from(target)
              .rombonganBelajarId(newId)
              .anggotaRombel(
                  target.anggotaRombel().stream()
                      .map(
                          a ->
                              (AnggotaRombel)
                                  ImmutableAnggotaRombel.builder()
                                      .from(a)
                                      .anggotaRombelId(uuid(a.anggotaRombelId() + "/recreated"))
                                      .build())
                      .toList())
              .pembelajaran(List.of())
              .build();
      return ImmutableSchoolSnapshot.copyOf(s)
          .withRombel(replace(s.rombel(), target, again))
          .withPesertaDidik(
              s.pesertaDidik().stream()
                  .map(
                      pd ->
                          pd.rombonganBelajarId()
                                  .filter(target.rombonganBelajarId()::equals)
                                  .isPresent()
                              ? (PesertaDidik)
                                  ImmutablePesertaDidik.copyOf(pd).withRombonganBelajarId(newId)
                              : pd)
                  .toList());
    }
  },

  /** One student moves from a class rombel to another class rombel of the same tingkat. */
  MOVE_STUDENT {
    @Override
    SchoolSnapshot apply(SchoolSnapshot s, LocalDate asOf) {
      Rombel[] pair = twoOfOneTingkat(s);
      Rombel from = pair[0];
      Rombel to = pair[1];
      AnggotaRombel moved = from.anggotaRombel().get(0);
      Rombel from2 =
          ImmutableRombel.copyOf(from)
              .withAnggotaRombel(from.anggotaRombel().subList(1, from.anggotaRombel().size()));
      List<AnggotaRombel> toMembers = new ArrayList<>(to.anggotaRombel());
      toMembers.add(
          ImmutableAnggotaRombel.builder()
              .from(moved)
              .anggotaRombelId(uuid(moved.anggotaRombelId() + "/moved"))
              .build());
      Rombel to2 = ImmutableRombel.copyOf(to).withAnggotaRombel(toMembers);
      return ImmutableSchoolSnapshot.copyOf(s)
          .withRombel(replace(replace(s.rombel(), from, from2), to, to2))
          .withPesertaDidik(
              s.pesertaDidik().stream()
                  .map(
                      pd ->
                          pd.pesertaDidikId().equals(moved.pesertaDidikId())
                              ? (PesertaDidik)
                                  ImmutablePesertaDidik.copyOf(pd)
                                      .withRombonganBelajarId(to.rombonganBelajarId())
                                      .withNamaRombel(to.nama())
                              : pd)
                  .toList());
    }
  },

  /**
   * Two class rombel of one tingkat are merged into the first; the second is deleted with its
   * pembelajaran, and its members are not added to the first (the mistake behind "a merger silently
   * dropped students from the count"): they are left without a class rombel.
   */
  MERGE_ROMBEL_DROPPING_MEMBERS {
    @Override
    SchoolSnapshot apply(SchoolSnapshot s, LocalDate asOf) {
      Rombel gone = twoOfOneTingkat(s)[1];
      List<Rombel> rombel = new ArrayList<>(s.rombel());
      rombel.remove(gone);
      return ImmutableSchoolSnapshot.copyOf(s)
          .withRombel(rombel)
          .withPesertaDidik(
              s.pesertaDidik().stream()
                  .map(
                      pd ->
                          pd.rombonganBelajarId()
                                  .filter(gone.rombonganBelajarId()::equals)
                                  .isPresent()
                              ? (PesertaDidik)
                                  ImmutablePesertaDidik.copyOf(pd)
                                      .withRombonganBelajarId(Optional.empty())
                                      .withNamaRombel(Optional.empty())
                                      .withAnggotaRombelId(Optional.empty())
                              : pd)
                  .toList());
    }
  },

  /** A class rombel gets another wali: a teacher who is wali of no other rombel. */
  CHANGE_WALI {
    @Override
    SchoolSnapshot apply(SchoolSnapshot s, LocalDate asOf) {
      Set<String> walis =
          s.rombel().stream().flatMap(r -> r.ptkId().stream()).collect(Collectors.toSet());
      Rombel target =
          s.rombel().stream()
              .filter(Rombel::isClass)
              .filter(r -> r.ptkId().isPresent())
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no class rombel with a wali"));
      Ptk other =
          s.ptk().stream()
              .filter(Ptk::isTeacher)
              .filter(p -> !walis.contains(p.ptkId()))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no teacher without a wali role"));
      return ImmutableSchoolSnapshot.copyOf(s)
          .withRombel(
              replace(s.rombel(), target, ImmutableRombel.copyOf(target).withPtkId(other.ptkId())));
    }
  },

  /**
   * The first teacher with a tugas tambahan (the supplement's duties) has it ended the day before
   * the reference date: its equivalent no longer counts towards the load.
   */
  END_DUTY {
    @Override
    SchoolSnapshot apply(SchoolSnapshot s, LocalDate asOf) {
      Ptk holder =
          s.ptk().stream()
              .filter(Ptk::isTeacher)
              .filter(p -> !p.tugasTambahan().isEmpty())
              .filter(p -> !p.jenisPtk().map(JenisPtk::isKepalaSekolah).orElse(false))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no teacher with a tugas tambahan"));
      List<TugasTambahan> duties = new ArrayList<>(holder.tugasTambahan());
      duties.set(
          0, ImmutableTugasTambahan.copyOf(duties.get(0)).withTstTambahan(asOf.minusDays(1)));
      Ptk ended = ImmutablePtk.copyOf(holder).withTugasTambahan(duties);
      return ImmutableSchoolSnapshot.copyOf(s)
          .withPtk(s.ptk().stream().map(p -> p == holder ? ended : p).toList());
    }
  };

  /**
   * Applies the edit.
   *
   * @param school the school before the edit (a clean generated school)
   * @param referenceDate the check's reference date
   * @return the school after the edit
   * @throws IllegalStateException when the school has nothing the edit can apply to
   */
  abstract SchoolSnapshot apply(SchoolSnapshot school, LocalDate referenceDate);

  static String uuid(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static List<Rombel> replace(List<Rombel> all, Rombel old, Rombel now) {
    List<Rombel> out = new ArrayList<>(all.size());
    for (Rombel r : all) {
      out.add(r == old || r.rombonganBelajarId().equals(old.rombonganBelajarId()) ? now : r);
    }
    return out;
  }

  private static Rombel[] twoOfOneTingkat(SchoolSnapshot s) {
    Map<Optional<Integer>, List<Rombel>> byTingkat =
        s.rombel().stream()
            .filter(Rombel::isClass)
            .filter(r -> !r.anggotaRombel().isEmpty())
            .collect(
                Collectors.groupingBy(
                    Rombel::tingkatPendidikanId,
                    java.util.LinkedHashMap::new,
                    Collectors.toList()));
    for (List<Rombel> l : byTingkat.values()) {
      if (l.size() >= 2) {
        return new Rombel[] {l.get(0), l.get(1)};
      }
    }
    throw new IllegalStateException("no tingkat with two class rombel; generate more students");
  }
}
