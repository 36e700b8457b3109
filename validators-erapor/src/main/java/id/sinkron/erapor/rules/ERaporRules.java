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
   * @param versions the Dapodik version table for ERAPOR-DAPODIK-VERSION, unless the check's
   *     options carry a {@link DapodikVersionTable} extra
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
        new RombelNotPulledRule(),
        new WaliRoleMissingRule(),
        new RombelEmptyRule(),
        new RombelNoPembelajaranRule(),
        new PembelajaranNoPtkRule(),
        new PembelajaranPtkUnknownRule(),
        new PembelajaranDuplicateRule(),
        new TingkatInvalidRule(),
        new KurikulumMissingRule(),
        new SemesterMismatchRule(),
        new EkskulNoPembinaRule(),
        new EkskulPembinaUnknownRule(),
        new EkskulNoRuangRule(),
        new ElectiveWaliMismatchRule(),
        new NameCharsRule(),
        new NisnDuplicateRule(),
        new PdNoNipdRule(),
        new PtkNoNuptkRule(),
        new WaliNoAccountRule(),
        new DapodikVersionRule(versions));
  }

  /**
   * @param ctx the school
   * @return the E-Rapor variant the check predicts (from the options, else the school)
   * @throws NullPointerException if ctx is null
   * @since 0.2
   */
  public static id.sinkron.erapor.ERaporVariant variant(RuleContext ctx) {
    return PullPlan.of(Objects.requireNonNull(ctx, "ctx")).variant();
  }

  /**
   * @param ctx the school
   * @param rombel a rombel of the school
   * @return why the predicted variant does not pull it; empty when it does
   * @throws NullPointerException if an argument is null
   * @since 0.2
   */
  public static java.util.Optional<id.sinkron.erapor.NotPulledReason> notPulled(
      RuleContext ctx, id.sinkron.model.Rombel rombel) {
    return PullPlan.of(Objects.requireNonNull(ctx, "ctx"))
        .reason(Objects.requireNonNull(rombel, "rombel"));
  }

  /**
   * @param ctx the school
   * @return the placement of every active student, in input order: the one the rules of this check
   *     read
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
