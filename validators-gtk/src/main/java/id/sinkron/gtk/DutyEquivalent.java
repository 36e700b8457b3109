package id.sinkron.gtk;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import id.sinkron.profile.DutyCategory;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One duty of a teacher and what it adds to the load: what it would be worth ({@link
 * #claimedJtm()}) and what is counted after the profile's rules ({@link #countedJtm()}).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDutyEquivalent.class)
public interface DutyEquivalent {
  DutyKind kind();

  /**
   * @return the tugas tambahan's {@code jabatan_ptk_id}; empty for wali kelas
   */
  Optional<String> jabatanPtkId();

  /**
   * @return the duty's name from the profile's table, or the rombel's name for wali kelas
   */
  String nama();

  /**
   * @return the profile's category; empty when the jabatan is unknown
   */
  Optional<DutyCategory> category();

  /**
   * @return the wali kelas rombel; empty for tugas tambahan
   */
  Optional<String> rombonganBelajarId();

  /**
   * @return the JTM the duty is worth under the profile (the minimum for kepala sekolah)
   */
  int claimedJtm();

  /**
   * @return the JTM counted after activity, induk, main-duty limit and cap
   */
  int countedJtm();

  DutyOutcome outcome();
}
