package id.sinkron.dapodikgate.rules;

import id.sinkron.check.Rule;
import id.sinkron.dapodikgate.ValidationKind;
import java.util.List;

/** The gate's rules, in report order. */
public final class DapodikGateRules {
  private DapodikGateRules() {}

  /**
   * @return every rule of the gate; validation results are classified with the options' extra
   *     {@code KindMapping} (else the environment's, see {@code KindMapping.fromEnvironment()})
   */
  public static List<Rule> all() {
    return List.of(
        new ValidationResultRule(ValidationKind.INVALID),
        new ValidationResultRule(ValidationKind.WARNING),
        new ValidationResultRule(ValidationKind.UNCLASSIFIED),
        new KsRoleRule(),
        new LastSyncFailedRule(),
        new PendingChangesRule(),
        new EditedOutsideAppRule(),
        new RombelRatioRule(),
        new NameRules.ControlChars(),
        new NameRules.Digits(),
        new NameRules.NamaIbu(),
        new PnsKepegawaianRule());
  }
}
