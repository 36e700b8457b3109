package id.sinkron.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The bundled regulation profiles and how one is chosen.
 *
 * <p>Thread-safe: the bundled profiles are loaded once.
 *
 * @since 0.1
 */
public final class RegulationProfiles {
  /** Name of the Permendikbud 15/2018 profile (tahun ajaran before 2025/2026). */
  public static final String PERMENDIKBUD_15_2018 = "PERMENDIKBUD_15_2018";

  /** Name of the Permendikdasmen 11/2025 profile (from tahun ajaran 2025/2026). */
  public static final String PERMENDIKDASMEN_11_2025 = "PERMENDIKDASMEN_11_2025";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final class Bundled {
    static final RegulationProfile P2018 = loadBundled(PERMENDIKBUD_15_2018);
    static final RegulationProfile P2025 = loadBundled(PERMENDIKDASMEN_11_2025);
  }

  private RegulationProfiles() {}

  /**
   * @return the Permendikbud 15/2018 profile
   */
  public static RegulationProfile permendikbud15of2018() {
    return Bundled.P2018;
  }

  /**
   * @return the Permendikdasmen 11/2025 profile
   */
  public static RegulationProfile permendikdasmen11of2025() {
    return Bundled.P2025;
  }

  /**
   * @return both bundled profiles, oldest first
   */
  public static List<RegulationProfile> all() {
    return List.of(Bundled.P2018, Bundled.P2025);
  }

  /**
   * @param tahunAjaranStart start year of the tahun ajaran (2025 for 2025/2026)
   * @return the profile in force that year
   */
  public static RegulationProfile forTahunAjaran(int tahunAjaranStart) {
    return tahunAjaranStart >= Bundled.P2025.firstTahunAjaran() ? Bundled.P2025 : Bundled.P2018;
  }

  /**
   * @return the profile in force on {@code date} (a tahun ajaran starts in July)
   */
  public static RegulationProfile forDate(LocalDate date) {
    return forTahunAjaran(date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1);
  }

  /**
   * @param name a bundled profile's name
   * @return the profile
   * @throws IllegalArgumentException when no bundled profile has that name
   */
  public static RegulationProfile named(String name) {
    for (RegulationProfile p : all()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("Unknown regulation profile: " + name);
  }

  /**
   * Reads a profile from JSON in the bundled format (a caller's own table).
   *
   * @throws UncheckedIOException when the JSON cannot be read or is not a complete profile
   */
  public static RegulationProfile fromJson(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return MAPPER.readValue(json, RegulationProfile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read regulation profile: " + e.getMessage(), e);
    }
  }

  private static RegulationProfile loadBundled(String name) {
    String res = name + ".json";
    try (InputStream in = RegulationProfiles.class.getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalStateException("Bundled profile missing: " + res);
      }
      return fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
