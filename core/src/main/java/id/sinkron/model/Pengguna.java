package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A user account of the school's Dapodik ({@code getPengguna}). The Web Service's {@code password}
 * (a hash) is deliberately not part of the model: it is never read.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePengguna.class)
@JsonDeserialize(as = ImmutablePengguna.class)
public interface Pengguna {
  String penggunaId();

  /**
   * @return {@code username} (an e-mail address)
   */
  @Value.Redacted
  Optional<String> username();

  @Value.Redacted
  Optional<String> nama();

  /**
   * @return the role name ({@code peran_id_str})
   */
  Optional<String> peran();

  Optional<String> ptkId();

  Optional<String> pesertaDidikId();
}
