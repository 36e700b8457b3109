package id.sinkron.arkas.rules;

import id.sinkron.check.FindingSink;
import id.sinkron.identifier.IdentifierProblem;
import java.util.List;

/** Localised fragments used as message arguments. */
final class Texts {
  private Texts() {}

  /**
   * @return the localised description of the first (most basic) problem
   */
  static String problem(FindingSink out, List<IdentifierProblem> problems) {
    return problems.get(0).describe(out.messages().locale());
  }

  static String label(FindingSink out, String key) {
    return out.messages().format("arkas.label." + key);
  }
}
