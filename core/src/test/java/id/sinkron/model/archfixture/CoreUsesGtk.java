package id.sinkron.model.archfixture;

/** Deliberately broken: a core class that knows a validator module. */
public class CoreUsesGtk {
  public Object leak() {
    return new id.sinkron.gtk.archfixture.FakeGtkRule();
  }
}
