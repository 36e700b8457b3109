package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;
import id.sinkron.profile.RegulationProfile;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * ARKAS-PD-TINGKAT-IMPLAUSIBLE (W, PD), for active students in a class rombel:
 *
 * <ul>
 *   <li>the student's age on the profile's {@link RegulationProfile#tingkatAgeDate()} of the tahun
 *       ajaran differs from the {@link RegulationProfile#usualAgeByTingkat() usual age} of their
 *       tingkat by more than the {@link RegulationProfile#tingkatAgeTolerance() tolerance} (so an
 *       accelerated student a year or two younger, or one who repeated a year, is not flagged); or
 *   <li>a new entrant of this tahun ajaran ({@code jenis_pendaftaran_id} 1 = siswa baru, entered on
 *       or after the age date) sits outside an {@link RegulationProfile#entryTingkat() entry
 *       tingkat}.
 * </ul>
 *
 * <p>Both usually mean a transfer pulled the wrong way into the wrong tingkat (operator cases
 * DV-08, EM-03), which in turn costs the BOSP age band. A student without birth date or tingkat is
 * skipped.
 *
 * <p>Arguments: {0} 0 for the age, 1 for the entry tingkat; {1} the tingkat; {2} the age in years;
 * {3} the usual age; {4} the tolerance.
 */
final class TingkatImplausibleRule implements ArkasRule {
  /** Dapodik's {@code jenis_pendaftaran_id} of a new entrant (siswa baru), DOMAIN.md §2.3. */
  static final String SISWA_BARU = "1";

  @Override
  public void check(BospAnalysis a, FindingSink out) {
    RegulationProfile p = a.ctx.profile();
    int startYear =
        a.ctx
            .snapshot()
            .semesterId()
            .map(s -> s.tahunAjaranStart())
            .orElseGet(() -> a.cutOff.getYear());
    LocalDate ageDate = p.tingkatAgeDate().atYear(startYear);
    for (Student s : a.students) {
      if (s.tingkat.isEmpty()) {
        continue;
      }
      int tingkat = s.tingkat.get();
      Optional<LocalDate> born = s.pd.tanggalLahir();
      Integer usual = p.usualAgeByTingkat().get(tingkat);
      if (born.isPresent() && usual != null && !born.get().isAfter(ageDate)) {
        int age = Period.between(born.get(), ageDate).getYears();
        if (Math.abs(age - usual) > p.tingkatAgeTolerance()) {
          out.finding(
                  ArkasCode.PD_TINGKAT_IMPLAUSIBLE,
                  ArkasCode.PD_TINGKAT_IMPLAUSIBLE.severity(),
                  s.subject())
              .field("tanggal_lahir")
              .args(0, tingkat, age, usual, p.tingkatAgeTolerance())
              .report();
          continue;
        }
      }
      boolean newEntrant =
          s.pd.jenisPendaftaranId().filter(SISWA_BARU::equals).isPresent()
              && s.pd.tanggalMasukSekolah().filter(d -> !d.isBefore(ageDate)).isPresent();
      if (newEntrant && !p.entryTingkat().contains(tingkat)) {
        out.finding(
                ArkasCode.PD_TINGKAT_IMPLAUSIBLE,
                ArkasCode.PD_TINGKAT_IMPLAUSIBLE.severity(),
                s.subject())
            .field("tingkat_pendidikan_id")
            .args(1, tingkat, "", "", p.tingkatAgeTolerance())
            .report();
      }
    }
  }
}
