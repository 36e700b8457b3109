package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.erapor.ERaporVariant;
import java.util.Locale;

/**
 * Starts E-Rapor findings with the basis of the predicted variant ({@link
 * ERaporCode#basis(ERaporVariant)}), and renders the per-variant parts of messages: a message whose
 * text depends on what we know of the variant takes a clause from {@code <key>.smk} or {@code
 * <key>.sp}, so an SP message never claims E-Rapor behaviour seen only in the SMK source.
 */
final class Emit {
  private Emit() {}

  /** A finding draft with the variant's basis. */
  static FindingSink.Draft finding(
      RuleContext ctx, FindingSink out, ERaporCode code, Severity severity, Subject subject) {
    ERaporVariant v = PullPlan.of(ctx).variant();
    if (!code.appliesTo(v)) {
      throw new IllegalStateException(code.code() + " is not emitted for E-Rapor " + v);
    }
    return out.finding(code, severity, subject).basis(code.basis(v));
  }

  /**
   * @param key a message key without the variant suffix
   * @return the clause {@code <key>.smk} or {@code <key>.sp} for the predicted variant
   */
  static String clause(RuleContext ctx, FindingSink out, String key, Object... args) {
    return out.messages()
        .format(key + "." + PullPlan.of(ctx).variant().name().toLowerCase(Locale.ROOT), args);
  }
}
