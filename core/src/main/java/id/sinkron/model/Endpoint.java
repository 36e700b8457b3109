package id.sinkron.model;

import java.util.Optional;

/**
 * The Dapodik Web Service endpoints Sinkron reads (DOMAIN.md §2.3).
 *
 * @since 0.1
 */
public enum Endpoint {
  SEKOLAH("getSekolah", true),
  GTK("getGtk", true),
  PESERTA_DIDIK("getPesertaDidik", true),
  ROMBONGAN_BELAJAR("getRombonganBelajar", true),
  PENGGUNA("getPengguna", false);

  private final String path;
  private final boolean required;

  Endpoint(String path, boolean required) {
    this.path = path;
    this.required = required;
  }

  /**
   * @return the Web Service name, e.g. {@code getGtk}
   */
  public String path() {
    return path;
  }

  /**
   * @return the dump file name, e.g. {@code getGtk.json}
   */
  public String fileName() {
    return path + ".json";
  }

  /**
   * @return whether a dump folder must contain it
   */
  public boolean required() {
    return required;
  }

  /**
   * @return the endpoint whose Web Service name or dump file name is {@code name}
   */
  public static Optional<Endpoint> fromName(String name) {
    for (Endpoint e : values()) {
      if (e.path.equals(name) || e.fileName().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
