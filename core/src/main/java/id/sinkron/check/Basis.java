package id.sinkron.check;

import java.util.Locale;
import java.util.Objects;

/**
 * How we know that a consuming application behaves as a rule predicts (RULES.md, "Basis"): the kind
 * of evidence, a short label for reports and the full citation. Every {@link FindingCode} declares
 * one, and every {@link Finding} carries one (a rule may give a finding a more specific basis, e.g.
 * per application variant).
 *
 * <pre>{@code
 * Basis.source("E-Rapor SMK source",
 *     "e-rapor-smk, app/Console/Commands/…php, commit 1a2b3c, line 120")
 * }</pre>
 *
 * @param kind how sure the prediction is
 * @param label a short English label naming the source, shown in text and HTML reports after
 *     "basis:" (e.g. {@code E-Rapor SMK source code}, {@code Permendikdasmen 11/2025}, {@code
 *     operator reports})
 * @param labelId the same label in Indonesian, shown after "dasar:" (e.g. {@code kode sumber
 *     E-Rapor SMK}, {@code Permendikdasmen 11/2025}, {@code laporan operator})
 * @param citation the full citation: repository, path, commit and line for {@link Kind#SOURCE}; the
 *     regulation and article for {@link Kind#OFFICIAL}; case ids and sources for {@link
 *     Kind#PRESS}; what the reasoning rests on for {@link Kind#INFERRED}
 * @since 0.2
 */
public record Basis(Kind kind, String label, String labelId, String citation) {
  /** The kinds of evidence, strongest first. */
  public enum Kind {
    /** Read in the application's own source code (repository, path, commit). */
    SOURCE,
    /** A regulation, official manual, FAQ or changelog. */
    OFFICIAL,
    /** Operator reports, news, dinas pages. */
    PRESS,
    /** Sinkron's reasoning from the data model. */
    INFERRED
  }

  /**
   * @param kind how we know
   * @param label the short English label
   * @param labelId the short Indonesian label
   * @param citation the full citation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the label or the citation is blank
   */
  public Basis {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(labelId, "labelId");
    Objects.requireNonNull(citation, "citation");
    if (label.isBlank() || labelId.isBlank() || citation.isBlank()) {
      throw new IllegalArgumentException("a basis needs a label and a citation");
    }
  }

  /**
   * @param label the short English label
   * @param labelId the short Indonesian label
   * @param citation the full citation
   * @return a {@link Kind#SOURCE} basis
   */
  public static Basis source(String label, String labelId, String citation) {
    return new Basis(Kind.SOURCE, label, labelId, citation);
  }

  /**
   * @param label the short English label
   * @param labelId the short Indonesian label
   * @param citation the full citation
   * @return a {@link Kind#OFFICIAL} basis
   */
  public static Basis official(String label, String labelId, String citation) {
    return new Basis(Kind.OFFICIAL, label, labelId, citation);
  }

  /**
   * @param label the short English label
   * @param labelId the short Indonesian label
   * @param citation the full citation
   * @return a {@link Kind#PRESS} basis
   */
  public static Basis press(String label, String labelId, String citation) {
    return new Basis(Kind.PRESS, label, labelId, citation);
  }

  /**
   * @param label the short English label
   * @param labelId the short Indonesian label
   * @param citation the full citation
   * @return an {@link Kind#INFERRED} basis
   */
  public static Basis inferred(String label, String labelId, String citation) {
    return new Basis(Kind.INFERRED, label, labelId, citation);
  }

  /**
   * @param locale the report's locale
   * @return the short label in that locale: Indonesian unless the locale's language is English
   */
  public String label(Locale locale) {
    return "en".equals(locale.getLanguage()) ? label : labelId;
  }
}
