package id.sinkron.arkas.rules;

import id.sinkron.arkas.BospCount;
import id.sinkron.arkas.ExcludedStudent;
import id.sinkron.arkas.ExclusionReason;
import id.sinkron.arkas.ImmutableBospCount;
import id.sinkron.arkas.ImmutableExcludedStudent;
import id.sinkron.arkas.UnitCostSource;
import id.sinkron.check.RuleContext;
import id.sinkron.identifier.IdentifierProblem;
import id.sinkron.identifier.Nik;
import id.sinkron.identifier.Nisn;
import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.Jenjang;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.PesertaDidikKeluar;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.Sekolah;
import id.sinkron.model.SemesterId;
import id.sinkron.model.Supplement;
import id.sinkron.profile.AgeBand;
import id.sinkron.profile.RegulationProfile;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the {@link BospAnalysis} of a school in O(n): one pass over the students, hash maps for
 * the duplicate keys, a union–find over the duplicate relation. No pairwise comparison.
 *
 * <h2>Definitions (RULES.md "ARKAS / BOSP"; DOMAIN.md §7)</h2>
 *
 * <ul>
 *   <li><b>Cut-off</b>: the caller's, else {@code profile.cutOffFor(y)} with {@code y} the tahun
 *       ajaran start year of the snapshot's semester, else of the reference date (a tahun ajaran
 *       starts in July).
 *   <li><b>Registrations</b>: distinct {@code peserta_didik_id} of {@code getPesertaDidik} (first
 *       row wins). Leavers the Web Service no longer returns are outside the count: their data is
 *       not there.
 *   <li><b>Left before the cut-off</b>: exit date ({@code PesertaDidik.tanggalKeluar}, else the
 *       earliest supplement {@code peserta_didik_keluar} entry of the id) before the cut-off. Left
 *       on the cut-off day or later: still registered on the cut-off, so active.
 *   <li><b>Active</b>: registrations not left before the cut-off. Every active student is countable
 *       or excluded for at least one {@link ExclusionReason}.
 *   <li><b>Entered after the cut-off</b>: {@code tanggal_masuk_sekolah} after the cut-off (on the
 *       day counts). Missing entry date: treated as entered on or before the cut-off (the
 *       registration is in Dapodik, whose form requires the date) and reported as not evaluated for
 *       that student.
 *   <li><b>NISN</b>: {@code Nisn.check} empty (10 digits after removing spaces, dots, dashes; no
 *       placeholder).
 *   <li><b>Class rombel</b>: {@code SchoolIndex.classRombelsOf} not empty ({@code jenis_rombel} 1,
 *       8–14 of the active semester listing the student).
 *   <li><b>Age</b>: {@link AgeBand#contains} on the cut-off date, band {@code
 *       profile.bospAgeBands()} of {@link #bospJenjang}; no band → not evaluated for the school; no
 *       birth date → not evaluated for the student (not excluded).
 *   <li><b>Duplicates</b>: two active students are linked when they share a valid NISN, a valid NIK
 *       (normalised by {@code Nik.normalize}; invalid NIKs such as placeholders never link), or an
 *       {@link IdentityKey}. Linked students form a group (transitively); the group counts once.
 *       The member kept is the first by: meets every other criterion, earliest entry date, input
 *       order. Every other member gets {@link ExclusionReason#NISN_DUPLICATE} when its NISN is
 *       shared and {@link ExclusionReason#DUPLICATE} when its NIK or identity is shared.
 * </ul>
 */
final class BospCounter {
  private BospCounter() {}

  /** The cut-off the count uses (see the class comment). */
  static LocalDate cutOff(RuleContext ctx, Optional<LocalDate> override) {
    if (override.isPresent()) {
      return override.get();
    }
    int year =
        ctx.snapshot()
            .semesterId()
            .orElseGet(() -> SemesterId.ofDate(ctx.referenceDate()))
            .tahunAjaranStart();
    return ctx.profile().cutOffFor(year);
  }

  /**
   * The level whose profile values apply: the school's jenjang, {@link Jenjang#SLB} for every
   * special-needs bentuk (the profile keys SDLB/SMPLB/SMALB values under SLB, so SD values never
   * reach an SDLB), {@link Jenjang#OTHER} without a school.
   */
  static Jenjang bospJenjang(Optional<Sekolah> sekolah) {
    if (sekolah.isEmpty()) {
      return Jenjang.OTHER;
    }
    Optional<BentukPendidikan> b = sekolah.get().bentukPendidikan();
    if (b.isPresent() && b.get().isLuarBiasa()) {
      return Jenjang.SLB;
    }
    return sekolah.get().jenjang();
  }

  static BospAnalysis analyse(RuleContext ctx, Optional<LocalDate> cutOffOverride) {
    SchoolSnapshot school = ctx.snapshot();
    RegulationProfile profile = ctx.profile();
    LocalDate cutOff = cutOff(ctx, cutOffOverride);
    Jenjang jenjang = bospJenjang(school.sekolah());
    Optional<AgeBand> band = Optional.ofNullable(profile.bospAgeBands().get(jenjang));

    Map<String, LocalDate> supplementExit = new HashMap<>();
    for (PesertaDidikKeluar k :
        school.supplement().map(Supplement::pesertaDidikKeluar).orElse(List.of())) {
      supplementExit.merge(k.pesertaDidikId(), k.tanggalKeluar(), (a, b) -> a.isBefore(b) ? a : b);
    }

    Set<String> seen = new HashSet<>(capacity(school.pesertaDidik().size()));
    List<Student> students = new ArrayList<>(school.pesertaDidik().size());
    int registrations = 0;
    int leftBefore = 0;
    int entryUnknown = 0;
    int birthUnknown = 0;
    int order = 0;
    for (PesertaDidik pd : school.pesertaDidik()) {
      order++;
      if (!seen.add(pd.pesertaDidikId())) {
        continue;
      }
      registrations++;
      Optional<LocalDate> exit =
          pd.tanggalKeluar().or(() -> Optional.ofNullable(supplementExit.get(pd.pesertaDidikId())));
      if (exit.isPresent() && exit.get().isBefore(cutOff)) {
        leftBefore++;
        continue;
      }
      Student s = evaluate(ctx, pd, order, cutOff, band);
      if (s.entryDateUnknown) {
        entryUnknown++;
      }
      if (band.isPresent() && s.ageAtCutOff.isEmpty()) {
        birthUnknown++;
      }
      students.add(s);
    }

    identityKeys(students);
    groupDuplicates(students);
    for (Student s : students) {
      if (s.afterCutOff) {
        s.reasons.add(ExclusionReason.AFTER_CUTOFF);
      }
      if (s.nisn == null) {
        s.reasons.add(ExclusionReason.NO_NISN);
      }
      if (s.keptInstead != null) {
        if (s.nisnShared) {
          s.reasons.add(ExclusionReason.NISN_DUPLICATE);
        }
        if (s.nikShared || s.identityShared) {
          s.reasons.add(ExclusionReason.DUPLICATE);
        }
      }
      if (s.classRombels.isEmpty()) {
        s.reasons.add(ExclusionReason.NO_ROMBEL);
      }
      if (s.outsideBand) {
        s.reasons.add(ExclusionReason.AGE_BAND);
      }
    }

    BospCount count =
        summarise(
            ctx,
            cutOff,
            jenjang,
            band,
            students,
            registrations,
            leftBefore,
            entryUnknown,
            birthUnknown);
    return new BospAnalysis(ctx, cutOff, jenjang, band, List.copyOf(students), count);
  }

  private static Student evaluate(
      RuleContext ctx, PesertaDidik pd, int order, LocalDate cutOff, Optional<AgeBand> band) {
    Optional<LocalDate> entry = pd.tanggalMasukSekolah();
    boolean after = entry.map(d -> d.isAfter(cutOff)).orElse(false);

    String rawNisn = pd.nisn().orElse("");
    List<IdentifierProblem> nisnProblems = Nisn.check(rawNisn);
    String nisn = nisnProblems.isEmpty() ? Nisn.normalize(rawNisn) : null;

    String rawNik = pd.nik().orElse("");
    List<IdentifierProblem> nikProblems = Nik.check(rawNik);
    String nik = nikProblems.isEmpty() ? Nik.normalize(rawNik) : null;

    List<Rombel> rombels = ctx.index().classRombelsOf(pd.pesertaDidikId());

    Optional<Period> age = pd.tanggalLahir().map(b -> Period.between(b, cutOff));
    boolean outside =
        band.isPresent()
            && pd.tanggalLahir().isPresent()
            && !band.get().contains(pd.tanggalLahir().get(), cutOff);

    Optional<Integer> tingkat =
        rombels.isEmpty()
            ? pd.anggotaRombelId().flatMap(a -> pd.tingkatPendidikanId())
            : rombels.get(0).tingkatPendidikanId().or(pd::tingkatPendidikanId);

    return new Student(
        pd,
        order,
        entry.isEmpty(),
        after,
        nisnProblems,
        nisn,
        nikProblems,
        nik,
        rombels,
        age,
        outside,
        tingkat);
  }

  /**
   * Sets the {@link IdentityKey} of every student who shares a birth date with another active
   * student. The key contains the birth date, so a student alone on their birth date can share no
   * key, and the name normalisation (the costly part) is only needed within groups of a shared
   * birth date. O(n).
   */
  private static void identityKeys(List<Student> students) {
    Map<LocalDate, Integer> perBirthDate = new HashMap<>(capacity(students.size()));
    for (Student s : students) {
      s.pd.tanggalLahir().ifPresent(d -> perBirthDate.merge(d, 1, Integer::sum));
    }
    for (Student s : students) {
      Optional<LocalDate> birth = s.pd.tanggalLahir();
      if (birth.isPresent() && perBirthDate.get(birth.get()) > 1) {
        s.identityKey = IdentityKey.of(s.pd.nama(), birth, s.pd.namaIbu()).orElse(null);
      }
    }
  }

  /**
   * Links students sharing a key, then marks every member of a group but the kept one. O(n α(n)).
   */
  private static void groupDuplicates(List<Student> students) {
    int n = students.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> byNisn = new HashMap<>(capacity(n));
    Map<String, Integer> byNik = new HashMap<>(capacity(n));
    Map<String, Integer> byIdentity = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Student s = students.get(i);
      if (s.nisn != null) {
        Integer j = byNisn.putIfAbsent(s.nisn, i);
        if (j != null) {
          s.nisnShared = true;
          students.get(j).nisnShared = true;
          union(parent, i, j);
        }
      }
      if (s.nik != null) {
        Integer j = byNik.putIfAbsent(s.nik, i);
        if (j != null) {
          s.nikShared = true;
          students.get(j).nikShared = true;
          union(parent, i, j);
        }
      }
      if (s.identityKey != null) {
        Integer j = byIdentity.putIfAbsent(s.identityKey, i);
        if (j != null) {
          s.identityShared = true;
          students.get(j).identityShared = true;
          union(parent, i, j);
        }
      }
    }
    Map<Integer, Integer> keeperOfRoot = new HashMap<>();
    Comparator<Student> better =
        Comparator.comparing((Student s) -> !s.otherwiseCountable())
            .thenComparing(Student::entryOrMax)
            .thenComparingInt(s -> s.order);
    for (int i = 0; i < n; i++) {
      Student s = students.get(i);
      if (!s.nisnShared && !s.nikShared && !s.identityShared) {
        continue;
      }
      int root = find(parent, i);
      Integer k = keeperOfRoot.get(root);
      if (k == null || better.compare(s, students.get(k)) < 0) {
        keeperOfRoot.put(root, i);
      }
    }
    for (int i = 0; i < n; i++) {
      Student s = students.get(i);
      if (!s.nisnShared && !s.nikShared && !s.identityShared) {
        continue;
      }
      int k = keeperOfRoot.get(find(parent, i));
      if (k != i) {
        s.keptInstead = students.get(k);
      }
    }
  }

  /**
   * @return a hash table capacity that holds {@code entries} without rehashing
   */
  private static int capacity(int entries) {
    return entries + entries / 3 + 1;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private static BospCount summarise(
      RuleContext ctx,
      LocalDate cutOff,
      Jenjang jenjang,
      Optional<AgeBand> band,
      List<Student> students,
      int registrations,
      int leftBefore,
      int entryUnknown,
      int birthUnknown) {
    Map<ExclusionReason, List<ExcludedStudent>> excluded = new EnumMap<>(ExclusionReason.class);
    for (ExclusionReason r : ExclusionReason.values()) {
      excluded.put(r, new ArrayList<>());
    }
    TreeMap<Integer, Integer> byTingkat = new TreeMap<>();
    int countable = 0;
    int excludedDistinct = 0;
    for (Student s : students) {
      if (s.countable()) {
        countable++;
        byTingkat.merge(s.tingkat.orElse(0), 1, Integer::sum);
        continue;
      }
      excludedDistinct++;
      for (ExclusionReason r : s.reasons) {
        ImmutableExcludedStudent.Builder e =
            ImmutableExcludedStudent.builder()
                .pesertaDidikId(s.id())
                .nama(s.maskedName())
                .nisn(s.maskedNisn())
                .nik(s.maskedNik())
                .tingkat(s.tingkat);
        if ((r == ExclusionReason.NISN_DUPLICATE || r == ExclusionReason.DUPLICATE)
            && s.keptInstead != null) {
          e.duplicateOf(s.keptInstead.id());
        }
        excluded.get(r).add(e.build());
      }
    }
    ImmutableBospCount.Builder b =
        ImmutableBospCount.builder()
            .cutOff(cutOff)
            .referenceDate(ctx.referenceDate())
            .daysToCutOff(ChronoUnit.DAYS.between(ctx.referenceDate(), cutOff))
            .jenjang(jenjang)
            .ageBand(band)
            .registrations(registrations)
            .leftBeforeCutOff(leftBefore)
            .activeTotal(students.size())
            .countable(countable)
            .countableByTingkat(byTingkat)
            .excluded(excluded)
            .excludedDistinct(excludedDistinct)
            .entryDateUnknown(entryUnknown)
            .birthDateUnknown(birthUnknown);
    Optional<Supplement> sup = ctx.snapshot().supplement();
    sup.flatMap(Supplement::jumlahSiswaDilaporkan).ifPresent(b::declaredCount);
    Optional<Long> fromSupplement = sup.flatMap(Supplement::satuanBiaya);
    Optional<Long> unitCost;
    UnitCostSource source;
    if (fromSupplement.isPresent()) {
      unitCost = fromSupplement;
      source = UnitCostSource.SUPPLEMENT;
    } else {
      String kodeWilayah = ctx.snapshot().sekolah().flatMap(Sekolah::kodeWilayah).orElse(null);
      unitCost = ctx.profile().unitCost(kodeWilayah, jenjang);
      source = UnitCostSource.PROFILE;
    }
    if (unitCost.isPresent()) {
      b.unitCost(unitCost.get())
          .unitCostSource(source)
          .estimate(Math.multiplyExact((long) countable, unitCost.get()));
    }
    return b.build();
  }

  /** Members of anggota_rombel, distinct, for the cap rule. */
  static int distinctMembers(Rombel r) {
    Set<String> ids = new HashSet<>();
    for (AnggotaRombel a : r.anggotaRombel()) {
      ids.add(a.pesertaDidikId());
    }
    return ids.size();
  }
}
