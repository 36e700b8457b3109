package id.sinkron.check.archfixture;

/** A class that breaks no rule. */
public class Clean {
  public String name() {
    return "clean";
  }
}
