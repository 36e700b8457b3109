package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.Endpoint;
import id.sinkron.model.Rombel;

/**
 * ERAPOR-WALI-NO-ACCOUNT (SP only): the wali of a class rombel the variant pulls is an active PTK
 * without a user account in getPengguna. Not evaluated without getPengguna. An unknown wali is left
 * to ERAPOR-ROMBEL-WALI-UNKNOWN (getPengguna skips users of PTK absent from getGtk anyway). Not
 * emitted for E-Rapor SMK, which makes its own accounts from its copy of the PTK ({@code
 * SettingController} {@code generate_ptk} :372).
 */
final class WaliNoAccountRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (PullPlan.of(ctx).smk()) {
      return;
    }
    if (!ctx.snapshot().has(Endpoint.PENGGUNA)) {
      out.notEvaluated(ERaporCode.WALI_NO_ACCOUNT, null, "erapor.reason.no.pengguna");
      return;
    }
    for (Rombel r : Scope.pulledClasses(ctx)) {
      if (r.ptkId().isEmpty()) {
        continue;
      }
      String id = r.ptkId().get();
      if (ctx.index().ptk(id).isPresent() && ctx.index().penggunaOf(id).isEmpty()) {
        Emit.finding(ctx, out, ERaporCode.WALI_NO_ACCOUNT, Severity.WARNING, Subject.rombel(r))
            .field("ptk_id")
            .value(id)
            .report();
      }
    }
  }
}
