package id.sinkron.identifier;

/**
 * The identifier types of this package, as named in {@link IdentifierFormatException#kind()}.
 *
 * @since 0.1
 */
public enum IdentifierKind {
  /** Nomor Induk Kependudukan, 16 digits ({@link Nik}). */
  NIK,
  /** Nomor Induk Siswa Nasional, 10 digits ({@link Nisn}). */
  NISN,
  /** Nomor Pokok Sekolah Nasional, 8 digits ({@link Npsn}). */
  NPSN,
  /** Nomor Unik Pendidik dan Tenaga Kependidikan, 16 digits ({@link Nuptk}). */
  NUPTK,
  /** Nomor Induk Pegawai (PNS or PPPK), 18 digits ({@link Nip}). */
  NIP,
  /** Nomor Registrasi Guru, 12 digits ({@link Nrg}). */
  NRG,
  /** Nomor Pokok Wajib Pajak, 15 or 16 digits ({@link Npwp}). */
  NPWP,
  /**
   * Nomor Statistik Madrasah, 12 digits ({@link Nsm}).
   *
   * @since 0.2
   */
  NSM,
  /**
   * Nomor Induk Siswa Madrasah, 18 digits ({@link Nism}).
   *
   * @since 0.2
   */
  NISM
}
