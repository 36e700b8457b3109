package id.sinkron.erapor;

import static id.sinkron.erapor.fixture.Fixtures.AS_OF;
import static id.sinkron.erapor.fixture.Fixtures.anggota;
import static id.sinkron.erapor.fixture.Fixtures.ekskul;
import static id.sinkron.erapor.fixture.Fixtures.kelas;
import static id.sinkron.erapor.fixture.Fixtures.kelasLengkap;
import static id.sinkron.erapor.fixture.Fixtures.pd;
import static id.sinkron.erapor.fixture.Fixtures.pdIn;
import static id.sinkron.erapor.fixture.Fixtures.pembelajaran;
import static id.sinkron.erapor.fixture.Fixtures.ptk;
import static id.sinkron.erapor.fixture.Fixtures.school;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.check.Severity;
import id.sinkron.check.SubjectKind;
import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.ImmutableRombel;
import id.sinkron.model.JenisRombel;
import id.sinkron.model.SchoolSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dapodik Web Service quirks (DOMAIN.md §2.3–2.4) must not produce false findings. */
class QuirksTest {
  static Report check(SchoolSnapshot s) {
    return Sinkron.checker().asOf(AS_OF).only(Application.E_RAPOR).check(s);
  }

  static List<Finding> findings(SchoolSnapshot s, String code) {
    return check(s).findings(Application.E_RAPOR).stream()
        .filter(f -> f.code().equals(code))
        .toList();
  }

  @Test
  void ekskulMembershipIsNotASecondClass() {
    SchoolSnapshot s =
        school(
            BentukPendidikan.SMP,
            List.of(ptk("ptk-w", "WALI CONTOH")),
            List.of(pdIn("pd-s", "SISWA CONTOH", "r-7a")),
            List.of(
                kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s"),
                ekskul("r-pramuka", "Pramuka", "ptk-w", "pd-s"),
                ekskul("r-futsal", "Futsal", "ptk-w", "pd-s")));
    assertThat(findings(s, "ERAPOR-PD-MULTI-ROMBEL")).isEmpty();
    ERaporAssessment a =
        check(s).details(Application.E_RAPOR, ERaporAssessment.class).orElseThrow();
    assertThat(a.placement())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo(PlacementStatus.PLACED);
              assertThat(p.classRombelIds()).containsExactly("r-7a");
            });
  }

  @Test
  void ekskulIsNotAClassEither() {
    SchoolSnapshot s =
        school(
            BentukPendidikan.SMP,
            List.of(ptk("ptk-w", "WALI CONTOH")),
            List.of(pd("pd-s", "SISWA CONTOH")),
            List.of(ekskul("r-pramuka", "Pramuka", "ptk-w", "pd-s")));
    assertThat(findings(s, "ERAPOR-PD-NO-ROMBEL"))
        .extracting(f -> f.subject().id())
        .containsExactly("pd-s");
  }

  @Test
  void nullPtkIdIsExactlyOneNoWaliEvenNextToRombelWithWalis() {
    // The Web Service leaves the previous rombel's ptk_id_str on a rombel without wali; the model
    // has no
    // _str fields, so only ptk_id decides.
    SchoolSnapshot s =
        school(
            BentukPendidikan.SMP,
            List.of(ptk("ptk-a", "WALI SATU"), ptk("ptk-b", "WALI DUA")),
            List.of(
                pdIn("pd-1", "SISWA SATU", "r-7a"),
                pdIn("pd-2", "SISWA DUA", "r-7b"),
                pdIn("pd-3", "SISWA TIGA", "r-7c")),
            List.of(
                kelasLengkap("r-7a", "VII A", 7, "ptk-a", "pd-1"),
                kelasLengkap("r-7b", "VII B", 7, "ptk-a", "pd-2")
                    .withPtkId(java.util.Optional.empty()),
                kelasLengkap("r-7c", "VII C", 7, "ptk-b", "pd-3")));
    Report r = check(s);
    assertThat(r.findings(Application.E_RAPOR))
        .extracting(
            Finding::code, f -> f.subject().kind(), f -> f.subject().id(), Finding::severity)
        .containsExactly(
            tuple("ERAPOR-ROMBEL-NO-WALI", SubjectKind.ROMBEL, "r-7b", Severity.BLOCKER));
  }

  @Test
  void sentinelStudentIsNoRombelAndNotAPhantomMember() {
    // Reader output for "Belum masuk ke dalam rombongan belajar": anggota_rombel_id and
    // rombongan_belajar_id
    // empty; nama_rombel and tingkat are the previous student's (stale carry-over).
    SchoolSnapshot s =
        school(
            BentukPendidikan.SMP,
            List.of(ptk("ptk-w", "WALI CONTOH")),
            List.of(
                pdIn("pd-s", "SISWA CONTOH", "r-7a"),
                pd("pd-sentinel", "BELUM CONTOH")
                    .withNamaRombel("VII A")
                    .withTingkatPendidikanId(7)),
            List.of(kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")));
    Report r = check(s);
    assertThat(r.findings(Application.E_RAPOR))
        .extracting(Finding::code, f -> f.subject().id())
        .containsExactly(tuple("ERAPOR-PD-NO-ROMBEL", "pd-sentinel"));
    ERaporAssessment a = r.details(Application.E_RAPOR, ERaporAssessment.class).orElseThrow();
    assertThat(a.rombel())
        .singleElement()
        .satisfies(rr -> assertThat(rr.memberCount()).isEqualTo(1));
    StudentPlacement p = a.placement().get(1);
    assertThat(p.status()).isEqualTo(PlacementStatus.NO_ROMBEL);
    assertThat(p.classRombelIds()).isEmpty();
    assertThat(p.rombonganBelajarId()).isEmpty();
    assertThat(p.rowRombonganBelajarId()).isEmpty();
  }

  @Test
  void staleRowRombelWithoutAnggotaRombelIdIsIgnored() {
    // A Java caller that copied a raw sentinel row: rombongan_belajar_id still set,
    // anggota_rombel_id empty.
    SchoolSnapshot s =
        school(
            BentukPendidikan.SMP,
            List.of(ptk("ptk-w", "WALI CONTOH")),
            List.of(
                pdIn("pd-s", "SISWA CONTOH", "r-7a"),
                pd("pd-x", "LAIN CONTOH").withRombonganBelajarId("r-7a")),
            List.of(kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")));
    List<Finding> f = findings(s, "ERAPOR-PD-NO-ROMBEL");
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.subject().id()).isEqualTo("pd-x");
              assertThat(x.value()).isEmpty();
            });
  }

  @Test
  void rowNamingARombelThatDoesNotListTheStudentIsStillNoRombelAndSaysSo() {
    SchoolSnapshot s =
        school(
            BentukPendidikan.SMP,
            List.of(ptk("ptk-w", "WALI CONTOH")),
            List.of(
                pdIn("pd-s", "SISWA CONTOH", "r-7a"),
                pdIn("pd-x", "LAIN CONTOH", "r-7a"),
                pdIn("pd-y", "JAUH CONTOH", "r-14")),
            List.of(kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")));
    Report r = check(s);
    assertThat(r.findings(Application.E_RAPOR))
        .extracting(Finding::code, f -> f.subject().id(), f -> f.value().orElse(""))
        .containsExactlyInAnyOrder(
            tuple("ERAPOR-PD-NO-ROMBEL", "pd-x", "r-7a"),
            tuple("ERAPOR-PD-NO-ROMBEL", "pd-y", "r-14"));
    ERaporAssessment a = r.details(Application.E_RAPOR, ERaporAssessment.class).orElseThrow();
    assertThat(a.placement())
        .extracting(StudentPlacement::pesertaDidikId, StudentPlacement::rowRombonganBelajarId)
        .contains(
            tuple("pd-x", java.util.Optional.of("r-7a")),
            tuple("pd-y", java.util.Optional.of("r-14")));
  }

  @Test
  void rombelListWinsOverASentinelRow() {
    SchoolSnapshot s =
        school(
            BentukPendidikan.SMP,
            List.of(ptk("ptk-w", "WALI CONTOH")),
            List.of(pd("pd-s", "SISWA CONTOH")),
            List.of(kelasLengkap("r-7a", "VII A", 7, "ptk-w", "pd-s")));
    assertThat(check(s).findings(Application.E_RAPOR)).isEmpty();
  }

  @Test
  void ekskulPembelajaranCarriedOverFromTheLastClassIsIgnored() {
    ImmutableRombel ix = kelasLengkap("r-9c", "IX C", 9, "ptk-w", "pd-s");
    ImmutableRombel futsal =
        ekskul("r-futsal", "Futsal", "ptk-w", "pd-s")
            .withPembelajaran(
                ix.pembelajaran().get(0),
                ix.pembelajaran().get(0),
                pembelajaran("pb-stale", "401000000", "Matematika", "ptk-pindah", 0),
                pembelajaran("pb-stale-2", "401000000", "Matematika", null, null));
    SchoolSnapshot s =
        school(
            BentukPendidikan.SMP,
            List.of(ptk("ptk-w", "WALI CONTOH")),
            List.of(pdIn("pd-s", "SISWA CONTOH", "r-9c")),
            List.of(ix, futsal));
    Report r = check(s);
    assertThat(r.findings(Application.E_RAPOR)).isEmpty();
    ERaporAssessment a = r.details(Application.E_RAPOR, ERaporAssessment.class).orElseThrow();
    assertThat(a.rombel())
        .extracting(
            RombelReadiness::rombonganBelajarId,
            RombelReadiness::kind,
            RombelReadiness::pembelajaranCount)
        .containsExactly(
            tuple("r-9c", RombelKind.CLASS, 1), tuple("r-futsal", RombelKind.EKSTRAKURIKULER, 0));
  }

  @Test
  void jenis14IsAClassAndElectiveIsNot() {
    for (BentukPendidikan bentuk : List.of(BentukPendidikan.SMK, BentukPendidikan.SMA)) {
      SchoolSnapshot s =
          school(
              bentuk,
              List.of(ptk("ptk-w", "WALI CONTOH")),
              List.of(pdIn("pd-s", "SISWA CONTOH", "r-x")),
              List.of(
                  kelasLengkap("r-x", "X TKJ 1", 10, "ptk-w", "pd-s"),
                  kelas("r-14", "X SKS", 10, "ptk-w")
                      .withJenisRombel(JenisRombel.of("14"))
                      .withAnggotaRombel(anggota("r-14", "pd-s"))
                      .withPembelajaran(pembelajaran("pb-14", "300110000", "BI", "ptk-w", 2)),
                  id.sinkron.erapor.fixture.Fixtures.pilihan("r-pil", "Pilihan", "ptk-w", "pd-s")));
      boolean smk = bentuk.equals(BentukPendidikan.SMK);
      // Dapodik counts jenis 14 as a class (both memberships listed); E-Rapor SMK pulls jenis 1, 8,
      // 9 only
      assertThat(
              check(s)
                  .details(Application.E_RAPOR, ERaporAssessment.class)
                  .orElseThrow()
                  .placement())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.classRombelIds()).containsExactly("r-x", "r-14");
                assertThat(p.pulledRombelIds())
                    .containsExactlyElementsOf(smk ? List.of("r-x") : List.of("r-x", "r-14"));
              });
      assertThat(findings(s, "ERAPOR-PD-MULTI-ROMBEL"))
          .extracting(f -> f.subject().id())
          .containsExactlyElementsOf(smk ? List.of() : List.of("pd-s"));
      assertThat(findings(s, "ERAPOR-ROMBEL-NOT-PULLED"))
          .extracting(f -> f.subject().id())
          .containsExactlyElementsOf(smk ? List.of("r-14") : List.of());
    }
  }
}
