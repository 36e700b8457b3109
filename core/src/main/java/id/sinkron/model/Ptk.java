package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A PTK (teacher or education staff) as registered at the school for the tahun ajaran ({@code
 * getGtk}), with the supplementary certification, duty and NRG data when given.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePtk.class)
@JsonDeserialize(as = ImmutablePtk.class)
public interface Ptk {
  /**
   * @return {@code ptk_id} (UUID), the person
   */
  String ptkId();

  /**
   * @return {@code ptk_terdaftar_id}, the person's registration (penugasan) at this school
   */
  Optional<String> ptkTerdaftarId();

  Optional<String> tahunAjaranId();

  /**
   * @return {@code ptk_induk}: true when this school is the PTK's home (induk) school
   */
  @Value.Default
  default boolean induk() {
    return true;
  }

  /**
   * @return {@code tanggal_surat_tugas} (the yearly assignment letter)
   */
  Optional<LocalDate> tanggalSuratTugas();

  @Value.Redacted
  String nama();

  Optional<JenisKelamin> jenisKelamin();

  @Value.Redacted
  Optional<String> tempatLahir();

  @Value.Redacted
  Optional<LocalDate> tanggalLahir();

  Optional<String> agamaId();

  @Value.Redacted
  Optional<String> nuptk();

  @Value.Redacted
  Optional<String> nik();

  Optional<JenisPtk> jenisPtk();

  /**
   * @return {@code jabatan_ptk_id} of the getGtk row: the PTK's position (e.g. {@code "2"} kepala
   *     sekolah; codes of Dapodik {@code ref.jabatan_tugas_ptk}), sent by newer servers (2025/26);
   *     empty when the server does not send it or sends it empty. Trimmed, {@code "2.00"} reads as
   *     {@code "2"}.
   * @since 0.2
   */
  Optional<String> jabatanPtkId();

  Optional<StatusKepegawaian> statusKepegawaian();

  @Value.Redacted
  Optional<String> nip();

  /**
   * @return {@code pendidikan_terakhir}: highest level by name ("S1")
   */
  Optional<String> pendidikanTerakhir();

  Optional<String> bidangStudiTerakhir();

  Optional<String> pangkatGolonganTerakhir();

  List<RiwayatPendidikan> rwyPendFormal();

  List<RiwayatKepangkatan> rwyKepangkatan();

  /**
   * @return NRG from the supplement
   */
  @Value.Redacted
  Optional<String> nrg();

  /**
   * @return certification records from the supplement ({@code rwy_sertifikasi})
   */
  List<Sertifikasi> sertifikasi();

  /**
   * @return additional duties from the supplement ({@code tugas_tambahan})
   */
  List<TugasTambahan> tugasTambahan();

  /**
   * @return true when the PTK is a teacher ({@link JenisPtk#isTeacher()})
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default boolean isTeacher() {
    return jenisPtk().map(JenisPtk::isTeacher).orElse(false);
  }

  /**
   * @return the masked name for messages and logs
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default String maskedNama() {
    return id.sinkron.identifier.Masking.maskName(nama());
  }
}
