package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a PTK's formal education history ({@code rwy_pend_formal}). Dapodik strips the ids, so
 * the level is known only by name ({@code "S1"}, {@code "D4"}).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRiwayatPendidikan.class)
@JsonDeserialize(as = ImmutableRiwayatPendidikan.class)
public interface RiwayatPendidikan {
  /**
   * @return {@code riwayat_pendidikan_formal_id} when sent
   */
  Optional<String> riwayatPendidikanFormalId();

  /**
   * @return the level name, {@code jenjang_pendidikan_id_str} ("S1", "D4", "SMA" …)
   */
  Optional<String> jenjangPendidikan();

  /**
   * @return {@code bidang_studi_id_str}
   */
  Optional<String> bidangStudi();

  Optional<String> satuanPendidikanFormal();

  Optional<String> gelarAkademik();

  Optional<Integer> tahunMasuk();

  Optional<Integer> tahunLulus();

  /**
   * @return {@code kependidikan} ("1" = teacher-education programme)
   */
  Optional<String> kependidikan();
}
