package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * School-level supplementary input ({@code sinkron-supplement.json}) beyond what is merged into
 * {@link Ptk} and {@link PesertaDidik}: leavers, ARKAS figures, the Dapodik version, the E-Rapor
 * version.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSupplement.class)
@JsonDeserialize(as = ImmutableSupplement.class)
public interface Supplement {
  /**
   * @return whether the supplement carries PTK data (certification, duties); when false, rules that
   *     need them are not evaluated
   */
  @Value.Default
  default boolean ptkDataKnown() {
    return true;
  }

  List<PesertaDidikKeluar> pesertaDidikKeluar();

  /**
   * @return {@code arkas.jumlah_siswa_dilaporkan}: the student count declared for ARKAS
   */
  Optional<Integer> jumlahSiswaDilaporkan();

  /**
   * @return {@code arkas.satuan_biaya}: BOSP unit cost per student per year, whole rupiah
   */
  Optional<Long> satuanBiaya();

  /**
   * @return {@code erapor_version}: the version of E-Rapor the school runs, as given (e.g. {@code
   *     7.0.4}); rules whose prediction depends on the E-Rapor release read it
   * @since 0.2
   */
  Optional<String> eraporVersion();
}
