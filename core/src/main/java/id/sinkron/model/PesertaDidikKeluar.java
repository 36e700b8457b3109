package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A student who left, from the supplement ({@code peserta_didik_keluar}); the Web Service never
 * returns leavers.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePesertaDidikKeluar.class)
@JsonDeserialize(as = ImmutablePesertaDidikKeluar.class)
public interface PesertaDidikKeluar {
  String pesertaDidikId();

  LocalDate tanggalKeluar();

  Optional<String> jenisKeluar();
}
