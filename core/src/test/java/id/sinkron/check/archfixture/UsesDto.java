package id.sinkron.check.archfixture;

import id.sinkron.dapodik.internal.archfixture.FakeDto;

/** Deliberately broken: a public type outside the Dapodik package exposing a DTO. */
public class UsesDto {
  public FakeDto dto() {
    return new FakeDto();
  }
}
