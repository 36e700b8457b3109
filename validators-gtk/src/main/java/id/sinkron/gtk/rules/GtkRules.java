package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.gtk.BebanKerja;
import id.sinkron.gtk.LinearityTable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Info GTK rules, one per {@code GTK-*} code of RULES.md, in catalogue order. Used by
 * {@link id.sinkron.gtk.InfoGtkValidator}; not meant for other callers.
 *
 * @since 0.1
 */
public final class GtkRules {
  private GtkRules() {}

  /**
   * @param linearity the linearity table GTK-NOT-LINEAR uses
   * @return every rule (stateless, thread-safe)
   */
  public static List<Rule> all(LinearityTable linearity) {
    return List.of(
        new NikMissingRule(),
        new NikFormatRule(),
        new NikMismatchRule(),
        new NikDuplicateRule(),
        new NuptkMissingRule(),
        new NuptkFormatRule(),
        new NuptkDuplicateRule(),
        new NipFormatRule(),
        new NipMismatchRule(),
        new LoadBelowMinRule(),
        new LoadAboveMaxRule(),
        new LoadIndukLowRule(),
        new NoPembelajaranRule(),
        new HoursEmptyRombelRule(),
        new HoursClaimedTwiceRule(),
        new NotLinearRule(linearity),
        new CertIncompleteRule(),
        new CertDuplicateRule(),
        new QualificationRule(),
        new RetirementAgeRule(),
        new AgeImplausibleRule(),
        new StatusGtyNegeriRule(),
        new DutyIncompleteRule(),
        new DutyCapRule(),
        new KepsekSetupRule(),
        new NonIndukIncompleteRule());
  }

  /**
   * Runs {@code rules} over one school, computing the teachers' loads ({@link BebanKerja#forSchool})
   * once and passing them to every rule that reads them; the findings are those of running each rule
   * alone, in the same order.
   *
   * @param rules rules from {@link #all}
   * @param ctx the school
   * @param out where findings go
   * @return the loads, for the assessment
   * @throws NullPointerException if an argument is null
   */
  public static Map<String, BebanKerja> run(List<Rule> rules, RuleContext ctx, FindingSink out) {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(out, "out");
    Map<String, BebanKerja> loads = BebanKerja.forSchool(ctx);
    for (Rule r : rules) {
      if (r instanceof LoadRule l) {
        l.check(ctx, loads, out);
      } else {
        r.check(ctx, out);
      }
    }
    return loads;
  }
}
