package id.sinkron.gtk;

import static id.sinkron.gtk.TestSchool.MATEMATIKA;
import static id.sinkron.gtk.TestSchool.guru;
import static id.sinkron.gtk.TestSchool.kelas;
import static id.sinkron.gtk.TestSchool.mapel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Report;
import id.sinkron.check.SubjectKind;
import id.sinkron.model.JenisPtk;
import id.sinkron.model.SchoolSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Duties from getGtk's jabatan_ptk_id, GTK-NUPTK-TEMPORARY and the seven verification blocks (issue
 * 14).
 */
class JabatanAndBlocksTest {
  static Report check(SchoolSnapshot school) {
    return Sinkron.checker()
        .asOf(TestSchool.AS_OF_2025)
        .only(Application.INFO_GTK)
        .validators(List.of(new InfoGtkValidator()))
        .check(school);
  }

  static List<String> codes(Report r, String code) {
    return r.findings(Application.INFO_GTK).stream()
        .filter(f -> f.code().equals(code))
        .map(f -> f.subject().kind() + ":" + f.subject().id())
        .toList();
  }

  @Test
  void jabatanAloneDecidesTheKepalaSekolahWithoutTheSupplement() {
    SchoolSnapshot school =
        TestSchool.smp()
            .noSupplement()
            .ptk(
                guru("k", 1).jenisPtk(JenisPtk.KEPALA_SEKOLAH).jabatanPtkId("2"),
                guru("a", 2).jabatanPtkId("1"))
            .rombel(
                kelas("A", "VII A", null, 30)
                    .addPembelajaran(
                        mapel("p1", MATEMATIKA, "a", 24), mapel("p2", TestSchool.IPA, "k", 6)))
            .build();
    Report r = check(school);
    assertThat(codes(r, "GTK-KEPSEK-SETUP")).isEmpty();
    assertThat(r.notEvaluated()).extracting(n -> n.code()).doesNotContain("GTK-KEPSEK-SETUP");
    TeacherAssessment k =
        r.details(Application.INFO_GTK, GtkAssessment.class)
            .orElseThrow()
            .teacher("k")
            .orElseThrow();
    assertThat(k.loadEvaluation()).isEqualTo(LoadEvaluation.EVALUATED);
    assertThat(k.bebanKerja().kepalaSekolahJtm()).isEqualTo(24);
    assertThat(k.bebanKerja().duties())
        .extracting(DutyEquivalent::kind, DutyEquivalent::outcome)
        .containsExactly(tuple(DutyKind.JABATAN_PTK, DutyOutcome.COUNTED));
    assertThat(k.recognisedJtm()).contains(30);
  }

  @Test
  void withoutTheSupplementAJabatanListWithoutKepalaSekolahIsAFinding() {
    SchoolSnapshot school =
        TestSchool.smp()
            .noSupplement()
            .ptk(
                guru("k", 1).jenisPtk(JenisPtk.KEPALA_SEKOLAH).jabatanPtkId("1"),
                guru("a", 2).jabatanPtkId("1"))
            .rombel(kelas("A", "VII A", null, 30).addPembelajaran(mapel("p1", MATEMATIKA, "a", 24)))
            .build();
    Report r = check(school);
    // no kepala sekolah position and no PLT (school), and jenis Kepala Sekolah without the position
    // (k)
    assertThat(codes(r, "GTK-KEPSEK-SETUP"))
        .containsExactlyInAnyOrder("SEKOLAH:" + TestSchool.SEKOLAH_ID, "PTK:k");
    // a PLT by jabatan is enough for the school
    SchoolSnapshot plt =
        TestSchool.smp()
            .noSupplement()
            .ptk(guru("a", 2).jabatanPtkId("33"))
            .rombel(kelas("A", "VII A", null, 30).addPembelajaran(mapel("p1", MATEMATIKA, "a", 24)))
            .build();
    assertThat(codes(check(plt), "GTK-KEPSEK-SETUP")).isEmpty();
  }

  @Test
  void anOlderServerWithoutJabatanLeavesThePltCaseNotEvaluated() {
    SchoolSnapshot school =
        TestSchool.smp()
            .noSupplement()
            .ptk(guru("a", 2))
            .rombel(kelas("A", "VII A", null, 30).addPembelajaran(mapel("p1", MATEMATIKA, "a", 24)))
            .build();
    Report r = check(school);
    assertThat(codes(r, "GTK-KEPSEK-SETUP")).isEmpty();
    assertThat(r.notEvaluated())
        .extracting(n -> n.code(), n -> n.reasonKey())
        .contains(tuple("GTK-KEPSEK-SETUP", "gtk.reason.kepsek.plt.unknown"));
  }

  @Test
  void theSupplementWinsWhereBothSpeak() {
    // jabatan says kepala sekolah, the supplement has no active kepala sekolah duty: the supplement
    // decides
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(guru("k", 1).jenisPtk(JenisPtk.KEPALA_SEKOLAH).jabatanPtkId("2"))
            .rombel(kelas("A", "VII A", null, 30).addPembelajaran(mapel("p1", MATEMATIKA, "k", 6)))
            .build();
    Report r = check(school);
    assertThat(codes(r, "GTK-KEPSEK-SETUP"))
        .containsExactlyInAnyOrder("SEKOLAH:" + TestSchool.SEKOLAH_ID, "PTK:k");
    TeacherAssessment k =
        r.details(Application.INFO_GTK, GtkAssessment.class)
            .orElseThrow()
            .teacher("k")
            .orElseThrow();
    assertThat(k.bebanKerja().kepalaSekolahJtm()).isZero();
    assertThat(k.bebanKerja().duties()).isEmpty();
  }

  @Test
  void temporaryNuptkWarnsAndDecidesNothingElse() {
    SchoolSnapshot school =
        TestSchool.smp()
            .ptk(
                guru("a", 1).nuptk("9000123456789012"),
                guru("b", 2).nuptk("9898 1234 5678 9012"),
                TestSchool.tendik("t", 3).nuptk("9999123456789013"),
                guru("c", 4))
            .rombel(
                kelas("A", "VII A", null, 30)
                    .addPembelajaran(
                        mapel("p1", MATEMATIKA, "a", 24),
                        mapel("p2", TestSchool.IPA, "b", 24),
                        mapel("p3", TestSchool.IPS, "c", 24)))
            .build();
    Report r = check(school);
    assertThat(codes(r, "GTK-NUPTK-TEMPORARY")).containsExactly("PTK:a", "PTK:b", "PTK:t");
    assertThat(r.findings(Application.INFO_GTK))
        .filteredOn(f -> f.code().equals("GTK-NUPTK-TEMPORARY"))
        .allSatisfy(f -> assertThat(f.message()).doesNotContain("9000123456789012"));
    TeacherAssessment a =
        r.details(Application.INFO_GTK, GtkAssessment.class)
            .orElseThrow()
            .teacher("a")
            .orElseThrow();
    assertThat(a.block(VerificationBlock.NUPTK).status()).isEqualTo(BlockStatus.VALID);
    assertThat(a.block(VerificationBlock.NUPTK).otherCodes())
        .containsExactly("GTK-NUPTK-TEMPORARY");
    assertThat(codes(r, "GTK-NUPTK-FORMAT")).isEmpty();
  }

  @Test
  void theSevenBlocksOfTheRealisticSchoolAreInTheJson() throws Exception {
    Report r = RealisticSchoolTest.check(java.util.Locale.ENGLISH);
    GtkAssessment gtk = r.details(Application.INFO_GTK, GtkAssessment.class).orElseThrow();
    // ing2: honorer without NUPTK, D3, below 24, not certified
    TeacherAssessment ing2 = gtk.teacher("ing2").orElseThrow();
    assertThat(ing2.blocks())
        .extracting(BlockVerdict::block, BlockVerdict::status)
        .containsExactly(
            tuple(VerificationBlock.NUPTK, BlockStatus.NOT_VALID),
            tuple(VerificationBlock.BEBAN_MENGAJAR, BlockStatus.NOT_VALID),
            tuple(VerificationBlock.KELENGKAPAN_DATA, BlockStatus.VALID),
            tuple(VerificationBlock.KELULUSAN_SERTIFIKASI, BlockStatus.NOT_VALID),
            tuple(VerificationBlock.KEAKTIFAN, BlockStatus.VALID),
            tuple(VerificationBlock.KEPEGAWAIAN, BlockStatus.VALID),
            tuple(VerificationBlock.USIA, BlockStatus.VALID));
    assertThat(ing2.block(VerificationBlock.BEBAN_MENGAJAR).codes())
        .containsExactly("GTK-LOAD-BELOW-MIN");
    assertThat(ing2.block(VerificationBlock.KELENGKAPAN_DATA).otherCodes())
        .containsExactly("GTK-QUALIFICATION");
    // bi3 is non-induk: the load is not evaluated
    TeacherAssessment bi3 = gtk.teacher("bi3").orElseThrow();
    assertThat(bi3.block(VerificationBlock.BEBAN_MENGAJAR).status())
        .isEqualTo(BlockStatus.NOT_EVALUATED);
    assertThat(bi3.block(VerificationBlock.KEAKTIFAN).otherCodes())
        .containsExactly("GTK-NON-INDUK-INCOMPLETE");
    // pai: retirement age (code 06) and the kepala sekolah setup
    TeacherAssessment pai = gtk.teacher("pai").orElseThrow();
    assertThat(pai.block(VerificationBlock.USIA).codes()).containsExactly("GTK-RETIREMENT-AGE");
    assertThat(pai.block(VerificationBlock.KEPEGAWAIAN).codes())
        .containsExactly("GTK-KEPSEK-SETUP");

    JsonNode teachers =
        new ObjectMapper().readTree(r.toJson()).path("details").path("INFO_GTK").path("teachers");
    for (JsonNode t : teachers) {
      assertThat(t.path("blocks")).hasSize(7);
      if (t.path("ptkId").asText().equals("ing2")) {
        JsonNode nuptk = t.path("blocks").get(0);
        assertThat(nuptk.path("block").asText()).isEqualTo("nuptk");
        assertThat(nuptk.path("status").asText()).isEqualTo("NOT_VALID");
        assertThat(nuptk.path("codes").get(0).asText()).isEqualTo("GTK-NUPTK-MISSING");
      }
    }
    assertThat(SubjectKind.PTK).isNotNull();
  }
}
