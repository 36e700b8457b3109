package id.sinkron.gtk.rules;

import id.sinkron.check.Rule;
import id.sinkron.gtk.LinearityTable;
import java.util.List;

/**
 * The Info GTK rules, one per {@code GTK-*} code of RULES.md, in catalogue order. Used by {@link
 * id.sinkron.gtk.InfoGtkValidator}; not meant for other callers.
 *
 * @since 0.1
 */
public final class GtkRules {
  private GtkRules() {}

  /**
   * @param linearity the linearity table GTK-NOT-LINEAR uses unless the check's options carry a
   *     {@link LinearityTable} extra
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
        new NonIndukIncompleteRule(),
        new HoursAboveCurriculumRule(),
        new NuptkTemporaryRule(),
        new TatapMukaMinRule(),
        new JenisPtkMissingRule(),
        new DutyNotCountedRule(),
        new HoursElectiveEmptyRule());
  }
}
