package id.sinkron.erapor;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import id.sinkron.check.Finding;
import id.sinkron.check.NotEvaluated;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What E-Rapor will pull from one school: per-rombel readiness, per-student placement and the
 * Dapodik version check. This is the report's {@code details.E_RAPOR} ({@code rombel[]}, {@code
 * placement[]}, {@code placementSummary}); findings and rules not evaluated are available here too
 * but are not part of the details JSON (they are in the report's own sections). No unmasked
 * personal data.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableERaporAssessment.class)
@JsonDeserialize(as = ImmutableERaporAssessment.class)
public interface ERaporAssessment {
  /**
   * @return false when E-Rapor could not be checked (e.g. a required response is missing)
   */
  @Value.Default
  default boolean evaluated() {
    return true;
  }

  /**
   * @return why E-Rapor was not checked, when {@link #evaluated()} is false
   */
  Optional<String> notEvaluatedReason();

  /**
   * @return the E-Rapor variant predicted ({@code details.E_RAPOR.variant}: {@code SMK} or {@code
   *     SP}); a report header names it
   * @since 0.2
   */
  ERaporVariant variant();

  /**
   * @return whether the caller set the variant in the options (false: chosen from the school's
   *     bentuk pendidikan)
   * @since 0.2
   */
  @Value.Default
  default boolean variantFromOptions() {
    return false;
  }

  /**
   * @return the school's E-Rapor version from the supplement ({@code erapor_version}), as given
   * @since 0.2
   */
  Optional<String> eraporVersion();

  /**
   * @return every rombel of the input, in input order
   */
  List<RombelReadiness> rombel();

  /**
   * @return every active student, in input order
   */
  List<StudentPlacement> placement();

  @Value.Default
  default PlacementSummary placementSummary() {
    return PlacementSummary.empty();
  }

  /**
   * @return the Dapodik version of the snapshot as given
   */
  Optional<String> dapodikVersion();

  /**
   * @return the minimum Dapodik version for the active semester, when the version table knows one
   */
  Optional<String> minimumDapodikVersion();

  /**
   * @return the E-Rapor findings, in the order the rules reported them (not in the details JSON)
   */
  @JsonIgnore
  List<Finding> findings();

  /**
   * @return the E-Rapor rules that could not be evaluated (not in the details JSON)
   */
  @JsonIgnore
  List<NotEvaluated> notEvaluated();

  /**
   * @return whether the school is ready for E-Rapor: evaluated and no blocker
   */
  @JsonIgnore
  @Value.Derived
  default boolean ready() {
    return evaluated()
        && findings().stream().noneMatch(f -> f.severity() == id.sinkron.check.Severity.BLOCKER);
  }
}
