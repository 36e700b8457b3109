package id.sinkron.erapor.archfixture;

/** A stand-in E-Rapor class. */
public class FakeEraporRule {}
