package id.sinkron.erapor.rules;

import id.sinkron.check.Rule;
import id.sinkron.erapor.DapodikVersionTable;
import java.util.List;

/**
 * The list of E-Rapor rules, one per {@link id.sinkron.erapor.ERaporCode}, in RULES.md order.
 *
 * @since 0.1
 */
public final class ERaporRules {
  private ERaporRules() {}

  /**
   * @param versions the Dapodik version table for ERAPOR-DAPODIK-VERSION
   * @return every rule; the rules are stateless and thread-safe
   * @throws NullPointerException if versions is null
   */
  public static List<Rule> all(DapodikVersionTable versions) {
    return List.of(
        new PdNoRombelRule(),
        new PdMultiRombelRule(),
        new AnggotaOrphanRule(),
        new RombelNoWaliRule(),
        new RombelWaliUnknownRule(),
        new RombelEmptyRule(),
        new RombelNoPembelajaranRule(),
        new PembelajaranNoPtkRule(),
        new PembelajaranPtkUnknownRule(),
        new PembelajaranDuplicateRule(),
        new PembelajaranNoHoursRule(),
        new TingkatInvalidRule(),
        new KurikulumMissingRule(),
        new SemesterMismatchRule(),
        new ElectiveWaliMismatchRule(),
        new NameCharsRule(),
        new NisnDuplicateRule(),
        new WaliNoAccountRule(),
        new DapodikVersionRule(versions));
  }
}
