package id.sinkron.bosmadrasah;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.CheckOptions;
import id.sinkron.model.SchoolSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * The BOS Madrasah count of one madrasah, without a full report: the same count the validator
 * returns as {@code details.BOS_MADRASAH}, through the facade (so options, applicability and
 * missing input are handled once).
 *
 * <pre>{@code
 * SchoolSnapshot madrasah = EmisExport.read(Path.of("siswa.xlsx"), "121232050041");
 * BosMadrasahCount c = BosMadrasah.count(madrasah);
 * c.countable(); c.excluded();
 * }</pre>
 *
 * @since 0.2
 */
public final class BosMadrasah {
  private BosMadrasah() {}

  /**
   * Counts with default options (today, the bundled Kemenag profile).
   *
   * @param school a snapshot read from an EMIS export
   * @return the count
   * @throws id.sinkron.check.ApplicationNotEvaluatedException when the snapshot is not a madrasah's
   *     (not applicable) or misses input
   */
  public static BosMadrasahCount count(SchoolSnapshot school) {
    return count(school, CheckOptions.defaults());
  }

  /**
   * Counts with the given options (reference date; a {@code KemenagProfile} extra overrides the
   * bundled profile).
   *
   * @param school a snapshot read from an EMIS export
   * @param options the options
   * @return the count
   * @throws id.sinkron.check.ApplicationNotEvaluatedException when the snapshot is not a madrasah's
   *     (not applicable) or misses input
   */
  public static BosMadrasahCount count(SchoolSnapshot school, CheckOptions options) {
    Objects.requireNonNull(school, "school");
    return Sinkron.checker()
        .validators(List.of(new BosMadrasahValidator()))
        .options(Objects.requireNonNull(options, "options"))
        .assess(school, Application.BOS_MADRASAH, BosMadrasahCount.class);
  }
}
