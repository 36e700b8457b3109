package id.sinkron.emis;

import java.util.List;
import java.util.Locale;

/**
 * The columns of the EMIS 4.0 student export (docs/evidence/emis-madrasah.md), in the order of the
 * 18-column layout, with the header texts importers accept for each. Package-private.
 */
enum Column {
  NO(false, "no", "no."),
  NAMA(true, "nama lengkap", "nama siswa", "nama"),
  NISN(true, "nisn"),
  NIK(false, "nik"),
  TEMPAT_LAHIR(false, "tempat lahir"),
  TANGGAL_LAHIR(false, "tanggal lahir", "tgl lahir"),
  TINGKAT_ROMBEL(true, "tingkat - rombel", "tingkat rombel", "tingkat-rombel", "tingkat/rombel"),
  UMUR(false, "umur"),
  STATUS(true, "status"),
  JENIS_KELAMIN(false, "jenis kelamin", "jk", "l/p"),
  ALAMAT(false, "alamat"),
  NO_TELEPON(false, "no telepon", "no. telepon", "nomor telepon"),
  KEBUTUHAN_KHUSUS(false, "kebutuhan khusus"),
  DISABILITAS(false, "disabilitas"),
  KIP(false, "nomor kip/pip", "no kip/pip", "no. kip/pip", "nomor kip", "no kip"),
  NAMA_AYAH(false, "nama ayah kandung", "nama ayah"),
  NAMA_IBU(false, "nama ibu kandung", "nama ibu"),
  NAMA_WALI(false, "nama wali");

  /** Whether a sheet without this column cannot be read. */
  final boolean required;

  /** Accepted header texts, {@link #normalize normalised}; the first is the EMIS one. */
  final List<String> aliases;

  Column(boolean required, String... aliases) {
    this.required = required;
    this.aliases = List.of(aliases);
  }

  /** The header text as EMIS writes it, e.g. {@code Tingkat - Rombel}. */
  String header() {
    switch (this) {
      case NO:
        return "No";
      case NAMA:
        return "Nama Lengkap";
      case NISN:
        return "NISN";
      case NIK:
        return "NIK";
      case TEMPAT_LAHIR:
        return "Tempat Lahir";
      case TANGGAL_LAHIR:
        return "Tanggal Lahir";
      case TINGKAT_ROMBEL:
        return "Tingkat - Rombel";
      case UMUR:
        return "Umur";
      case STATUS:
        return "Status";
      case JENIS_KELAMIN:
        return "Jenis Kelamin";
      case ALAMAT:
        return "Alamat";
      case NO_TELEPON:
        return "No Telepon";
      case KEBUTUHAN_KHUSUS:
        return "Kebutuhan Khusus";
      case DISABILITAS:
        return "Disabilitas";
      case KIP:
        return "Nomor KIP/PIP";
      case NAMA_AYAH:
        return "Nama Ayah Kandung";
      case NAMA_IBU:
        return "Nama Ibu Kandung";
      default:
        return "Nama Wali";
    }
  }

  /** Lower case, spaces collapsed, a trailing colon or asterisk removed. */
  static String normalize(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    while (h.endsWith(":") || h.endsWith("*")) {
      h = h.substring(0, h.length() - 1).strip();
    }
    return h;
  }

  /** The column a header text names, or null. */
  static Column of(String header) {
    String h = normalize(header);
    for (Column c : values()) {
      if (c.aliases.contains(h)) {
        return c;
      }
    }
    return null;
  }
}
