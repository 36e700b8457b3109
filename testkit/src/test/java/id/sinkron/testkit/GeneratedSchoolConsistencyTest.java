package id.sinkron.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.identifier.Nik;
import id.sinkron.identifier.Nip;
import id.sinkron.identifier.NipForm;
import id.sinkron.identifier.Nisn;
import id.sinkron.identifier.Npsn;
import id.sinkron.identifier.Nuptk;
import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.Jenjang;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.TugasTambahan;
import id.sinkron.profile.RegulationProfile;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator's promises checked with core's own parsers and the RULES.md formulas, independently
 * of the validator modules.
 */
class GeneratedSchoolConsistencyTest {
  static Stream<Arguments> schools() {
    return Stream.of(
        Arguments.of(
            "SD 60", (Supplier<SchoolGenerator>) () -> SchoolGenerator.sd().seed(3).students(60)),
        Arguments.of("SD 240", (Supplier<SchoolGenerator>) () -> SchoolGenerator.sd().seed(4)),
        Arguments.of(
            "SMP 60", (Supplier<SchoolGenerator>) () -> SchoolGenerator.smp().seed(5).students(60)),
        Arguments.of(
            "SMP 1000",
            (Supplier<SchoolGenerator>) () -> SchoolGenerator.smp().seed(6).students(1000)),
        Arguments.of("SMA 240", (Supplier<SchoolGenerator>) () -> SchoolGenerator.sma().seed(7)),
        Arguments.of(
            "SMA 90", (Supplier<SchoolGenerator>) () -> SchoolGenerator.sma().seed(8).students(90)),
        Arguments.of("SMK 240", (Supplier<SchoolGenerator>) () -> SchoolGenerator.smk().seed(9)),
        Arguments.of(
            "SMK 75",
            (Supplier<SchoolGenerator>) () -> SchoolGenerator.smk().seed(10).students(75)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schools")
  void identifiersAreConsistent(String name, Supplier<SchoolGenerator> g) {
    SchoolGenerator gen = g.get();
    SchoolSnapshot s = gen.build();
    String province = null;
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(Npsn.isValid(s.sekolah().orElseThrow().npsn().orElseThrow()))
        .as("npsn")
        .isTrue();
    Set<String> seen = new HashSet<>();
    for (Ptk p : s.ptk()) {
      String nik = p.nik().orElseThrow();
      soft.assertThat(Nik.check(nik)).as("nik of %s", p.nama()).isEmpty();
      soft.assertThat(
              Nik.parse(nik)
                  .crossCheck(p.tanggalLahir().orElseThrow(), p.jenisKelamin().orElseThrow()))
          .as("nik cross-check")
          .isEmpty();
      province = province == null ? nik.substring(0, 2) : province;
      soft.assertThat(nik).startsWith(province);
      soft.assertThat(seen.add(nik)).as("unique nik").isTrue();
      if (p.isTeacher()) {
        soft.assertThat(Nuptk.check(p.nuptk().orElse(""))).as("nuptk").isEmpty();
        soft.assertThat(seen.add(p.nuptk().orElseThrow())).as("unique nuptk").isTrue();
      }
      var status = p.statusKepegawaian().orElseThrow();
      if (status.isPnsOrCpns()) {
        soft.assertThat(Nip.checkPns(p.nip().orElse(""))).as("pns nip").isEmpty();
        soft.assertThat(
                Nip.parse(p.nip().get()).crossCheck(p.tanggalLahir().get(), p.jenisKelamin().get()))
            .isEmpty();
      } else if (status.isPppk()) {
        soft.assertThat(Nip.tryParse(p.nip().orElse("")))
            .hasValueSatisfying(
                n -> {
                  assertThat(n.form()).isEqualTo(NipForm.PPPK);
                  assertThat(n.crossCheck(p.tanggalLahir().get(), p.jenisKelamin().get()))
                      .isEmpty();
                });
      } else {
        soft.assertThat(p.nip()).as("non-ASN nip").isEmpty();
      }
      soft.assertThat(p.rwyPendFormal()).as("education").isNotEmpty();
    }
    for (PesertaDidik pd : s.pesertaDidik()) {
      soft.assertThat(Nik.check(pd.nik().orElseThrow())).isEmpty();
      soft.assertThat(
              Nik.parse(pd.nik().get())
                  .crossCheck(pd.tanggalLahir().get(), pd.jenisKelamin().get()))
          .isEmpty();
      soft.assertThat(pd.nik().get()).startsWith(province);
      soft.assertThat(Nisn.check(pd.nisn().orElseThrow())).isEmpty();
      soft.assertThat(
              Nisn.parse(pd.nisn().get()).matchesBirthYear(pd.tanggalLahir().get().getYear()))
          .isTrue();
      soft.assertThat(seen.add(pd.nik().get())).as("unique nik").isTrue();
      soft.assertThat(seen.add(pd.nisn().get())).as("unique nisn").isTrue();
      soft.assertThat(pd.nama()).matches("[A-Z]+( [A-Z]+)+");
    }
    soft.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schools")
  void studentsRombelAndLoadsFollowTheRules(String name, Supplier<SchoolGenerator> g) {
    SchoolGenerator gen = g.get();
    SchoolSnapshot s = gen.build();
    RegulationProfile profile = gen.profile();
    LocalDate cutOff = gen.referenceDate();
    Jenjang jenjang = gen.bentuk().jenjang();
    SoftAssertions soft = new SoftAssertions();

    Map<String, Integer> memberships = new HashMap<>();
    Map<String, Integer> jtm = new HashMap<>();
    Set<String> walis = new HashSet<>();
    for (Rombel r : s.rombel()) {
      soft.assertThat(r.isClass()).isTrue();
      soft.assertThat(r.anggotaRombel().size())
          .as("rombel size")
          .isBetween(1, profile.rombelCaps().get(jenjang) - 1);
      soft.assertThat(jenjang.allowsTingkat(r.tingkatPendidikanId().orElseThrow())).isTrue();
      soft.assertThat(r.semesterId()).isEqualTo(s.semesterId());
      soft.assertThat(r.kurikulumId()).isPresent();
      soft.assertThat(r.ptkId()).as("wali").isPresent();
      walis.add(r.ptkId().get());
      for (AnggotaRombel a : r.anggotaRombel()) {
        memberships.merge(a.pesertaDidikId(), 1, Integer::sum);
      }
      Set<String> mapel = new HashSet<>();
      for (Pembelajaran p : r.pembelajaran()) {
        soft.assertThat(mapel.add(p.mataPelajaranId().orElseThrow()))
            .as("mapel once per rombel")
            .isTrue();
        soft.assertThat(p.jamMengajarPerMinggu().orElse(0)).isPositive();
        jtm.merge(p.ptkId().orElseThrow(), p.jamMengajarPerMinggu().get(), Integer::sum);
      }
    }
    for (PesertaDidik pd : s.pesertaDidik()) {
      soft.assertThat(memberships.get(pd.pesertaDidikId())).as("one class rombel").isEqualTo(1);
      soft.assertThat(profile.bospAgeBands().get(jenjang).contains(pd.tanggalLahir().get(), cutOff))
          .as("age band")
          .isTrue();
      soft.assertThat(pd.tanggalMasukSekolah().get()).isBeforeOrEqualTo(cutOff);
    }
    soft.assertThat(s.pesertaDidik()).hasSize(Integer.parseInt(name.replaceAll("\\D", "")));
    int kepsek = 0;
    int bendahara = 0;
    for (Ptk p : s.ptk()) {
      for (TugasTambahan t : p.tugasTambahan()) {
        soft.assertThat(t.nomorSk()).isPresent();
        soft.assertThat(t.isActiveOn(cutOff)).isTrue();
        bendahara += t.jabatanPtkId().equals("91") ? 1 : 0;
      }
      if (p.jenisPtk().orElseThrow().isKepalaSekolah()) {
        kepsek++;
        soft.assertThat(p.tugasTambahan()).extracting(TugasTambahan::jabatanPtkId).contains("2");
        continue;
      }
      if (!p.isTeacher()) {
        continue;
      }
      int teaching = jtm.getOrDefault(p.ptkId(), 0);
      boolean main = p.tugasTambahan().stream().anyMatch(t -> t.jabatanPtkId().equals("46"));
      soft.assertThat(teaching)
          .as("teaching JTM of a teacher")
          .isBetween(main ? 12 : profile.minJtm(), profile.maxJtm());
      soft.assertThat(walis.contains(p.ptkId()) && main).as("wakasek is no wali").isFalse();
      if (!p.sertifikasi().isEmpty()) {
        String field = p.sertifikasi().get(0).bidangStudiSertifikasi().orElseThrow();
        for (Rombel r : s.rombel()) {
          for (Pembelajaran pb : r.pembelajaran()) {
            if (pb.ptkId().get().equals(p.ptkId())) {
              soft.assertThat(Linearity.isLinear(field, pb.mataPelajaranId().get()))
                  .as("linear")
                  .isTrue();
            }
          }
        }
      }
    }
    soft.assertThat(kepsek).isEqualTo(1);
    soft.assertThat(bendahara).isEqualTo(1);
    for (String w : walis) {
      soft.assertThat(s.pengguna()).anySatisfy(u -> assertThat(u.ptkId()).hasValue(w));
    }
    soft.assertThat(s.supplement().orElseThrow().jumlahSiswaDilaporkan())
        .hasValue(s.pesertaDidik().size());
    soft.assertAll();
  }

  @Test
  void sameSettingsGiveTheSameSchoolAndAnotherSeedAnother() {
    assertThat(SchoolGenerator.smp().seed(42).students(300).build())
        .isEqualTo(SchoolGenerator.smp().seed(42).students(300).build());
    assertThat(SchoolGenerator.smp().seed(43).students(300).build())
        .isNotEqualTo(SchoolGenerator.smp().seed(42).students(300).build());
  }

  @Test
  void defectsDoNotDisturbTheRestOfTheSchool() {
    SchoolSnapshot clean = SchoolGenerator.smp().seed(42).build();
    SchoolSnapshot dirty = SchoolGenerator.smp().seed(42).withStudentWithoutNisn().build();
    assertThat(dirty.ptk()).isEqualTo(clean.ptk());
    assertThat(dirty.rombel()).isEqualTo(clean.rombel());
    assertThat(dirty.pesertaDidik().stream().filter(p -> p.nisn().isEmpty())).hasSize(1);
  }

  @Test
  void smallSchoolsStillGiveEveryTeacherTheMinimum() {
    for (int n : List.of(60, 70, 100, 150)) {
      for (SchoolGenerator g :
          List.of(
              SchoolGenerator.sd(),
              SchoolGenerator.smp(),
              SchoolGenerator.sma(),
              SchoolGenerator.smk())) {
        SchoolSnapshot s = g.seed(n).students(n).build();
        Map<String, Integer> jtm = new HashMap<>();
        s.rombel()
            .forEach(
                r ->
                    r.pembelajaran()
                        .forEach(
                            p ->
                                jtm.merge(
                                    p.ptkId().get(),
                                    p.jamMengajarPerMinggu().get(),
                                    Integer::sum)));
        assertThat(jtm.values())
            .as("%s %d", g.bentuk(), n)
            .allSatisfy(v -> assertThat(v).isBetween(12, 40));
        assertThat(jtm.entrySet().stream().filter(e -> e.getValue() < 24).count())
            .as("%s %d", g.bentuk(), n)
            .isLessThanOrEqualTo(1);
      }
    }
  }
}
