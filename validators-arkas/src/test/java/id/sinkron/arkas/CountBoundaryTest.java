package id.sinkron.arkas;

import static id.sinkron.arkas.testing.Fixtures.AS_OF;
import static id.sinkron.arkas.testing.Fixtures.CUT_OFF;
import static id.sinkron.arkas.testing.Fixtures.student;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.arkas.testing.Fixtures;
import id.sinkron.arkas.testing.SchoolBuilder;
import id.sinkron.check.CheckOptions;
import id.sinkron.model.ImmutablePesertaDidikKeluar;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.ImmutableSupplement;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.SemesterId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The countable definition at its edges: entry, exit and age dates, the cut-off, duplicates. */
class CountBoundaryTest {
  static BospCount count(SchoolSnapshot s) {
    return Arkas.count(s, CheckOptions.builder().referenceDate(AS_OF).build());
  }

  static List<String> ids(BospCount c, ExclusionReason r) {
    return c.excluded(r).stream().map(ExcludedStudent::pesertaDidikId).toList();
  }

  @Test
  void enteredOnTheCutOffCountsTheDayAfterDoesNot() {
    BospCount c =
        count(
            SchoolBuilder.smp()
                .add(student(1).tanggalMasukSekolah(CUT_OFF))
                .add(student(2).tanggalMasukSekolah(CUT_OFF.plusDays(1)))
                .build());
    assertThat(c.activeTotal()).isEqualTo(2);
    assertThat(c.countable()).isEqualTo(1);
    assertThat(ids(c, ExclusionReason.AFTER_CUTOFF)).containsExactly("pd-2");
  }

  @Test
  void leftTheDayBeforeDoesNotCountLeftOnOrAfterDoes() {
    BospCount c =
        count(
            SchoolBuilder.smp()
                .add(student(1).tanggalKeluar(CUT_OFF.minusDays(1)))
                .add(student(2).tanggalKeluar(CUT_OFF))
                .add(student(3).tanggalKeluar(CUT_OFF.plusDays(1)))
                .build());
    assertThat(c.registrations()).isEqualTo(3);
    assertThat(c.leftBeforeCutOff()).isEqualTo(1);
    assertThat(c.activeTotal()).isEqualTo(2);
    assertThat(c.countable()).isEqualTo(2);
  }

  @Test
  void supplementLeaversAreHonouredByDate() {
    ImmutableSupplement sup =
        ImmutableSupplement.builder()
            .ptkDataKnown(false)
            .addPesertaDidikKeluar(
                ImmutablePesertaDidikKeluar.builder()
                    .pesertaDidikId("pd-1")
                    .tanggalKeluar(CUT_OFF.minusDays(1))
                    .build())
            .addPesertaDidikKeluar(
                ImmutablePesertaDidikKeluar.builder()
                    .pesertaDidikId("pd-2")
                    .tanggalKeluar(CUT_OFF)
                    .build())
            .addPesertaDidikKeluar(
                ImmutablePesertaDidikKeluar.builder()
                    .pesertaDidikId("pd-not-registered")
                    .tanggalKeluar(CUT_OFF.minusDays(10))
                    .build())
            .build();
    BospCount c =
        count(
            SchoolBuilder.smp()
                .add(student(1))
                .add(student(2))
                .add(student(3))
                .supplement(sup)
                .build());
    assertThat(c.registrations()).isEqualTo(3);
    assertThat(c.leftBeforeCutOff()).isEqualTo(1);
    assertThat(c.countable()).isEqualTo(2);
  }

  @Test
  void ageExactlyAtTheBandEdges() {
    // SMP band: at least 11 years 0 months (132 months), at most 19 completed years.
    BospCount c =
        count(
            SchoolBuilder.smp()
                .add(student(1).tanggalLahir(CUT_OFF.minusYears(11))) // exactly 11: in
                .add(
                    student(2)
                        .tanggalLahir(CUT_OFF.minusYears(11).plusDays(1))) // one day short: out
                .add(
                    student(3)
                        .tanggalLahir(CUT_OFF.minusYears(20).plusDays(1))) // 19 y 11 m 30 d: in
                .add(
                    student(4).tanggalLahir(CUT_OFF.minusYears(20))) // turns 20 on the cut-off: out
                .build());
    assertThat(ids(c, ExclusionReason.AGE_BAND)).containsExactly("pd-2", "pd-4");
    assertThat(c.countable()).isEqualTo(2);
    assertThat(c.ageBand()).isPresent();
  }

  @Test
  void cutOffComesFromTheSemesterOrTheReferenceDateAndCanBeSet() {
    SchoolSnapshot ganjil = SchoolBuilder.smp().add(student(1)).build();
    SchoolSnapshot genap =
        ImmutableSchoolSnapshot.copyOf(ganjil).withSemesterId(SemesterId.of("20252"));
    SchoolSnapshot none = ImmutableSchoolSnapshot.copyOf(ganjil).withSemesterId(Optional.empty());
    assertThat(count(ganjil).cutOff()).isEqualTo(CUT_OFF);
    assertThat(count(genap).cutOff()).isEqualTo(CUT_OFF);
    assertThat(
            Arkas.count(
                    none, CheckOptions.builder().referenceDate(LocalDate.of(2026, 3, 1)).build())
                .cutOff())
        .isEqualTo(CUT_OFF);
    assertThat(
            Arkas.count(
                    none, CheckOptions.builder().referenceDate(LocalDate.of(2026, 7, 1)).build())
                .cutOff())
        .isEqualTo(LocalDate.of(2026, 8, 31));
    BospCount set =
        Arkas.count(
            SchoolBuilder.smp()
                .add(student(1).tanggalMasukSekolah(LocalDate.of(2025, 9, 15)))
                .build(),
            CheckOptions.builder()
                .referenceDate(AS_OF)
                .putExtras(BospCutOff.class, new BospCutOff(LocalDate.of(2025, 9, 30)))
                .build());
    assertThat(set.cutOff()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(set.countable()).isEqualTo(1);
  }

  @Test
  void daysToCutOffIsNegativeAfterIt() {
    SchoolSnapshot s = SchoolBuilder.smp().add(student(1)).build();
    assertThat(count(s).daysToCutOff()).isEqualTo(30);
    assertThat(Arkas.count(s, CheckOptions.builder().referenceDate(CUT_OFF).build()).daysToCutOff())
        .isZero();
    assertThat(
            Arkas.count(s, CheckOptions.builder().referenceDate(LocalDate.of(2025, 9, 15)).build())
                .daysToCutOff())
        .isEqualTo(-15);
  }

  @Test
  void countablePerTingkatIsSortedAndAddsUp() {
    BospCount c =
        count(
            SchoolBuilder.smp()
                .rombel("rb-9a", "9A", 9)
                .rombel("rb-8a", "8A", 8)
                .add(student(1), "rb-9a")
                .add(student(2), "rb-8a")
                .add(student(3))
                .add(student(4), "rb-9a")
                .add(student(5), null)
                .build());
    assertThat(c.countableByTingkat())
        .containsExactly(Map.entry(7, 1), Map.entry(8, 1), Map.entry(9, 2));
    assertThat(c.countableByTingkat().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(c.countable());
  }

  @Test
  void aDuplicateGroupCountsOnceEvenThroughDifferentKeys() {
    String nik = Fixtures.nik(LocalDate.of(2012, 4, 4), id.sinkron.model.JenisKelamin.L, 4444);
    BospCount c =
        count(
            SchoolBuilder.smp()
                .add(student(1))
                .add(student(2).nisn(Fixtures.nisn(1)).nik(nik)) // shares NISN with 1
                .add(student(3).nik(nik)) // shares NIK with 2
                .add(student(4))
                .build());
    assertThat(c.activeTotal()).isEqualTo(4);
    assertThat(c.countable()).isEqualTo(2);
    assertThat(ids(c, ExclusionReason.NISN_DUPLICATE)).containsExactly("pd-2");
    assertThat(ids(c, ExclusionReason.DUPLICATE)).containsExactly("pd-2", "pd-3");
    assertThat(c.excluded(ExclusionReason.DUPLICATE))
        .extracting(e -> e.duplicateOf().orElseThrow())
        .containsOnly("pd-1");
    assertThat(c.excludedDistinct()).isEqualTo(2);
  }

  @Test
  void missingEntryDateCountsAndIsReported() {
    BospCount c =
        count(SchoolBuilder.smp().add(student(1).tanggalMasukSekolah(Optional.empty())).build());
    assertThat(c.countable()).isEqualTo(1);
    assertThat(c.entryDateUnknown()).isEqualTo(1);
  }

  @Test
  void excludedStudentsCarryMaskedDataOnly() {
    BospCount c =
        count(
            SchoolBuilder.smp()
                .add(student(1).nama("BUDI CONTOH").nik("1111111111111111"), null)
                .build());
    ExcludedStudent e = c.excluded(ExclusionReason.NO_ROMBEL).get(0);
    assertThat(e.nama()).isEqualTo("B*** C*****");
    assertThat(e.nisn()).contains("01******01");
    assertThat(e.nik()).contains("1111********1111");
    assertThat(e.duplicateOf()).isEmpty();
  }

  @Test
  void estimateUsesTheSupplementFirstThenTheProfile() {
    SchoolSnapshot s =
        SchoolBuilder.smp()
            .add(student(1))
            .add(student(2))
            .supplement(
                ImmutableSupplement.builder().ptkDataKnown(false).satuanBiaya(1_100_000L).build())
            .build();
    BospCount c = count(s);
    assertThat(c.unitCost()).contains(1_100_000L);
    assertThat(c.unitCostSource()).contains(UnitCostSource.SUPPLEMENT);
    assertThat(c.estimate()).contains(2_200_000L);
    assertThat(count(SchoolBuilder.smp().add(student(1)).build()).estimate()).isEmpty();
  }
}
