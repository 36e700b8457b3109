package id.sinkron.dapodikgate.rules;

import id.sinkron.check.Rule;
import id.sinkron.dapodikgate.KindMapping;
import id.sinkron.dapodikgate.ValidationKind;
import java.util.List;

/** The gate's rules, in report order. */
public final class DapodikGateRules {
  private DapodikGateRules() {}

  /** @return every rule of the gate, validation results classified with {@code mapping} */
  public static List<Rule> all(KindMapping mapping) {
    return List.of(
        new ValidationResultRule(ValidationKind.INVALID, mapping),
        new ValidationResultRule(ValidationKind.WARNING, mapping),
        new ValidationResultRule(ValidationKind.UNCLASSIFIED, mapping),
        new KsRoleRule(),
        new LastSyncFailedRule(mapping),
        new PendingChangesRule(mapping),
        new EditedOutsideAppRule(mapping),
        new RombelRatioRule(),
        new NameRules.ControlChars(),
        new NameRules.Digits(),
        new NameRules.NamaIbu(),
        new PnsKepegawaianRule());
  }
}
