package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A teaching assignment: rombel × subject × teacher × weekly hours ({@code pembelajaran}).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePembelajaran.class)
@JsonDeserialize(as = ImmutablePembelajaran.class)
public interface Pembelajaran {
  String pembelajaranId();

  /**
   * @return {@code mata_pelajaran_id} (9 digits for current subjects)
   */
  Optional<String> mataPelajaranId();

  Optional<String> namaMataPelajaran();

  /**
   * @return the teacher's {@code ptk_id}
   */
  Optional<String> ptkId();

  /**
   * @return the teacher's {@code ptk_terdaftar_id} (registration at this school)
   */
  Optional<String> ptkTerdaftarId();

  /**
   * @return {@code induk_pembelajaran_id}: set for a sub-subject, naming its parent pembelajaran
   */
  Optional<String> indukPembelajaranId();

  /**
   * @return {@code jam_mengajar_per_minggu}: weekly teaching periods (JTM)
   */
  Optional<Integer> jamMengajarPerMinggu();

  /**
   * @return {@code status_di_kurikulum} ("1" compulsory)
   */
  Optional<String> statusDiKurikulum();
}
