package id.sinkron.dapodikgate.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Subject;
import id.sinkron.dapodikgate.DapodikGateCode;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The name rules computed from Web Service data (they always run). */
final class NameRules {
  private NameRules() {}

  /**
   * DAPODIK-NAME-CONTROL-CHARS: a PD or PTK name holding a tab, line break or other control
   * character.
   */
  static final class ControlChars implements Rule {
    private static final DapodikGateCode CODE = DapodikGateCode.NAME_CONTROL_CHARS;

    @Override
    public void check(RuleContext ctx, FindingSink out) {
      for (PesertaDidik p : ctx.snapshot().pesertaDidik()) {
        report(out, Subject.pd(p), p.nama());
      }
      for (Ptk p : ctx.snapshot().ptk()) {
        report(out, Subject.ptk(p), p.nama());
      }
    }

    private static void report(FindingSink out, Subject s, String name) {
      Set<String> kinds = new LinkedHashSet<>();
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c == '\t') {
          kinds.add(out.messages().format("dapodik.char.tab"));
        } else if (c == '\n' || c == '\r') {
          kinds.add(out.messages().format("dapodik.char.newline"));
        } else if (Character.isISOControl(c)) {
          kinds.add(out.messages().format("dapodik.char.control"));
        }
      }
      if (!kinds.isEmpty()) {
        out.finding(CODE, CODE.severity(), s).field("nama").args(String.join(", ", kinds)).report();
      }
    }
  }

  /** DAPODIK-NAME-DIGITS: a PD or PTK name holding a digit. */
  static final class Digits implements Rule {
    private static final DapodikGateCode CODE = DapodikGateCode.NAME_DIGITS;

    @Override
    public void check(RuleContext ctx, FindingSink out) {
      for (PesertaDidik p : ctx.snapshot().pesertaDidik()) {
        if (hasDigit(p.nama())) {
          out.finding(CODE, CODE.severity(), Subject.pd(p)).field("nama").report();
        }
      }
      for (Ptk p : ctx.snapshot().ptk()) {
        if (hasDigit(p.nama())) {
          out.finding(CODE, CODE.severity(), Subject.ptk(p)).field("nama").report();
        }
      }
    }

    private static boolean hasDigit(String s) {
      return s.chars().anyMatch(Character::isDigit);
    }
  }

  /**
   * DAPODIK-NAMA-IBU-INVALID: a student's {@code nama_ibu_kandung} empty, holding the word "ibu",
   * or a placeholder (no letters, one letter repeated, or a "don't know" text).
   */
  static final class NamaIbu implements Rule {
    private static final DapodikGateCode CODE = DapodikGateCode.NAMA_IBU_INVALID;
    private static final Pattern WORD_IBU = Pattern.compile("(?iu)(^|[^\\p{L}])ibu([^\\p{L}]|$)");
    private static final Set<String> PLACEHOLDERS =
        Set.of(
            "tidak tahu",
            "tidak diketahui",
            "tdk tahu",
            "tidak ada",
            "belum ada",
            "tanpa nama",
            "nn",
            "xxx",
            "ibu kandung");

    @Override
    public void check(RuleContext ctx, FindingSink out) {
      for (PesertaDidik p : ctx.snapshot().pesertaDidik()) {
        problem(p.namaIbu())
            .ifPresent(
                key ->
                    out.finding(CODE, CODE.severity(), Subject.pd(p))
                        .field("nama_ibu_kandung")
                        .args(out.messages().format(key))
                        .report());
      }
    }

    /**
     * @return the message key of the problem, if any
     */
    static Optional<String> problem(Optional<String> raw) {
      String n = raw.map(String::strip).orElse("");
      String letters = n.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
      if (letters.isEmpty()) {
        return Optional.of(n.isEmpty() ? "dapodik.ibu.empty" : "dapodik.ibu.placeholder");
      }
      String norm =
          n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ").replaceAll("\\s+", " ").strip();
      if (PLACEHOLDERS.contains(norm) || letters.chars().distinct().count() == 1) {
        return Optional.of("dapodik.ibu.placeholder");
      }
      if (WORD_IBU.matcher(n).find()) {
        return Optional.of("dapodik.ibu.word");
      }
      return Optional.empty();
    }
  }
}
