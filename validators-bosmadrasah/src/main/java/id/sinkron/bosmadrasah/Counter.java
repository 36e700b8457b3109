package id.sinkron.bosmadrasah;

import id.sinkron.identifier.JenisMadrasah;
import id.sinkron.identifier.Nik;
import id.sinkron.identifier.Nisn;
import id.sinkron.identifier.Nsm;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.StatusEmis;
import id.sinkron.profile.KemenagProfile;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes the {@link BosMadrasahCount} and the per-school facts the rules share (once per school).
 * Package-private; immutable results.
 */
final class Counter {
  /** The facts of one school, computed once. */
  record Analysis(
      BosMadrasahCount count,
      Optional<Nsm> nsm,
      List<PesertaDidik> active,
      Map<String, List<PesertaDidik>> activeByRombel,
      Map<String, List<PesertaDidik>> duplicates,
      Set<String> noRombel) {}

  private Counter() {}

  static Analysis analyse(SchoolSnapshot school, KemenagProfile profile, LocalDate asOf) {
    String nsmText = school.sekolah().flatMap(s -> s.nsm()).orElse("");
    Optional<Nsm> nsm = Nsm.tryParse(nsmText);
    List<PesertaDidik> active = new ArrayList<>();
    int unknown = 0;
    for (PesertaDidik pd : school.pesertaDidik()) {
      Optional<StatusEmis> st = pd.statusEmis();
      if (st.isEmpty()) {
        unknown++;
      } else if (st.get().isActive()) {
        active.add(pd);
      }
    }
    Set<String> noRombel = new HashSet<>();
    Map<String, List<PesertaDidik>> byRombel = new LinkedHashMap<>();
    for (PesertaDidik pd : active) {
      if (pd.statusEmis().orElseThrow() == StatusEmis.AKTIF_TANPA_ROMBEL
          || pd.rombonganBelajarId().isEmpty()) {
        noRombel.add(pd.pesertaDidikId());
      } else {
        byRombel
            .computeIfAbsent(pd.rombonganBelajarId().orElseThrow(), k -> new ArrayList<>())
            .add(pd);
      }
    }
    // Duplicates among active students: keyed "NISN:<digits>" / "NIK:<digits>", export order.
    Map<String, List<PesertaDidik>> groups = new LinkedHashMap<>();
    for (PesertaDidik pd : active) {
      pd.nisn()
          .map(Nisn::normalize)
          .filter(s -> !s.isEmpty())
          .ifPresent(k -> groups.computeIfAbsent("NISN:" + k, x -> new ArrayList<>()).add(pd));
      pd.nik()
          .map(Nik::normalize)
          .filter(s -> !s.isEmpty())
          .ifPresent(k -> groups.computeIfAbsent("NIK:" + k, x -> new ArrayList<>()).add(pd));
    }
    Map<String, List<PesertaDidik>> duplicates = new LinkedHashMap<>();
    groups.forEach(
        (k, v) -> {
          if (v.size() > 1) {
            duplicates.put(k, List.copyOf(v));
          }
        });
    Set<String> laterDuplicates = new HashSet<>();
    for (List<PesertaDidik> g : duplicates.values()) {
      for (int i = 1; i < g.size(); i++) {
        laterDuplicates.add(g.get(i).pesertaDidikId());
      }
    }

    Map<Exclusion, List<ExcludedStudent>> excluded = new EnumMap<>(Exclusion.class);
    SortedMapBuilder byTingkat = new SortedMapBuilder();
    Set<String> countedIds = new HashSet<>();
    int countable = 0;
    for (PesertaDidik pd : active) {
      Exclusion why =
          noRombel.contains(pd.pesertaDidikId())
              ? Exclusion.NO_ROMBEL
              : laterDuplicates.contains(pd.pesertaDidikId()) ? Exclusion.DUPLICATE : null;
      if (why != null) {
        excluded
            .computeIfAbsent(why, k -> new ArrayList<>())
            .add(ImmutableExcludedStudent.of(pd.pesertaDidikId(), pd.maskedNama()));
      } else {
        countable++;
        countedIds.add(pd.pesertaDidikId());
        byTingkat.add(pd.tingkatPendidikanId().orElse(0));
      }
    }
    int atRisk = 0;
    Optional<Integer> cap = nsm.flatMap(n -> profile.rombelCap(n.jenis()));
    if (cap.isPresent()) {
      for (List<PesertaDidik> members : byRombel.values()) {
        int counted = 0;
        for (PesertaDidik pd : members) {
          if (countedIds.contains(pd.pesertaDidikId()) && ++counted > cap.get()) {
            atRisk++;
          }
        }
      }
    }
    Map<Exclusion, List<ExcludedStudent>> excludedCopy = new EnumMap<>(Exclusion.class);
    excluded.forEach((k, v) -> excludedCopy.put(k, List.copyOf(v)));
    BosMadrasahCount count =
        ImmutableBosMadrasahCount.builder()
            .nsm(nsmText)
            .jenis(nsm.map(Nsm::jenis))
            .layout(school.provenance().layout())
            .profile(profile.name())
            .referenceDate(asOf)
            .dataWindowStart(profile.dataWindowStart())
            .dataWindowEnd(profile.dataWindowEnd())
            .bapDeadline(profile.bapDeadline())
            .daysToWindowEnd(ChronoUnit.DAYS.between(asOf, profile.dataWindowEnd()))
            .daysToBapDeadline(ChronoUnit.DAYS.between(asOf, profile.bapDeadline()))
            .students(school.pesertaDidik().size())
            .active(active.size())
            .statusUnknown(unknown)
            .countable(countable)
            .countableByTingkat(byTingkat.map)
            .excluded(excludedCopy)
            .overCapAtRisk(atRisk)
            .build();
    return new Analysis(count, nsm, List.copyOf(active), byRombel, duplicates, noRombel);
  }

  /** The cap for a rombel of this madrasah, with whether it is uncertain (a warning). */
  static Optional<Integer> cap(Analysis a, KemenagProfile profile) {
    return a.nsm().flatMap(n -> profile.rombelCap(n.jenis()));
  }

  /** Rombel of the snapshot by id. */
  static Map<String, Rombel> rombelById(SchoolSnapshot school) {
    Map<String, Rombel> m = new HashMap<>();
    school.rombel().forEach(r -> m.put(r.rombonganBelajarId(), r));
    return m;
  }

  /** Whether a tingkat belongs to the level. */
  static boolean tingkatFits(JenisMadrasah jenis, int tingkat) {
    return jenis.allowsTingkat(tingkat);
  }

  private static final class SortedMapBuilder {
    final TreeMap<Integer, Integer> map = new TreeMap<>();

    void add(int key) {
      map.merge(key, 1, Integer::sum);
    }
  }
}
