package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An additional duty (tugas tambahan; supplementary input). Whether and how much it counts toward
 * the teaching load is decided by the regulation profile's duty table, by {@link #jabatanPtkId()}.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTugasTambahan.class)
@JsonDeserialize(as = ImmutableTugasTambahan.class)
public interface TugasTambahan {
  /**
   * @return {@code jabatan_ptk_id} (Dapodik {@code ref.jabatan_tugas_ptk})
   */
  String jabatanPtkId();

  Optional<String> nomorSk();

  /**
   * @return start of the duty ({@code tmt_tambahan})
   */
  Optional<LocalDate> tmtTambahan();

  /**
   * @return end of the duty ({@code tst_tambahan}); empty while it runs
   */
  Optional<LocalDate> tstTambahan();

  /**
   * @return whether the duty is in force on {@code date}: TMT on or before it, TST empty or after
   *     it
   */
  default boolean isActiveOn(LocalDate date) {
    return tmtTambahan().map(t -> !t.isAfter(date)).orElse(false)
        && tstTambahan().map(t -> t.isAfter(date)).orElse(true);
  }
}
