package id.sinkron.gtk.archfixture;

/** Deliberately broken: a GTK class that knows the E-Rapor module. */
public class FakeGtkRule {
  public Object leak() {
    return new id.sinkron.erapor.archfixture.FakeEraporRule();
  }
}
