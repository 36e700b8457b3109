package id.sinkron.bosmadrasah;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.emis.EmisExport;
import id.sinkron.identifier.JenisMadrasah;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.KemenagProfile;
import id.sinkron.testkit.EmisDefect;
import id.sinkron.testkit.EmisExportGenerator;
import id.sinkron.testkit.EmisExportGenerator.EmisRow;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The BOS Madrasah count on generated EMIS exports. */
class CounterTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 9, 10);

  static SchoolSnapshot read(EmisExportGenerator g) {
    return EmisExport.read(new ByteArrayInputStream(g.toBytes()), "siswa.xlsx", g.nsm());
  }

  private static BosMadrasahCount count(EmisExportGenerator g) {
    return Counter.analyse(read(g), KemenagProfile.bundled(), AS_OF).count();
  }

  @Test
  void cleanExportCountsEveryActiveStudentPerTingkat() {
    EmisExportGenerator g = EmisExportGenerator.madrasah(JenisMadrasah.MTS, 1).inactive(3);
    BosMadrasahCount c = count(g);
    assertThat(c.students()).isEqualTo(g.rows().size()).isEqualTo(21);
    assertThat(c.active()).isEqualTo(18);
    assertThat(c.countable()).isEqualTo(18);
    assertThat(c.countableByTingkat())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(7, 6),
            org.assertj.core.api.Assertions.entry(8, 6),
            org.assertj.core.api.Assertions.entry(9, 6));
    assertThat(c.excluded()).isEmpty();
    assertThat(c.overCapAtRisk()).isZero();
    assertThat(c.jenis()).contains(JenisMadrasah.MTS);
    assertThat(c.nsm()).isEqualTo(g.nsm());
    assertThat(c.daysToWindowEnd()).isEqualTo(20);
    assertThat(c.daysToBapDeadline()).isEqualTo(20);
    assertThat(c.profile()).isEqualTo(KemenagProfile.BOS_MADRASAH_2026);
  }

  @Test
  void noRombelAndDuplicatesAreExcludedWithTheirReason() {
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(JenisMadrasah.MI, 4)
            .with(
                EmisDefect.BARE_KELAS,
                EmisDefect.STATUS_AKTIF_TANPA_ROMBEL,
                EmisDefect.DUPLICATE_NISN);
    SchoolSnapshot s = read(g);
    BosMadrasahCount c = Counter.analyse(s, KemenagProfile.bundled(), AS_OF).count();
    long active = g.rows().stream().filter(EmisRow::active).count();
    assertThat(c.active()).isEqualTo((int) active);
    assertThat(c.excluded().get(Exclusion.NO_ROMBEL)).hasSize(2);
    assertThat(c.excluded().get(Exclusion.DUPLICATE))
        .singleElement()
        .satisfies(e -> assertThat(e.maskedName()).contains("*"));
    assertThat(c.countable()).isEqualTo(active - 3);
  }

  @Test
  void studentsBeyondTheCapAreAtRiskButCounted() {
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(JenisMadrasah.MA, 2).with(EmisDefect.ROMBEL_OVER_CAP);
    BosMadrasahCount c = count(g);
    assertThat(c.countableByTingkat().get(10)).isEqualTo(37);
    assertThat(c.overCapAtRisk()).isEqualTo(1);
  }

  @Test
  void anInvalidNsmLeavesTheLevelAndCapUnknown() {
    EmisExportGenerator g =
        EmisExportGenerator.madrasah(JenisMadrasah.MA, 2).with(EmisDefect.ROMBEL_OVER_CAP);
    SchoolSnapshot s =
        EmisExport.read(new ByteArrayInputStream(g.toBytes()), "x.xlsx", "141232050001");
    BosMadrasahCount c = Counter.analyse(s, KemenagProfile.bundled(), AS_OF).count();
    assertThat(c.jenis()).isEmpty();
    assertThat(c.overCapAtRisk()).isZero();
    assertThat(c.countable()).isEqualTo(g.rows().size());
  }
}
