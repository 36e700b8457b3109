package id.sinkron.arkas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.sinkron.arkas.testing.RealisticSmp;
import id.sinkron.check.CheckOptions;
import org.junit.jupiter.api.Test;

class BospCountJsonTest {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  @Test
  void roundTrips() throws Exception {
    BospCount c =
        Arkas.count(
            RealisticSmp.build(), CheckOptions.builder().referenceDate(RealisticSmp.AS_OF).build());
    String json = MAPPER.writeValueAsString(c);
    assertThat(MAPPER.readValue(json, BospCount.class)).isEqualTo(c);
    assertThat(json).contains("\"cutOff\":\"2025-08-31\"", "\"unitCostSource\":\"SUPPLEMENT\"");
  }

  @Test
  void toStringHoldsNoUnmaskedPersonalData() {
    BospCount c =
        Arkas.count(
            RealisticSmp.build(), CheckOptions.builder().referenceDate(RealisticSmp.AS_OF).build());
    assertThat(c.toString()).doesNotContain("SISWA", "3273010", "0123000");
  }
}
