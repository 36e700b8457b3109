package id.sinkron.arkas;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A student left out of the BOSP count for one reason, as the report shows it: the Dapodik id and
 * <em>masked</em> name, NISN and NIK only. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExcludedStudent.class)
@JsonDeserialize(as = ImmutableExcludedStudent.class)
public interface ExcludedStudent {
  /**
   * @return {@code peserta_didik_id}
   */
  String pesertaDidikId();

  /**
   * @return the name, masked ({@code B*** C*****})
   */
  String nama();

  /**
   * @return the NISN as given, masked; empty when none was given
   */
  Optional<String> nisn();

  /**
   * @return the NIK as given, masked; empty when none was given
   */
  Optional<String> nik();

  /**
   * @return the tingkat of the student's class rombel (or registration row), when known
   */
  Optional<Integer> tingkat();

  /**
   * @return for {@link ExclusionReason#NISN_DUPLICATE} and {@link ExclusionReason#DUPLICATE}: the
   *     {@code peserta_didik_id} of the record of the group that is counted instead
   */
  Optional<String> duplicateOf();
}
