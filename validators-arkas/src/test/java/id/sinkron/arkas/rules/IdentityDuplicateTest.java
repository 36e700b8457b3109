package id.sinkron.arkas.rules;

import static id.sinkron.arkas.testing.Fixtures.student;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.arkas.testing.Fixtures;
import id.sinkron.arkas.testing.SchoolBuilder;
import id.sinkron.model.ImmutablePesertaDidik;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.testing.RuleHarness;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link BospCounter} computes identity keys only within groups of a shared birth date; the
 * identity links must be exactly those of comparing every student's full {@link IdentityKey}.
 */
class IdentityDuplicateTest {
  private static final RuleHarness HARNESS =
      RuleHarness.of("id.sinkron.arkas.messages").asOf(Fixtures.AS_OF);
  private static final String[] NAMES = {
    "MUHAMMAD RIZKI",
    "M. RIZKI",
    "MOCH RIZKI",
    "SITI AMINAH",
    "SITI  AMINAH",
    "DJOKO SANTOSO",
    "JOKO SANTOSO",
    "NUR AINI",
    "NURAINI",
    "...",
    ""
  };
  private static final String[] MOTHERS = {
    "SRI WAHYUNI", "SRI WAHJUNI", "SOEMIATI", "SUMIATI", "-"
  };

  @Test
  void identityLinksEqualThoseOfComparingEveryFullKey() {
    Random rnd = new Random(20251129L);
    int linked = 0;
    for (int school = 0; school < 300; school++) {
      SchoolBuilder b = SchoolBuilder.smp();
      int n = 1 + rnd.nextInt(30);
      for (int i = 1; i <= n; i++) {
        ImmutablePesertaDidik.Builder p =
            student(i)
                .nisn("")
                .nik("")
                .nama(NAMES[rnd.nextInt(NAMES.length)])
                .namaIbu(
                    rnd.nextInt(10) == 0
                        ? Optional.empty()
                        : Optional.of(MOTHERS[rnd.nextInt(MOTHERS.length)]))
                .tanggalLahir(
                    rnd.nextInt(10) == 0
                        ? Optional.empty()
                        : Optional.of(LocalDate.of(2012, 1, 1).plusDays(rnd.nextInt(4))));
        b.add(p, SchoolBuilder.ROMBEL_7A);
      }
      SchoolSnapshot s = b.build();
      List<Student> students = BospCounter.analyse(HARNESS.context(s), Optional.empty()).students;

      Map<String, Integer> fullKeys = new HashMap<>();
      for (Student st : students) {
        IdentityKey.of(st.pd.nama(), st.pd.tanggalLahir(), st.pd.namaIbu())
            .ifPresent(k -> fullKeys.merge(k, 1, Integer::sum));
      }
      for (Student st : students) {
        boolean expected =
            IdentityKey.of(st.pd.nama(), st.pd.tanggalLahir(), st.pd.namaIbu())
                .map(k -> fullKeys.get(k) > 1)
                .orElse(false);
        assertThat(st.identityShared)
            .as("school %d, %s", school, st.pd.pesertaDidikId())
            .isEqualTo(expected);
        if (expected) {
          linked++;
        }
      }
    }
    assertThat(linked).as("the random schools hold identity duplicates").isGreaterThan(100);
  }

  @Test
  void aStudentAloneOnTheirBirthDateIsNeverNormalised() {
    SchoolSnapshot s =
        SchoolBuilder.smp()
            .add(student(1).tanggalLahir(LocalDate.of(2012, 1, 1)), SchoolBuilder.ROMBEL_7A)
            .add(student(2).tanggalLahir(LocalDate.of(2012, 1, 2)), SchoolBuilder.ROMBEL_7A)
            .add(student(3).tanggalLahir(LocalDate.of(2012, 1, 2)), SchoolBuilder.ROMBEL_7A)
            .build();
    List<Student> students = BospCounter.analyse(HARNESS.context(s), Optional.empty()).students;
    assertThat(students.get(0).identityKey).isNull();
    assertThat(students.get(1).identityKey).isNotNull();
    assertThat(students.get(2).identityKey).isNotNull();
  }
}
