package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;
import id.sinkron.identifier.Nik;
import id.sinkron.identifier.NikMismatch;

/**
 * ARKAS-PD-NIK-MISMATCH (W, PD): an active student's NIK of valid format whose date segment (day
 * +40 for girls) disagrees with {@code tanggal_lahir}, or whose sex disagrees with {@code
 * jenis_kelamin}; one finding per mismatch, with the same cross-check as the identifier API ({@link
 * Nik#crossCheck}).
 *
 * <p>Arguments: {0} 0 for the birth date, 1 for the sex.
 */
final class NikMismatchRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    for (Student s : a.students) {
      if (s.nik == null) {
        continue;
      }
      Nik nik = Nik.parse(s.nik);
      for (NikMismatch m :
          nik.crossCheck(s.pd.tanggalLahir().orElse(null), s.pd.jenisKelamin().orElse(null))) {
        boolean date = m == NikMismatch.BIRTH_DATE;
        out.finding(ArkasCode.PD_NIK_MISMATCH, ArkasCode.PD_NIK_MISMATCH.severity(), s.subject())
            .field(date ? "tanggal_lahir" : "jenis_kelamin")
            .value(nik.masked())
            .args(date ? 0 : 1)
            .report();
      }
    }
  }
}
