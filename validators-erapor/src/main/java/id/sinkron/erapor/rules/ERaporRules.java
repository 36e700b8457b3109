package id.sinkron.erapor.rules;

import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.erapor.DapodikVersionTable;
import id.sinkron.erapor.StudentPlacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The list of E-Rapor rules, one per {@link id.sinkron.erapor.ERaporCode}, in RULES.md order.
 *
 * @since 0.1
 */
public final class ERaporRules {
  private ERaporRules() {}

  /**
   * @param versions the Dapodik version table for ERAPOR-DAPODIK-VERSION, unless the check's options
   *     carry a {@link DapodikVersionTable} extra
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

  /**
   * @param ctx the school
   * @return the placement of every active student, in input order: the one the rules of this check read
   * @throws NullPointerException if ctx is null
   */
  public static List<StudentPlacement> placements(RuleContext ctx) {
    List<PlacedStudent> students = PlacedStudent.of(Objects.requireNonNull(ctx, "ctx"));
    List<StudentPlacement> placements = new ArrayList<>(students.size());
    for (PlacedStudent s : students) {
      placements.add(s.placement());
    }
    return placements;
  }
}
