package id.sinkron.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where rules report findings and rules that could not be evaluated. Renders message, fix and
 * reasons in the check's locale from the validator's bundle. One sink per validator per school; not
 * thread-safe (a school is checked by one thread).
 *
 * <pre>{@code
 * out.finding(GtkCode.NIK_FORMAT, Severity.BLOCKER, Subject.ptk(ptk))
 *    .field("nik").value(Masking.maskIdentifier(raw)).args(reason).report();
 * }</pre>
 *
 * @since 0.1
 */
public final class FindingSink {
  private final Messages messages;
  private final List<Finding> findings = new ArrayList<>();
  private final List<NotEvaluated> notEvaluated = new ArrayList<>();

  /**
   * @param messages the validator's messages in the check's locale
   */
  public FindingSink(Messages messages) {
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /**
   * @return the messages this sink renders with (for details that need rendered text)
   */
  public Messages messages() {
    return messages;
  }

  /**
   * Starts a finding; nothing is recorded until {@link Draft#report()}.
   *
   * @param code the finding's code
   * @param severity its severity
   * @param subject what it is about
   * @return the draft
   */
  public Draft finding(FindingCode code, Severity severity, Subject subject) {
    return new Draft(code, severity, subject);
  }

  /**
   * Records that {@code code} could not be evaluated (for the whole school when subject is null).
   *
   * @param code the code that could not be evaluated
   * @param subject the subject it could not be evaluated for, or null for the whole school
   * @param reasonKey a key in the validator's bundle
   * @param args arguments of the reason, already masked
   */
  public void notEvaluated(FindingCode code, Subject subject, String reasonKey, Object... args) {
    ImmutableNotEvaluated.Builder b =
        ImmutableNotEvaluated.builder()
            .code(code.code())
            .application(code.application())
            .reasonKey(reasonKey)
            .reason(messages.format(reasonKey, args));
    if (subject != null) {
      b.subject(subject);
    }
    notEvaluated.add(b.build());
  }

  /**
   * @return findings reported so far, in report order
   */
  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /**
   * @return rules not evaluated so far
   */
  public List<NotEvaluated> notEvaluated() {
    return List.copyOf(notEvaluated);
  }

  /** A finding being built. */
  public final class Draft {
    private final FindingCode code;
    private final Severity severity;
    private final Subject subject;
    private String field;
    private String value;
    private String reference;
    private Basis basis;
    private Object[] args = new Object[0];

    private Draft(FindingCode code, Severity severity, Subject subject) {
      this.code = Objects.requireNonNull(code, "code");
      this.severity = Objects.requireNonNull(severity, "severity");
      this.subject = Objects.requireNonNull(subject, "subject");
    }

    /**
     * @param field the Dapodik field name, e.g. {@code nik}
     * @return this draft
     */
    public Draft field(String field) {
      this.field = field;
      return this;
    }

    /**
     * @param maskedValue the offending value, already masked if it is personal data
     * @return this draft
     */
    public Draft value(String maskedValue) {
      this.value = maskedValue;
      return this;
    }

    /**
     * @param args message arguments ({@code {0}}, {@code {1}} …), already masked
     * @return this draft
     */
    public Draft args(Object... args) {
      this.args = args.clone();
      return this;
    }

    /**
     * @param reference overrides the code's reference (e.g. the profile's regulation)
     * @return this draft
     */
    public Draft reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * @param basis overrides the code's basis (e.g. the basis of the application variant predicted)
     * @return this draft
     * @since 0.2
     */
    public Draft basis(Basis basis) {
      this.basis = Objects.requireNonNull(basis, "basis");
      return this;
    }

    /**
     * Renders and records the finding.
     *
     * @return the finding recorded
     */
    public Finding report() {
      String key = code.messageKey();
      List<String> argStrings = new ArrayList<>(args.length);
      for (Object a : args) {
        argStrings.add(String.valueOf(a));
      }
      String ref = reference != null ? reference : code.reference();
      ImmutableFinding.Builder b =
          ImmutableFinding.builder()
              .code(code.code())
              .application(code.application())
              .severity(severity)
              .subject(subject)
              .messageKey(key)
              .arguments(argStrings)
              .message(messages.format(key, args))
              .fix(messages.format(key + ".fix", args))
              .basis(
                  basis != null
                      ? basis
                      : Objects.requireNonNull(code.basis(), () -> code.code() + " has no basis"));
      if (field != null) {
        b.field(field);
      }
      if (value != null) {
        b.value(value);
      }
      if (ref != null && !ref.isEmpty()) {
        b.reference(ref);
      }
      Finding f = b.build();
      findings.add(f);
      return f;
    }
  }
}
