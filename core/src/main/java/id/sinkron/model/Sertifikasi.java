package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A certification record (supplementary input: the Web Service does not return it).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSertifikasi.class)
@JsonDeserialize(as = ImmutableSertifikasi.class)
public interface Sertifikasi {
  /**
   * @return {@code nomor_sertifikat}
   */
  @Value.Redacted
  Optional<String> nomorSertifikat();

  /**
   * @return the certification field code, {@code bidang_studi_sertifikasi} ("180" Matematika)
   */
  Optional<String> bidangStudiSertifikasi();

  Optional<Integer> tahunSertifikasi();

  /**
   * @return the NRG recorded with the certificate
   */
  @Value.Redacted
  Optional<String> nrg();
}
