package id.sinkron.erapor;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How ready one rombel is for E-Rapor: its identity, wali kelas (id and masked name), member and
 * pembelajaran counts, whether the predicted variant pulls it (and why not), and the codes of the
 * findings on it and on its pembelajaran.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRombelReadiness.class)
@JsonDeserialize(as = ImmutableRombelReadiness.class)
public interface RombelReadiness {
  /**
   * @return {@code rombongan_belajar_id}
   */
  String rombonganBelajarId();

  /**
   * @return the rombel's name, e.g. {@code VII A}
   */
  String nama();

  /**
   * @return the raw {@code jenis_rombel}
   */
  String jenisRombel();

  RombelKind kind();

  Optional<Integer> tingkatPendidikanId();

  Optional<String> semesterId();

  /**
   * @return whether the rombel belongs to the active semester (true when either semester is
   *     unknown)
   */
  boolean activeSemester();

  /**
   * @return the wali kelas {@code ptk_id} (pembina for ekstrakurikuler)
   */
  Optional<String> waliPtkId();

  /**
   * @return the wali's name masked ({@code B*** C*****}); empty when there is no wali or the PTK is
   *     unknown
   */
  Optional<String> waliNamaMasked();

  /**
   * @return the number of {@code anggota_rombel} rows
   */
  int memberCount();

  /**
   * @return the number of pembelajaran (always 0 for ekstrakurikuler, whose pembelajaran is
   *     ignored)
   */
  int pembelajaranCount();

  /**
   * @return the distinct codes of findings on this rombel and its pembelajaran, sorted
   */
  List<String> findings();

  /**
   * @return whether none of those findings is a blocker
   */
  boolean ready();

  /**
   * @return whether the predicted E-Rapor variant pulls the rombel (see {@link #notPulledReason()})
   * @since 0.2
   */
  @Value.Default
  default boolean pulled() {
    return notPulledReason().isEmpty();
  }

  /**
   * @return why the predicted variant does not pull the rombel; empty when it does
   * @since 0.2
   */
  Optional<NotPulledReason> notPulledReason();
}
