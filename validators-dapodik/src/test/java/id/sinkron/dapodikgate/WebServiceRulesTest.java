package id.sinkron.dapodikgate;

import static id.sinkron.dapodikgate.Gate.check;
import static id.sinkron.dapodikgate.Gate.findings;
import static id.sinkron.dapodikgate.Gate.notEvaluated;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.check.Finding;
import id.sinkron.check.NotEvaluated;
import id.sinkron.check.Report;
import id.sinkron.check.SubjectKind;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutablePengguna;
import id.sinkron.model.ImmutablePesertaDidik;
import id.sinkron.model.ImmutablePtk;
import id.sinkron.model.ImmutableRombel;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.Pengguna;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import id.sinkron.model.Rombel;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.model.StatusKepegawaian;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gate's rules computed from Web Service data (they run without any local export). */
class WebServiceRulesTest {
  static final SchoolSnapshot SMP = Gate.smp();

  static SchoolSnapshot withPd(
      SchoolSnapshot s, int i, java.util.function.UnaryOperator<ImmutablePesertaDidik> change) {
    List<PesertaDidik> pd = new ArrayList<>(s.pesertaDidik());
    pd.set(i, change.apply(ImmutablePesertaDidik.copyOf(pd.get(i))));
    return ImmutableSchoolSnapshot.copyOf(s).withPesertaDidik(pd);
  }

  static SchoolSnapshot withPtk(
      SchoolSnapshot s, Ptk p, java.util.function.UnaryOperator<ImmutablePtk> change) {
    List<Ptk> all = new ArrayList<>();
    for (Ptk x : s.ptk()) {
      all.add(x.ptkId().equals(p.ptkId()) ? change.apply(ImmutablePtk.copyOf(x)) : x);
    }
    return ImmutableSchoolSnapshot.copyOf(s).withPtk(all);
  }

  static Ptk kepsek(SchoolSnapshot s) {
    return s.ptk().stream()
        .filter(p -> p.jenisPtk().map(j -> j.isKepalaSekolah()).orElse(false))
        .findFirst()
        .get();
  }

  @Test
  void extraParallelRombelAtAnEntryTingkatAreFlaggedWithTheProfileCap() {
    Report clean = check(SMP);
    assertThat(findings(clean, DapodikGateCode.ROMBEL_RATIO)).isEmpty();
    List<Rombel> grade7 =
        SMP.rombel().stream()
            .filter(r -> r.isClass() && r.tingkatPendidikanId().equals(Optional.of(7)))
            .toList();
    Set<String> members =
        grade7.stream()
            .flatMap(r -> r.anggotaRombel().stream())
            .map(a -> a.pesertaDidikId())
            .collect(Collectors.toCollection(HashSet::new));
    int allowed = (members.size() + 31) / 32;
    assertThat(grade7.size()).isLessThanOrEqualTo(allowed);
    List<Rombel> rombel = new ArrayList<>(SMP.rombel());
    int extra = allowed - grade7.size() + 1;
    for (int i = 0; i < extra; i++) {
      rombel.add(
          ImmutableRombel.copyOf(grade7.get(0))
              .withRombonganBelajarId("rombel-tambahan-" + i)
              .withNama("VII Tambahan " + i)
              .withAnggotaRombel(List.of())
              .withPembelajaran(List.of()));
    }
    Report r = check(ImmutableSchoolSnapshot.copyOf(SMP).withRombel(rombel));
    Finding f = findings(r, DapodikGateCode.ROMBEL_RATIO).get(0);
    assertThat(f.subject().kind()).isEqualTo(SubjectKind.SEKOLAH);
    assertThat(f.arguments())
        .containsExactly(
            "7",
            Integer.toString(allowed + 1),
            Integer.toString(members.size()),
            "32",
            Integer.toString(allowed),
            "SMP");
    assertThat(f.reference()).hasValueSatisfying(ref -> assertThat(ref).contains("AR-03"));
    assertThat(findings(r, DapodikGateCode.ROMBEL_RATIO)).hasSize(1);
  }

  @Test
  void anEntryTingkatWithoutStudentsIsLeftAlone() {
    List<Rombel> rombel = new ArrayList<>();
    for (Rombel r : SMP.rombel()) {
      rombel.add(
          r.tingkatPendidikanId().equals(Optional.of(7))
              ? ImmutableRombel.copyOf(r).withAnggotaRombel(List.of())
              : r);
    }
    Report r = check(ImmutableSchoolSnapshot.copyOf(SMP).withRombel(rombel));
    assertThat(findings(r, DapodikGateCode.ROMBEL_RATIO)).isEmpty();
  }

  @Test
  void exactlyOneKepalaSekolahAccountLinkedToTheKepalaSekolahPasses() {
    assertThat(findings(check(SMP), DapodikGateCode.KS_ROLE)).isEmpty();
    assertThat(SMP.pengguna()).anySatisfy(u -> assertThat(u.peran()).contains("Kepala Sekolah"));
  }

  @Test
  void aDuplicatedOrMissingKepalaSekolahAccountBlocksTheSync() {
    Ptk ks = kepsek(SMP);
    List<Pengguna> two = new ArrayList<>(SMP.pengguna());
    two.add(
        ImmutablePengguna.builder()
            .penggunaId("user-ks-2")
            .peran("Kepala Sekolah")
            .ptkId(ks.ptkId())
            .build());
    Report dup = check(ImmutableSchoolSnapshot.copyOf(SMP).withPengguna(two));
    assertThat(findings(dup, DapodikGateCode.KS_ROLE))
        .singleElement()
        .satisfies(f -> assertThat(f.value()).contains("2"));
    assertThat(Gate.gate(dup).status()).isEqualTo(DapodikGate.Status.WILL_REFUSE);

    List<Pengguna> none =
        SMP.pengguna().stream().filter(u -> !u.peran().orElse("").contains("Kepala")).toList();
    // a Kepala Sekolah role held by someone else does not count
    List<Pengguna> wrong = new ArrayList<>(none);
    Ptk other = SMP.ptk().stream().filter(p -> !p.ptkId().equals(ks.ptkId())).findFirst().get();
    wrong.add(
        ImmutablePengguna.builder()
            .penggunaId("user-x")
            .peran("Kepala Sekolah")
            .ptkId(other.ptkId())
            .build());
    Report missing = check(ImmutableSchoolSnapshot.copyOf(SMP).withPengguna(wrong));
    assertThat(findings(missing, DapodikGateCode.KS_ROLE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.value()).contains("0");
              assertThat(f.arguments().get(2)).isEqualTo("1");
            });
  }

  @Test
  void anEmptyUserListIsNotEvidenceOfAMissingAccount() {
    Report r = check(ImmutableSchoolSnapshot.copyOf(SMP).withPengguna(List.of()));
    assertThat(findings(r, DapodikGateCode.KS_ROLE)).isEmpty();
    assertThat(notEvaluated(r, DapodikGateCode.KS_ROLE))
        .extracting(NotEvaluated::reasonKey)
        .containsExactly("dapodik.reason.pengguna.empty");
  }

  @Test
  void withoutGetPenggunaTheKsRoleIsNotEvaluated() {
    Set<Endpoint> endpoints = new HashSet<>(SMP.endpoints());
    endpoints.remove(Endpoint.PENGGUNA);
    Report r =
        check(ImmutableSchoolSnapshot.copyOf(SMP).withPengguna(List.of()).withEndpoints(endpoints));
    assertThat(findings(r, DapodikGateCode.KS_ROLE)).isEmpty();
    assertThat(notEvaluated(r, DapodikGateCode.KS_ROLE))
        .extracting(NotEvaluated::reasonKey)
        .containsExactly("dapodik.reason.no.pengguna");
  }

  @Test
  void namesWithTabsLineBreaksOrDigits() {
    SchoolSnapshot s = withPd(SMP, 0, p -> p.withNama("Siti\tAminah"));
    s = withPd(s, 1, p -> p.withNama("Budi\nSantoso 2"));
    Ptk guru = s.ptk().get(0);
    s = withPtk(s, guru, p -> p.withNama("Ahmad 3"));
    Report r = check(s);
    List<Finding> control = findings(r, DapodikGateCode.NAME_CONTROL_CHARS);
    assertThat(control)
        .extracting(f -> f.subject().id())
        .containsExactlyInAnyOrder(
            s.pesertaDidik().get(0).pesertaDidikId(), s.pesertaDidik().get(1).pesertaDidikId());
    assertThat(control)
        .extracting(f -> f.arguments().get(0))
        .containsExactlyInAnyOrder("tab", "baris baru");
    assertThat(findings(r, DapodikGateCode.NAME_DIGITS))
        .extracting(f -> f.subject().kind(), f -> f.subject().id())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                SubjectKind.PD, s.pesertaDidik().get(1).pesertaDidikId()),
            org.assertj.core.groups.Tuple.tuple(SubjectKind.PTK, guru.ptkId()));
    // the name never appears in the message
    assertThat(control.get(0).message()).doesNotContain("Siti", "Aminah");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "NULL|kosong",
        "'  '|kosong",
        "-|berisi isian pengganti, bukan nama",
        "Ibu Siti|mengandung kata \"ibu\"",
        "IBU|mengandung kata \"ibu\"",
        "tidak tahu|berisi isian pengganti, bukan nama",
        "xxxx|berisi isian pengganti, bukan nama",
        "Siti Ibunda|OK",
        "Ibnu Hajar|OK",
        "Sri|OK"
      })
  void mothersNameEmptyHoldingIbuOrAPlaceholder(String namaIbu, String expected) {
    SchoolSnapshot s = withPd(SMP, 2, p -> p.withNamaIbu(Optional.ofNullable(namaIbu)));
    List<Finding> f = findings(check(s), DapodikGateCode.NAMA_IBU_INVALID);
    if (expected.equals("OK")) {
      assertThat(f).isEmpty();
    } else {
      assertThat(f)
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.subject().id()).isEqualTo(s.pesertaDidik().get(2).pesertaDidikId());
                assertThat(x.arguments()).containsExactly(expected);
              });
    }
  }

  @Test
  void aPnsWithoutPangkatGolonganIsIncomplete() {
    Ptk guru =
        SMP.ptk().stream().filter(p -> !p.jenisPtk().get().isKepalaSekolah()).findFirst().get();
    SchoolSnapshot s =
        withPtk(
            SMP,
            guru,
            p ->
                p.withStatusKepegawaian(StatusKepegawaian.PNS)
                    .withPangkatGolonganTerakhir(Optional.empty())
                    .withRwyKepangkatan(List.of()));
    assertThat(findings(check(s), DapodikGateCode.PNS_KEPEGAWAIAN_INCOMPLETE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.subject().id()).isEqualTo(guru.ptkId());
              assertThat(f.arguments()).containsExactly("1");
            });
    SchoolSnapshot withPangkat = withPtk(s, guru, p -> p.withPangkatGolonganTerakhir("III/a"));
    assertThat(findings(check(withPangkat), DapodikGateCode.PNS_KEPEGAWAIAN_INCOMPLETE)).isEmpty();
    SchoolSnapshot honorer =
        withPtk(s, guru, p -> p.withStatusKepegawaian(StatusKepegawaian.GURU_HONOR_SEKOLAH));
    assertThat(findings(check(honorer), DapodikGateCode.PNS_KEPEGAWAIAN_INCOMPLETE)).isEmpty();
  }
}
