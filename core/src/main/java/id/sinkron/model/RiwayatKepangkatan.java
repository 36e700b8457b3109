package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a PTK's rank history ({@code rwy_kepangkatan}); the Web Service's exact column list is
 * uncertain (DOMAIN.md §2.3), so only the commonly present fields are modelled.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRiwayatKepangkatan.class)
@JsonDeserialize(as = ImmutableRiwayatKepangkatan.class)
public interface RiwayatKepangkatan {
  Optional<String> riwayatKepangkatanId();

  /**
   * @return {@code pangkat_golongan_id_str} ("III/c")
   */
  Optional<String> pangkatGolongan();

  Optional<String> nomorSk();

  Optional<LocalDate> tanggalSk();

  Optional<LocalDate> tmtPangkat();
}
