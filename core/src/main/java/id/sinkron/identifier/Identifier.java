package id.sinkron.identifier;

/**
 * What every parsed identifier has in common: its normalised digits, a masked form, and equality by
 * kind and value. {@link #toString()} never shows the digits (UU PDP 27/2022).
 *
 * <p>Instances are immutable and thread-safe. Obtain them from each type's {@code parse} or {@code
 * tryParse}.
 *
 * @since 0.1
 */
public abstract sealed class Identifier permits Nik, Nisn, Npsn, Nuptk, Nip, Nrg, Npwp, Nsm, Nism {
  final String value;

  Identifier(String value) {
    this.value = value;
  }

  /**
   * @return which identifier this is
   */
  public abstract IdentifierKind kind();

  /**
   * The normalised digits.
   *
   * @return the value; personal data, do not log it
   */
  public final String value() {
    return value;
  }

  /**
   * The value masked for display ({@link Masking#maskIdentifier}), e.g. {@code 3273********0004}.
   *
   * @return the masked value
   */
  public final String masked() {
    return Masking.maskIdentifier(value);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((Identifier) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /**
   * Masked only, e.g. {@code Nik[3273********0004]}.
   *
   * @return a text without the identifier's digits
   */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + masked() + "]";
  }
}
