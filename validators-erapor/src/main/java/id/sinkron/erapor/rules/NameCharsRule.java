package id.sinkron.erapor.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.check.Messages;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.check.Subject;
import id.sinkron.erapor.ERaporCode;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Ptk;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * ERAPOR-NAME-CHARS: a PTK name (every getGtk row) or an active student's name with a character
 * outside A–Z, a–z, space and {@code ' , . -}, or with a leading, trailing or double space. Letters
 * mean the Latin letters of a KK/akta name: accented and other non-ASCII letters are reported too
 * (Dukcapil and Dapodik write names in plain Latin letters; Dapodik's exact character class is
 * unverified).
 *
 * <p>The name itself is never in the message or the value (the subject carries the person). The
 * value lists only what offends, language-neutrally: printable characters quoted ({@code '2'}),
 * invisible ones as code points ({@code U+00A0}), and {@code LEADING_SPACE}, {@code
 * TRAILING_SPACE}, {@code DOUBLE_SPACE}. An empty name passes.
 */
final class NameCharsRule implements Rule {
  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (Ptk p : ctx.snapshot().ptk()) {
      check(ctx, p.nama(), Subject.ptk(p), out);
    }
    for (PesertaDidik pd : Scope.activeStudents(ctx)) {
      check(ctx, pd.nama(), Subject.pd(pd), out);
    }
  }

  private static void check(RuleContext ctx, String name, Subject subject, FindingSink out) {
    if (name.isEmpty()) {
      return;
    }
    Set<Integer> bad = new LinkedHashSet<>();
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (!allowed(cp)) {
        bad.add(cp);
      }
      i += Character.charCount(cp);
    }
    boolean leading = name.charAt(0) == ' ';
    boolean trailing = name.charAt(name.length() - 1) == ' ';
    boolean twice = name.contains("  ");
    if (bad.isEmpty() && !leading && !trailing && !twice) {
      return;
    }
    StringJoiner value = new StringJoiner(", ");
    StringJoiner text = new StringJoiner(", ");
    Messages m = out.messages();
    for (int cp : bad) {
      value.add(render(cp));
      text.add(m.format("erapor.name.chars.char", render(cp)));
    }
    if (leading) {
      value.add("LEADING_SPACE");
      text.add(m.format("erapor.name.chars.leading"));
    }
    if (trailing) {
      value.add("TRAILING_SPACE");
      text.add(m.format("erapor.name.chars.trailing"));
    }
    if (twice) {
      value.add("DOUBLE_SPACE");
      text.add(m.format("erapor.name.chars.double"));
    }
    Emit.finding(ctx, out, ERaporCode.NAME_CHARS, Severity.WARNING, subject)
        .field("nama")
        .value(value.toString())
        .args(text.toString())
        .report();
  }

  private static boolean allowed(int cp) {
    return (cp >= 'A' && cp <= 'Z')
        || (cp >= 'a' && cp <= 'z')
        || cp == ' '
        || cp == '\''
        || cp == ','
        || cp == '.'
        || cp == '-';
  }

  private static String render(int cp) {
    boolean visible =
        !Character.isWhitespace(cp)
            && !Character.isSpaceChar(cp)
            && !Character.isISOControl(cp)
            && Character.getType(cp) != Character.FORMAT
            && Character.isDefined(cp);
    return visible
        ? "'" + new String(Character.toChars(cp)) + "'"
        : String.format(Locale.ROOT, "U+%04X", cp);
  }
}
