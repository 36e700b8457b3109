package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A student registration ({@code getPesertaDidik}) with its class membership as the Web Service
 * gives it. The Web Service never returns leavers; {@link #tanggalKeluar()} comes from the
 * supplement.
 *
 * <p>Membership fields are empty when the row carries the sentinel {@code "Belum masuk ke dalam
 * rombongan belajar"} (the row's other membership fields are stale carry-over then).
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePesertaDidik.class)
@JsonDeserialize(as = ImmutablePesertaDidik.class)
public interface PesertaDidik {
  /**
   * @return {@code peserta_didik_id} (UUID), the person
   */
  String pesertaDidikId();

  /**
   * @return {@code registrasi_id}, the registration at this school
   */
  Optional<String> registrasiId();

  /**
   * @return {@code jenis_pendaftaran_id} ("1" = new entrant)
   */
  Optional<String> jenisPendaftaranId();

  @Value.Redacted
  Optional<String> nipd();

  Optional<LocalDate> tanggalMasukSekolah();

  Optional<String> sekolahAsal();

  @Value.Redacted
  String nama();

  @Value.Redacted
  Optional<String> nisn();

  Optional<JenisKelamin> jenisKelamin();

  @Value.Redacted
  Optional<String> nik();

  @Value.Redacted
  Optional<String> tempatLahir();

  @Value.Redacted
  Optional<LocalDate> tanggalLahir();

  Optional<String> agamaId();

  @Value.Redacted
  Optional<String> namaIbu();

  @Value.Redacted
  Optional<String> namaAyah();

  /**
   * @return the row's {@code semester_id}
   */
  Optional<SemesterId> semesterId();

  /**
   * @return {@code anggota_rombel_id}; empty when the student is in no class rombel (sentinel)
   */
  Optional<String> anggotaRombelId();

  /**
   * @return {@code rombongan_belajar_id} of the class membership; empty with the sentinel
   */
  Optional<String> rombonganBelajarId();

  Optional<Integer> tingkatPendidikanId();

  Optional<String> namaRombel();

  Optional<String> kurikulumId();

  /**
   * @return exit date from the supplement ({@code peserta_didik_keluar})
   */
  Optional<LocalDate> tanggalKeluar();

  Optional<String> jenisKeluar();

  /**
   * The student's {@code Status} in an EMIS 4.0 export; empty for Dapodik rows (the Web Service
   * lists active students only) and for an EMIS cell that could not be read (reported as an input
   * problem).
   *
   * @return the EMIS status, or empty
   * @since 0.2
   */
  Optional<StatusEmis> statusEmis();

  /**
   * @return the masked name for messages and logs
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default String maskedNama() {
    return id.sinkron.identifier.Masking.maskName(nama());
  }
}
