package id.sinkron.check;

/**
 * A stable rule code from RULES.md. Each validator module has one enum implementing it; codes are
 * public API and are never renamed or reused.
 *
 * @since 0.1
 */
public interface FindingCode {
  /**
   * @return the stable code, e.g. {@code GTK-NIP-FORMAT}
   */
  String code();

  /**
   * @return the application the code belongs to
   */
  Application application();

  /**
   * @return the message key in the module's bundle; {@code key + ".fix"} holds the fix text.
   *     Defaults to the code in lower case with dots ({@code gtk.nip.format}).
   */
  default String messageKey() {
    return code().toLowerCase(java.util.Locale.ROOT).replace('-', '.');
  }

  /**
   * @return the regulation or source behind the rule; empty when none
   */
  default String reference() {
    return "";
  }

  /**
   * @return how we know the application behaves as this rule predicts (RULES.md, "Basis"); findings
   *     of this code carry it unless the rule gives a more specific one (e.g. per application
   *     variant)
   * @since 0.2
   */
  Basis basis();
}
