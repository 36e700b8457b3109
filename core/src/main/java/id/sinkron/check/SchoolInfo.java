package id.sinkron.check;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which school a report is about.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSchoolInfo.class)
@JsonDeserialize(as = ImmutableSchoolInfo.class)
public interface SchoolInfo {
  /**
   * @return the school's NPSN, if the snapshot has it
   */
  Optional<String> npsn();

  /**
   * @return the school's name, if the snapshot has it
   */
  Optional<String> nama();

  /**
   * @return the active semester id (e.g. {@code 20251}), if the snapshot has it
   */
  Optional<String> semesterId();
}
