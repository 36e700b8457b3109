package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The school ({@code getSekolah}).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSekolah.class)
@JsonDeserialize(as = ImmutableSekolah.class)
public interface Sekolah {
  /**
   * @return {@code sekolah_id} (UUID)
   */
  String sekolahId();

  /**
   * @return {@code nama}, as given
   */
  String nama();

  /**
   * @return {@code npsn}, trimmed; empty when Dapodik sent none
   */
  Optional<String> npsn();

  Optional<String> nss();

  /**
   * The NSM (Nomor Statistik Madrasah) of a madrasah read from EMIS, as the caller gave it
   * (trimmed, not validated: {@code id.sinkron.identifier.Nsm} checks it); empty for a Dapodik
   * school.
   *
   * @return the NSM, or empty
   * @since 0.2
   */
  Optional<String> nsm();

  /**
   * @return {@code bentuk_pendidikan_id}
   */
  Optional<BentukPendidikan> bentukPendidikan();

  /**
   * @return {@code status_sekolah}: "1" negeri, "2" swasta
   */
  Optional<String> statusSekolah();

  /**
   * @return true when {@code status_sekolah} is "1" (negeri/public)
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default boolean isNegeri() {
    return statusSekolah().map("1"::equals).orElse(false);
  }

  /**
   * @return the level group, {@link Jenjang#OTHER} when bentuk pendidikan is unknown
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default Jenjang jenjang() {
    return bentukPendidikan().map(BentukPendidikan::jenjang).orElse(Jenjang.OTHER);
  }

  /**
   * @return {@code kode_wilayah}: Dapodik village code; its first two characters are the Dapodik
   *     province
   */
  Optional<String> kodeWilayah();

  Optional<String> alamatJalan();

  Optional<String> desaKelurahan();

  Optional<String> kecamatan();

  Optional<String> kabupatenKota();

  Optional<String> provinsi();

  /**
   * @return {@code is_sks} (credit-system school)
   */
  @Value.Default
  default boolean isSks() {
    return false;
  }
}
