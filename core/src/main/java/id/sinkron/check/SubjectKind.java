package id.sinkron.check;

/**
 * What a finding points at.
 *
 * @since 0.1
 */
public enum SubjectKind {
  SEKOLAH,
  PTK,
  PD,
  ROMBEL,
  PEMBELAJARAN;

  /** @return whether the subject's name is a person's name (personal data) */
  public boolean isPerson() {
    return this == PTK || this == PD;
  }
}
