package id.sinkron.check;

/**
 * What a finding points at.
 *
 * @since 0.1
 */
public enum SubjectKind {
  /** The school. */
  SEKOLAH,
  /** A PTK (teacher or staff). */
  PTK,
  /** A peserta didik (student). */
  PD,
  /** A rombel (class or group). */
  ROMBEL,
  /** A pembelajaran (a subject taught in a rombel). */
  PEMBELAJARAN;

  /**
   * @return whether the subject's name is a person's name (personal data)
   */
  public boolean isPerson() {
    return this == PTK || this == PD;
  }
}
