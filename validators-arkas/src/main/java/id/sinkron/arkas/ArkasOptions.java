package id.sinkron.arkas;

import id.sinkron.profile.RegulationProfile;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Options of {@link Arkas#count(id.sinkron.model.SchoolSnapshot, ArkasOptions)}. Every option is
 * optional:
 *
 * <ul>
 *   <li>{@link #asOf()}: the reference date (days to the cut-off, active duties); default today;
 *   <li>{@link #cutOff()}: the cut-off date; default {@code profile.cutOffFor(y)} where {@code y} is the
 *       tahun ajaran start year of the snapshot's semester, else of the reference date (a tahun ajaran
 *       starts in July);
 *   <li>{@link #profile()}: the regulation profile; default the one in force for that tahun ajaran.
 * </ul>
 *
 * <pre>{@code
 * BospCount c = Arkas.count(school, ArkasOptions.builder().asOf(LocalDate.of(2025, 8, 1)).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface ArkasOptions {
  /** @return the reference date; empty for today */
  Optional<LocalDate> asOf();

  /** @return the cut-off date; empty for the profile's cut-off in the snapshot's tahun ajaran */
  Optional<LocalDate> cutOff();

  /** @return the regulation profile; empty for the one in force in the snapshot's tahun ajaran */
  Optional<RegulationProfile> profile();

  /** @return options with every default */
  static ArkasOptions defaults() {
    return ImmutableArkasOptions.builder().build();
  }

  /** @return a builder for options */
  static ImmutableArkasOptions.Builder builder() {
    return ImmutableArkasOptions.builder();
  }
}
