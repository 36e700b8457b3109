package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of a rombel ({@code anggota_rombel}).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnggotaRombel.class)
@JsonDeserialize(as = ImmutableAnggotaRombel.class)
public interface AnggotaRombel {
  String anggotaRombelId();

  String pesertaDidikId();

  Optional<String> jenisPendaftaranId();
}
