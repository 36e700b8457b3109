package id.sinkron.erapor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one active student is placed, by ids only (no name, no identifier). See {@link Membership}
 * for how placement is decided.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStudentPlacement.class)
@JsonDeserialize(as = ImmutableStudentPlacement.class)
@JsonIgnoreProperties(value = "rombonganBelajarId", allowGetters = true)
public interface StudentPlacement {
  /**
   * @return {@code peserta_didik_id}
   */
  String pesertaDidikId();

  PlacementStatus status();

  /**
   * @return the class rombel of the active semester whose {@code anggota_rombel} lists the student
   */
  List<String> classRombelIds();

  /**
   * @return those of {@link #classRombelIds()} that the predicted E-Rapor variant pulls
   * @since 0.2
   */
  List<String> pulledRombelIds();

  /**
   * @return the class rombel when the student is {@link PlacementStatus#PLACED}
   */
  @Value.Derived
  default Optional<String> rombonganBelajarId() {
    return status() == PlacementStatus.PLACED && !pulledRombelIds().isEmpty()
        ? Optional.of(pulledRombelIds().get(0))
        : Optional.empty();
  }

  /**
   * @return the {@code rombongan_belajar_id} the student's own getPesertaDidik row names, set only
   *     when no class rombel list confirms it (a disagreement between the two responses)
   */
  Optional<String> rowRombonganBelajarId();
}
