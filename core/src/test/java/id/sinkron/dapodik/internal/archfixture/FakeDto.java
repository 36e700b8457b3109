package id.sinkron.dapodik.internal.archfixture;

/** A stand-in Jackson DTO of the Dapodik reader. */
public class FakeDto {}
