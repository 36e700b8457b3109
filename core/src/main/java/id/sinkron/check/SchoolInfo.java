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
  Optional<String> npsn();

  Optional<String> nama();

  Optional<String> semesterId();
}
