package id.sinkron.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Lazy holder of the bundled {@link KemenagProfile}. Package-private; thread-safe. */
final class KemenagBundle {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  static final KemenagProfile P2026 = load(KemenagProfile.BOS_MADRASAH_2026);

  private KemenagBundle() {}

  private static KemenagProfile load(String name) {
    try (InputStream in = KemenagProfile.class.getResourceAsStream(name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("Bundled profile missing: " + name + ".json");
      }
      return KemenagProfile.fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
