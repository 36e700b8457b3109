package id.sinkron.erapor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import id.sinkron.check.CheckOptions;
import id.sinkron.erapor.fixture.SmpContoh;
import org.junit.jupiter.api.Test;

/**
 * The details types serialise with Jackson and read back equal (minus the JSON-ignored findings).
 */
class AssessmentJsonTest {
  @Test
  void roundTrip() throws Exception {
    ObjectMapper m = new ObjectMapper().registerModule(new Jdk8Module());
    ERaporAssessment a =
        ERapor.assess(
            SmpContoh.school(), CheckOptions.builder().referenceDate(SmpContoh.asOf()).build());
    String json = m.writeValueAsString(a);
    ERaporAssessment back = m.readValue(json, ERaporAssessment.class);
    assertThat(back)
        .isEqualTo(ImmutableERaporAssessment.copyOf(a).withFindings().withNotEvaluated());
    assertThat(json).doesNotContain("\"findings\":[{").contains("\"rombonganBelajarId\":\"r-7a\"");
  }
}
