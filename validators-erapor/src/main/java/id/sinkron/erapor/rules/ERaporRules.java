package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
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

  /**
   * Runs {@code rules} over one school, placing the active students ({@code Membership.placementOf})
   * once and passing the placements to every rule that reads them; the findings are those of running
   * each rule alone, in the same order.
   *
   * @param rules rules from {@link #all}
   * @param ctx the school
   * @param out where findings go
   * @return the placement of every active student, in input order, for the assessment
   * @throws NullPointerException if an argument is null
   */
  public static List<StudentPlacement> run(List<Rule> rules, RuleContext ctx, FindingSink out) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(out, "out");
    List<PlacedStudent> students = PlacedStudent.of(ctx);
    for (Rule r : rules) {
      if (r instanceof PlacementRule p) {
        p.check(ctx, students, out);
      } else {
        r.check(ctx, out);
      }
    }
    List<StudentPlacement> placements = new ArrayList<>(students.size());
    for (PlacedStudent s : students) {
      placements.add(s.placement());
    }
    return placements;
  }
}
