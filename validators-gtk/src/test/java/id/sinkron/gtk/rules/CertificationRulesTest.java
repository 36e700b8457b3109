package id.sinkron.gtk.rules;

import static id.sinkron.check.Severity.BLOCKER;
import static id.sinkron.gtk.TestSchool.cert;
import static id.sinkron.gtk.TestSchool.guru;
import static id.sinkron.gtk.rules.RuleTesting.assertFindings;
import static id.sinkron.gtk.rules.RuleTesting.assertNotEvaluated;
import static id.sinkron.gtk.rules.RuleTesting.ptk;
import static id.sinkron.gtk.rules.RuleTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.sinkron.check.FindingSink;
import id.sinkron.gtk.GtkCode;
import id.sinkron.gtk.TestSchool;
import id.sinkron.model.ImmutableSertifikasi;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** GTK-CERT-INCOMPLETE, GTK-CERT-DUPLICATE. */
class CertificationRulesTest {
  // ---- GTK-CERT-INCOMPLETE

  @Test
  void certIncomplete_passesCompleteRecordsAndUncertifiedTeachers() {
    assertThat(
            run(
                    new CertIncompleteRule(),
                    TestSchool.smp()
                        .ptk(guru("a", 1).addSertifikasi(cert("180", 1)), guru("b", 2))
                        .build())
                .findings())
        .isEmpty();
  }

  @Test
  void certIncomplete_reportsEachKindOnce() {
    FindingSink out =
        run(
            new CertIncompleteRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1)
                        .addSertifikasi(
                            ImmutableSertifikasi.builder()
                                .from(cert("180", 1))
                                .nomorSertifikat(Optional.empty())
                                .build(),
                            ImmutableSertifikasi.builder()
                                .from(cert("097", 2))
                                .nomorSertifikat(" ")
                                .bidangStudiSertifikasi(Optional.empty())
                                .build()),
                    guru("b", 3).nrg("151000000003"))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.CERT_INCOMPLETE, "a", BLOCKER),
            ptk(GtkCode.CERT_INCOMPLETE, "a", BLOCKER),
            ptk(GtkCode.CERT_INCOMPLETE, "b", BLOCKER));
    assertThat(out.findings())
        .extracting(f -> f.field().orElseThrow())
        .containsExactly(
            "rwy_sertifikasi.nomor_sertifikat", "rwy_sertifikasi.bidang_studi_sertifikasi", "nrg");
    assertThat(out.findings().get(0).arguments()).containsExactly("0", "2");
    assertThat(out.findings().get(2).value()).contains("1510****0003");
  }

  @Test
  void certIncomplete_isNotEvaluatedWithoutSupplement() {
    FindingSink out =
        run(
            new CertIncompleteRule(),
            TestSchool.smp().noSupplement().ptk(guru("b", 3).nrg("151000000003")).build());
    assertThat(out.findings()).isEmpty();
    assertNotEvaluated(out)
        .containsExactly(tuple("GTK-CERT-INCOMPLETE", null, "gtk.reason.no.supplement"));
  }

  // ---- GTK-CERT-DUPLICATE

  @Test
  void certDuplicate_passesDistinctCertificates() {
    assertThat(
            run(
                    new CertDuplicateRule(),
                    TestSchool.smp()
                        .ptk(
                            guru("a", 1)
                                .addSertifikasi(cert("180", 1))
                                .nrg(cert("180", 1).nrg().orElseThrow()),
                            guru("b", 2).addSertifikasi(cert("180", 2)))
                        .build())
                .findings())
        .isEmpty();
  }

  @Test
  void certDuplicate_reportsSharedNumberAndSharedNrg() {
    FindingSink out =
        run(
            new CertDuplicateRule(),
            TestSchool.smp()
                .ptk(
                    guru("a", 1).addSertifikasi(cert("180", 1)),
                    guru("b", 2)
                        .addSertifikasi(
                            ImmutableSertifikasi.builder()
                                .from(cert("180", 2))
                                .nomorSertifikat(cert("180", 1).nomorSertifikat().orElseThrow())
                                .build()),
                    guru("c", 3)
                        .addSertifikasi(cert("097", 3))
                        .nrg(cert("180", 1).nrg().orElseThrow()))
                .build());
    assertFindings(out)
        .containsExactly(
            ptk(GtkCode.CERT_DUPLICATE, "b", BLOCKER), ptk(GtkCode.CERT_DUPLICATE, "c", BLOCKER));
    assertThat(out.findings()).extracting(f -> f.arguments().get(0)).containsExactly("0", "1");
  }

  @Test
  void certDuplicate_isNotEvaluatedWithoutSupplement() {
    assertNotEvaluated(
            run(new CertDuplicateRule(), TestSchool.smp().noSupplement().ptk(guru("a", 1)).build()))
        .containsExactly(tuple("GTK-CERT-DUPLICATE", null, "gtk.reason.no.supplement"));
  }
}
