package id.sinkron.gtk.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.gtk.GtkCode;
import id.sinkron.identifier.IdentifierProblem;
import id.sinkron.identifier.Masking;
import id.sinkron.identifier.Nip;
import id.sinkron.model.Ptk;
import id.sinkron.model.StatusKepegawaian;
import java.util.List;

/**
 * GTK-NIP-FORMAT (B, PTK), for every PTK with a known status: PNS/CPNS ({1, 2, 3, 10}) whose NIP is
 * not a valid PNS NIP ({@link Nip#checkPns}: empty, length, date, TMT, sex digit, serial, PPPK
 * form) — argument {0} = 0; PPPK (11) with a filled NIP that is not a valid NIP of either form —
 * {0} = 1 (an empty PPPK NIP is not reported: the PPPK rule is uncertain, DOMAIN.md §3.6); any
 * other status with a NIP filled — {0} = 2.
 */
final class NipFormatRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : Gtk.ptk(ctx)) {
      if (p.statusKepegawaian().isEmpty()) {
        continue;
      }
      StatusKepegawaian status = p.statusKepegawaian().get();
      String raw = p.nip().orElse(null);
      boolean empty = Nip.check(raw).contains(IdentifierProblem.EMPTY);
      if (status.isPnsOrCpns()) {
        List<IdentifierProblem> problems = Nip.checkPns(raw);
        if (!problems.isEmpty()) {
          report(out, p, raw, 0, Gtk.describe(out, problems));
        }
      } else if (status.isPppk()) {
        List<IdentifierProblem> problems = Nip.check(raw);
        if (!empty && !problems.isEmpty()) {
          report(out, p, raw, 1, Gtk.describe(out, problems));
        }
      } else if (!empty) {
        report(out, p, raw, 2, "");
      }
    }
  }

  private static void report(FindingSink out, Ptk p, String raw, int kind, String problems) {
    out.finding(GtkCode.NIP_FORMAT, Severity.BLOCKER, Subject.ptk(p))
        .field("nip")
        .value(Masking.maskIdentifier(raw))
        .args(kind, problems)
        .report();
  }
}
