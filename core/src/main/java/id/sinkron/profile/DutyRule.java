package id.sinkron.profile;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * How one duty ({@code jabatan_ptk_id}) counts under a profile.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDutyRule.class)
@JsonDeserialize(as = ImmutableDutyRule.class)
public interface DutyRule {
  /**
   * @return the duty's name (Dapodik {@code ref.jabatan_tugas_ptk})
   */
  String nama();

  DutyCategory category();

  /**
   * @return the JTM equivalent (ignored for KEPALA_SEKOLAH, which counts as the minimum)
   */
  @Value.Default
  default int jtm() {
    return 0;
  }
}
