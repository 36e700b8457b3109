package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rombongan belajar (class or group) of the active semester ({@code getRombonganBelajar}), with
 * its members and pembelajaran. For ekstrakurikuler rombel the Web Service's stale {@code
 * pembelajaran} is dropped on read.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRombel.class)
@JsonDeserialize(as = ImmutableRombel.class)
public interface Rombel {
  String rombonganBelajarId();

  String nama();

  Optional<Integer> tingkatPendidikanId();

  Optional<SemesterId> semesterId();

  JenisRombel jenisRombel();

  Optional<String> kurikulumId();

  /**
   * @return the wali kelas (pembina for ekstrakurikuler): {@code ptk_id}. {@code ptk_id_str} is
   *     never used.
   */
  Optional<String> ptkId();

  Optional<String> jurusanId();

  Optional<String> idRuang();

  /**
   * @return {@code moving_class} ("Ya" → true)
   */
  @Value.Default
  default boolean movingClass() {
    return false;
  }

  List<AnggotaRombel> anggotaRombel();

  List<Pembelajaran> pembelajaran();

  /**
   * @return true for a class rombel ({@link JenisRombel#isClass()})
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default boolean isClass() {
    return jenisRombel().isClass();
  }
}
