package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.AnggotaRombel;
import id.sinkron.model.Rombel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ERAPOR-ELECTIVE-WALI-MISMATCH (E-Rapor SMK up to 7.0.4): an elective rombel ({@code jenis_rombel}
 * 16) of the active semester with members whose regular class rombel has a wali who is not the
 * elective's wali (E-Rapor SMK up to 7.0.4 then dropped the subject from the printed report; fixed
 * by erapor7 86c9207, 2024-03-21). A member counts when at least one of their class rombel has a
 * wali; they mismatch when none of those walis is the elective's wali. One finding per elective
 * rombel; the value is the number of mismatching members.
 *
 * <p>Not evaluated when the input holds no elective rombel at all (the 2022 Web Service never
 * returns jenis 16), when the school's E-Rapor version is unknown or unreadable (supplement {@code
 * erapor_version}), or for E-Rapor SP (the behaviour is known for E-Rapor SMK only). No finding
 * from E-Rapor SMK 7.0.5 on.
 */
final class ElectiveWaliMismatchRule implements Rule {
  /** The last E-Rapor SMK release with the defect (the fix is erapor7 86c9207, 2024-03-21). */
  static final List<Integer> LAST_AFFECTED = List.of(7, 0, 4);

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (!PullPlan.of(ctx).smk()) {
      out.notEvaluated(ERaporCode.ELECTIVE_WALI_MISMATCH, null, "erapor.reason.elective.sp");
      return;
    }
    boolean anyElective =
        ctx.snapshot().rombel().stream().anyMatch(r -> r.jenisRombel().isElective());
    if (!anyElective) {
      out.notEvaluated(ERaporCode.ELECTIVE_WALI_MISMATCH, null, "erapor.reason.no.elective");
      return;
    }
    Optional<String> raw = ctx.snapshot().supplement().flatMap(s -> s.eraporVersion());
    if (raw.isEmpty()) {
      out.notEvaluated(ERaporCode.ELECTIVE_WALI_MISMATCH, null, "erapor.reason.no.erapor.version");
      return;
    }
    Optional<List<Integer>> version = parseVersion(raw.get());
    if (version.isEmpty()) {
      out.notEvaluated(
          ERaporCode.ELECTIVE_WALI_MISMATCH,
          null,
          "erapor.reason.erapor.version.unparseable",
          raw.get().strip());
      return;
    }
    if (compare(version.get(), LAST_AFFECTED) > 0) {
      return;
    }
    for (Rombel r : ctx.snapshot().rombel()) {
      if (!r.jenisRombel().isElective() || !ctx.index().isActiveSemester(r)) {
        continue;
      }
      Optional<String> wali = r.ptkId();
      int considered = 0;
      int mismatched = 0;
      Set<String> seen = new HashSet<>();
      for (AnggotaRombel a : r.anggotaRombel()) {
        if (!seen.add(a.pesertaDidikId())) {
          continue;
        }
        Set<String> classWalis = new HashSet<>();
        for (Rombel c : ctx.index().classRombelsOf(a.pesertaDidikId())) {
          c.ptkId().ifPresent(classWalis::add);
        }
        if (classWalis.isEmpty()) {
          continue;
        }
        considered++;
        if (wali.isEmpty() || !classWalis.contains(wali.get())) {
          mismatched++;
        }
      }
      if (mismatched > 0) {
        Emit.finding(
                ctx, out, ERaporCode.ELECTIVE_WALI_MISMATCH, Severity.WARNING, Subject.rombel(r))
            .field("ptk_id")
            .value(Integer.toString(mismatched))
            .args(Integer.toString(mismatched), Integer.toString(considered), raw.get().strip())
            .report();
      }
    }
  }

  /**
   * @param raw an E-Rapor version such as {@code 7.0.4}, {@code v7.0.3} or {@code 8.0}
   * @return its numeric parts, or empty when it is not dotted digits
   */
  static Optional<List<Integer>> parseVersion(String raw) {
    String t = raw.strip();
    if (t.startsWith("v") || t.startsWith("V")) {
      t = t.substring(1);
    }
    if (!t.matches("[0-9]{1,4}(\\.[0-9]{1,4}){0,3}")) {
      return Optional.empty();
    }
    List<Integer> parts = new ArrayList<>();
    for (String p : t.split("\\.")) {
      parts.add(Integer.parseInt(p));
    }
    return Optional.of(parts);
  }

  /** Compares dotted versions, missing parts being 0. */
  static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      int x = i < a.size() ? a.get(i) : 0;
      int y = i < b.size() ? b.get(i) : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }
}
