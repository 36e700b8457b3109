package id.sinkron.arkas.rules;

import id.sinkron.arkas.ArkasCode;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Subject;
import id.sinkron.identifier.IdentifierProblem;
import id.sinkron.identifier.Npsn;
import id.sinkron.model.Sekolah;
import java.util.List;

/**
 * ARKAS-NPSN-FORMAT: the school's NPSN is not valid ({@code Npsn.check}: 8 digits, no placeholder);
 * ARKAS rejects it. The NPSN is a public school identifier, shown as given. Not evaluated without
 * the school.
 */
final class NpsnFormatRule implements ArkasRule {
  @Override
  public void check(BospAnalysis a, FindingSink out) {
    if (a.ctx.snapshot().sekolah().isEmpty()) {
      out.notEvaluated(ArkasCode.NPSN_FORMAT, null, "arkas.reason.no.sekolah");
      return;
    }
    Sekolah sekolah = a.ctx.snapshot().sekolah().get();
    String raw = sekolah.npsn().orElse("");
    List<IdentifierProblem> problems = Npsn.check(raw);
    if (!problems.isEmpty()) {
      FindingSink.Draft d =
          out.finding(
                  ArkasCode.NPSN_FORMAT, ArkasCode.NPSN_FORMAT.severity(), Subject.sekolah(sekolah))
              .field("npsn")
              .args(Texts.problem(out, problems));
      if (!raw.isBlank()) {
        d.value(raw.strip());
      }
      d.report();
    }
  }
}
