package id.sinkron.arkas.rules;

import static id.sinkron.arkas.testing.Fixtures.CUT_OFF;
import static id.sinkron.arkas.testing.Fixtures.student;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.arkas.BospCount;
import id.sinkron.arkas.ExcludedStudent;
import id.sinkron.arkas.ExclusionReason;
import id.sinkron.arkas.testing.Fixtures;
import id.sinkron.arkas.testing.SchoolBuilder;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.identifier.Nik;
import id.sinkron.identifier.Nisn;
import id.sinkron.model.ImmutablePesertaDidik;
import id.sinkron.model.ImmutablePesertaDidikKeluar;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.ImmutableSupplement;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.testing.RuleHarness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Properties of the count over many small random schools (seeded {@link Random}, so every run is
 * the same): the population identity, agreement of findings and {@link BospCount}, each duplicate
 * group counted at most once, determinism and independence of the countable number from the input
 * order.
 */
class BospCountPropertyTest {
  private static final long SEED = 20250831L;
  private static final int SCHOOLS = 600;
  private static final RuleHarness HARNESS =
      RuleHarness.of("id.sinkron.arkas.messages").asOf(Fixtures.AS_OF);

  @Test
  void propertiesHoldForRandomSchools() {
    Random rnd = new Random(SEED);
    SoftAssertions soft = new SoftAssertions();
    long totalActive = 0;
    long totalExcluded = 0;
    for (int i = 0; i < SCHOOLS; i++) {
      SchoolSnapshot school = randomSchool(rnd);
      String tag = "school " + i;
      FindingSink out = HARNESS.sink();
      RuleContext ctx = HARNESS.context(school);
      for (Rule rule : ArkasRules.all()) {
        rule.check(ctx, out);
      }
      BospCount c = ArkasRules.count(ctx);

      Set<String> distinctIds =
          school.pesertaDidik().stream()
              .map(PesertaDidik::pesertaDidikId)
              .collect(Collectors.toSet());
      soft.assertThat(c.registrations()).as(tag + " registrations").isEqualTo(distinctIds.size());
      soft.assertThat(c.activeTotal() + c.leftBeforeCutOff())
          .as(tag + " active + left")
          .isEqualTo(c.registrations());

      Set<String> excluded = new HashSet<>();
      for (ExclusionReason r : ExclusionReason.values()) {
        List<String> ids = c.excluded(r).stream().map(ExcludedStudent::pesertaDidikId).toList();
        soft.assertThat(ids).as(tag + " once per reason " + r).doesNotHaveDuplicates();
        excluded.addAll(ids);
        Set<String> findingIds =
            out.findings().stream()
                .filter(f -> f.code().equals(r.code().code()))
                .map(f -> f.subject().id())
                .collect(Collectors.toSet());
        soft.assertThat(findingIds)
            .as(tag + " findings agree with " + r)
            .isEqualTo(new HashSet<>(ids));
      }
      soft.assertThat(excluded).as(tag + " excludedDistinct").hasSize(c.excludedDistinct());
      soft.assertThat(c.countable() + c.excludedDistinct())
          .as(tag + " identity")
          .isEqualTo(c.activeTotal());
      soft.assertThat(c.countableByTingkat().values().stream().mapToInt(Integer::intValue).sum())
          .as(tag + " per tingkat")
          .isEqualTo(c.countable());

      // Each duplicate group counts at most once: among countable students no key repeats.
      List<PesertaDidik> countable = countableStudents(school, c, excluded);
      soft.assertThat(countable).as(tag + " countable list").hasSize(c.countable());
      soft.assertThat(countable.stream().map(p -> Nisn.normalize(p.nisn().orElse(""))).toList())
          .as(tag + " NISN unique")
          .doesNotHaveDuplicates();
      soft.assertThat(
              countable.stream()
                  .filter(p -> Nik.isValid(p.nik().orElse(null)))
                  .map(p -> Nik.normalize(p.nik().get()))
                  .toList())
          .as(tag + " NIK unique")
          .doesNotHaveDuplicates();
      soft.assertThat(
              countable.stream()
                  .map(p -> IdentityKey.of(p.nama(), p.tanggalLahir(), p.namaIbu()))
                  .flatMap(Optional::stream)
                  .toList())
          .as(tag + " identity unique")
          .doesNotHaveDuplicates();
      // The record kept instead of a duplicate never carries a duplicate reason itself.
      Set<String> duplicates = new HashSet<>();
      c.excluded(ExclusionReason.NISN_DUPLICATE).forEach(e -> duplicates.add(e.pesertaDidikId()));
      c.excluded(ExclusionReason.DUPLICATE).forEach(e -> duplicates.add(e.pesertaDidikId()));
      for (ExclusionReason r : List.of(ExclusionReason.NISN_DUPLICATE, ExclusionReason.DUPLICATE)) {
        for (ExcludedStudent e : c.excluded(r)) {
          soft.assertThat(e.duplicateOf()).as(tag + " duplicateOf").isPresent();
          soft.assertThat(duplicates)
              .as(tag + " keeper")
              .doesNotContain(e.duplicateOf().orElse(""));
        }
      }

      // Deterministic, and the countable number does not depend on the order of the rows.
      soft.assertThat(ArkasRules.count(HARNESS.context(school)))
          .as(tag + " deterministic")
          .isEqualTo(c);
      List<PesertaDidik> shuffled = new ArrayList<>(school.pesertaDidik());
      Collections.shuffle(shuffled, rnd);
      BospCount again =
          ArkasRules.count(
              HARNESS.context(ImmutableSchoolSnapshot.copyOf(school).withPesertaDidik(shuffled)));
      soft.assertThat(again.countable())
          .as(tag + " order-independent countable")
          .isEqualTo(c.countable());
      soft.assertThat(again.activeTotal())
          .as(tag + " order-independent active")
          .isEqualTo(c.activeTotal());
      totalActive += c.activeTotal();
      totalExcluded += c.excludedDistinct();
    }
    soft.assertAll();
    // The generator must actually exercise exclusions (guards against a vacuous property).
    assertThat(totalExcluded).isGreaterThan(totalActive / 4).isLessThan(totalActive);
  }

  private static List<PesertaDidik> countableStudents(
      SchoolSnapshot school, BospCount c, Set<String> excluded) {
    Set<String> seen = new HashSet<>();
    Set<String> left = new HashSet<>();
    school
        .supplement()
        .ifPresent(
            s ->
                s.pesertaDidikKeluar()
                    .forEach(
                        k -> {
                          if (k.tanggalKeluar().isBefore(c.cutOff())) {
                            left.add(k.pesertaDidikId());
                          }
                        }));
    List<PesertaDidik> out = new ArrayList<>();
    for (PesertaDidik p : school.pesertaDidik()) {
      if (!seen.add(p.pesertaDidikId())) {
        continue;
      }
      boolean gone =
          p.tanggalKeluar()
              .map(d -> d.isBefore(c.cutOff()))
              .orElse(left.contains(p.pesertaDidikId()));
      if (!gone && !excluded.contains(p.pesertaDidikId())) {
        out.add(p);
      }
    }
    return out;
  }

  /** A school of 0–40 students with random defects drawn from every criterion. */
  static SchoolSnapshot randomSchool(Random rnd) {
    SchoolBuilder b =
        SchoolBuilder.smp()
            .rombel("rb-8a", "8A", 8)
            .rombel("rb-9a", "9A", 9)
            .rombel("rb-ekskul", "PRAMUKA", 7, JenisRombel.EKSTRAKURIKULER);
    String[] rombels = {SchoolBuilder.ROMBEL_7A, "rb-8a", "rb-9a", "rb-ekskul", null};
    int n = rnd.nextInt(41);
    List<PesertaDidik> made = new ArrayList<>();
    ImmutableSupplement.Builder sup = ImmutableSupplement.builder().ptkDataKnown(false);
    for (int i = 1; i <= n; i++) {
      ImmutablePesertaDidik.Builder p = student(i);
      if (!made.isEmpty() && rnd.nextInt(6) == 0) {
        PesertaDidik other = made.get(rnd.nextInt(made.size()));
        switch (rnd.nextInt(4)) {
          case 0:
            p.nisn(other.nisn());
            break;
          case 1:
            p.nik(other.nik());
            break;
          case 2:
            p.nama("M. " + other.nama())
                .tanggalLahir(other.tanggalLahir())
                .namaIbu(other.namaIbu());
            break;
          default:
            p.from(other).pesertaDidikId("pd-" + i).registrasiId("reg-" + i);
            break;
        }
      }
      if (rnd.nextInt(8) == 0) {
        p.nisn(pick(rnd, "", "123", "0000000000", "0123456789", "01234567890"));
      }
      if (rnd.nextInt(8) == 0) {
        p.nik(pick(rnd, "", "1111111111111111", "3273013203120001", "32730101"));
      }
      if (rnd.nextInt(10) == 0) {
        p.tanggalLahir(
            pick(
                rnd,
                LocalDate.of(2016, 1, 1),
                LocalDate.of(2003, 1, 1),
                CUT_OFF.minusYears(11),
                CUT_OFF.minusYears(20)));
      }
      if (rnd.nextInt(25) == 0) {
        p.tanggalLahir(Optional.empty());
      }
      if (rnd.nextInt(8) == 0) {
        p.tanggalMasukSekolah(pick(rnd, CUT_OFF, CUT_OFF.plusDays(1), CUT_OFF.plusDays(30)));
      }
      if (rnd.nextInt(25) == 0) {
        p.tanggalMasukSekolah(Optional.empty());
      }
      if (rnd.nextInt(10) == 0) {
        p.tanggalKeluar(pick(rnd, CUT_OFF.minusDays(1), CUT_OFF, CUT_OFF.plusDays(1)));
      }
      if (rnd.nextInt(12) == 0) {
        sup.addPesertaDidikKeluar(
            ImmutablePesertaDidikKeluar.builder()
                .pesertaDidikId("pd-" + i)
                .tanggalKeluar(pick(rnd, CUT_OFF.minusDays(1), CUT_OFF, CUT_OFF.minusDays(40)))
                .build());
      }
      String rombel = rnd.nextInt(6) == 0 ? rombels[3 + rnd.nextInt(2)] : rombels[rnd.nextInt(3)];
      b.add(p, rombel);
      made.add(p.build());
      if (rnd.nextInt(30) == 0) {
        // The same registration twice (an exact repeat of the row).
        b.add(ImmutablePesertaDidik.builder().from(made.get(made.size() - 1)), null);
      }
    }
    if (rnd.nextInt(5) == 0) {
      sup.addPesertaDidikKeluar(
          ImmutablePesertaDidikKeluar.builder()
              .pesertaDidikId("pd-unknown")
              .tanggalKeluar(CUT_OFF.minusDays(3))
              .build());
    }
    return b.supplement(sup.build()).build();
  }

  @SafeVarargs
  private static <T> T pick(Random rnd, T... options) {
    return options[rnd.nextInt(options.length)];
  }
}
