package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Subject;
import id.sinkron.identifier.IdentifierProblem;
import id.sinkron.identifier.Masking;
import id.sinkron.identifier.Nip;
import id.sinkron.model.Ptk;
import id.sinkron.model.Sekolah;
import id.sinkron.model.StatusKepegawaian;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * ARKAS-NIP-FORMAT: the kepala sekolah or Bendahara BOS (see {@link Duties}) is PNS/CPNS at a
 * negeri school and the NIP is not 18 digits: {@code Nip.check} reports {@code EMPTY}, {@code
 * NOT_DIGITS} or {@code WRONG_LENGTH}, which is what ARKAS's form rejects (DOMAIN.md §3.6, S11).
 * Deeper NIP problems (impossible date, sex digit) are GTK-NIP-FORMAT's. Not evaluated without the
 * school or its status; without duties the Bendahara BOS cannot be known, which is recorded as not
 * evaluated.
 */
final class NipFormatRule implements ArkasRule {
  private static final Set<IdentifierProblem> NOT_18_DIGITS =
      EnumSet.of(
          IdentifierProblem.EMPTY, IdentifierProblem.NOT_DIGITS, IdentifierProblem.WRONG_LENGTH);

  @Override
  public void check(BospAnalysis a, FindingSink out) {
    if (a.ctx.snapshot().sekolah().isEmpty()) {
      out.notEvaluated(ArkasCode.NIP_FORMAT, null, "arkas.reason.no.sekolah");
      return;
    }
    Sekolah sekolah = a.ctx.snapshot().sekolah().get();
    if (sekolah.statusSekolah().isEmpty()) {
      out.notEvaluated(ArkasCode.NIP_FORMAT, null, "arkas.reason.no.status.sekolah");
      return;
    }
    if (!sekolah.isNegeri()) {
      return;
    }
    if (!Duties.dutiesKnown(a.ctx)) {
      out.notEvaluated(ArkasCode.NIP_FORMAT, null, "arkas.reason.nip.bendahara.unknown");
    }
    for (Ptk p : a.ctx.snapshot().ptk()) {
      if (!p.statusKepegawaian().map(StatusKepegawaian::isPnsOrCpns).orElse(false)) {
        continue;
      }
      boolean kepsek = Duties.isKepalaSekolah(a.ctx, p);
      boolean bendahara = Duties.isBendaharaBos(a.ctx, p);
      if (!kepsek && !bendahara) {
        continue;
      }
      String raw = p.nip().orElse("");
      List<IdentifierProblem> problems = Nip.check(raw);
      if (problems.isEmpty() || !NOT_18_DIGITS.contains(problems.get(0))) {
        continue;
      }
      FindingSink.Draft d =
          out.finding(ArkasCode.NIP_FORMAT, ArkasCode.NIP_FORMAT.severity(), Subject.ptk(p))
              .field("nip")
              .args(
                  Texts.label(out, kepsek ? "kepsek" : "bendahara"), Texts.problem(out, problems));
      if (!raw.isBlank()) {
        d.value(Masking.maskIdentifier(raw));
      }
      d.report();
    }
  }
}
