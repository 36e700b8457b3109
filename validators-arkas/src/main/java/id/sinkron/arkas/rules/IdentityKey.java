package id.sinkron.arkas.rules;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The identity key of a student for duplicate detection: normalised nama + tanggal lahir +
 * normalised nama ibu kandung. Two records with the same key are taken to be the same person.
 *
 * <p>Normalisation of a name, in order:
 *
 * <ol>
 *   <li>Unicode NFD, combining marks dropped ({@code É} → {@code E}); upper case (ROOT locale).
 *   <li>Split into tokens at every character that is not a letter or digit (spaces, dots, commas,
 *       apostrophes, dashes …), so punctuation and spacing never matter.
 *   <li>When the <em>first</em> token is a spelling or abbreviation of Muhammad it becomes {@code
 *       MUHAMMAD}: {@code MUHAMMAD MUHAMAD MOHAMMAD MOHAMAD MOH MOCH MUH M} (the list of the task),
 *       plus {@code MOCHAMMAD MOCHAMAD MUCHAMMAD MUCHAMAD MOKHAMMAD MOKHAMAD MUKHAMMAD MUKHAMAD}
 *       (the old {@code ch} spelling of {@code kh}, see below), {@code MOHAMMED MUHAMMED MOHAMED
 *       MUHAMED} (Arabic transliteration) and {@code MHD MUHD MOHD} (abbreviations). These
 *       abbreviations are customary in Indonesian registers; the extra spellings are [inferred]
 *       from the pre-1972 spelling below and common transliteration, not from a Dapodik or
 *       Kemendikbud text.
 *   <li>Tokens are joined without a separator ({@code NUR AINI} = {@code NURAINI}).
 *   <li>Pre-reform spellings fold to the current ones: {@code OE → U} (Republican spelling, 1947),
 *       {@code DJ → J}, {@code TJ → C}, {@code NJ → NY}, {@code SJ → SY}, {@code CH → KH} (Ejaan
 *       Yang Disempurnakan, 1972; https://en.wikipedia.org/wiki/Indonesian_orthography). Old
 *       spellings survive in names ({@code SOEKARNO}/{@code SUKARNO}, {@code DJOKO}/{@code JOKO}).
 *       {@code J → Y} is not folded: a modern {@code J} is indistinguishable from the old one.
 * </ol>
 *
 * <p>Folding is applied to both records the same way, so it can only merge spellings, never split a
 * name. Stateless; thread-safe; no regular expressions.
 */
final class IdentityKey {
  private static final String MUHAMMAD = "MUHAMMAD";
  private static final Set<String> MUHAMMAD_FORMS =
      Set.of(
          "MUHAMMAD",
          "MUHAMAD",
          "MOHAMMAD",
          "MOHAMAD",
          "MOH",
          "MOCH",
          "MUH",
          "M",
          "MOCHAMMAD",
          "MOCHAMAD",
          "MUCHAMMAD",
          "MUCHAMAD",
          "MOKHAMMAD",
          "MOKHAMAD",
          "MUKHAMMAD",
          "MUKHAMAD",
          "MOHAMMED",
          "MUHAMMED",
          "MOHAMED",
          "MUHAMED",
          "MHD",
          "MUHD",
          "MOHD");

  private IdentityKey() {}

  /**
   * @return the key, or empty when the name, the birth date or the mother's name is missing (after
   *     normalisation, a name of punctuation only is missing)
   */
  static Optional<String> of(
      String nama, Optional<LocalDate> tanggalLahir, Optional<String> namaIbu) {
    if (tanggalLahir.isEmpty() || namaIbu.isEmpty()) {
      return Optional.empty();
    }
    String n = normaliseName(nama);
    String ibu = normaliseName(namaIbu.get());
    if (n.isEmpty() || ibu.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(n + '|' + tanggalLahir.get() + '|' + ibu);
  }

  /**
   * @return the normalised name (see the class comment); {@code ""} for null or punctuation only
   */
  static String normaliseName(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).toUpperCase(Locale.ROOT);
    StringBuilder joined = new StringBuilder(s.length());
    StringBuilder token = new StringBuilder();
    boolean first = true;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        token.append(c);
        continue;
      }
      if (token.length() > 0) {
        String t = token.toString();
        joined.append(first && MUHAMMAD_FORMS.contains(t) ? MUHAMMAD : t);
        first = false;
        token.setLength(0);
      }
    }
    return foldOldSpelling(joined);
  }

  private static String foldOldSpelling(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      if (c == 'O' && next == 'E') {
        b.append('U');
        i++;
      } else if (c == 'D' && next == 'J') {
        b.append('J');
        i++;
      } else if (c == 'T' && next == 'J') {
        b.append('C');
        i++;
      } else if ((c == 'N' || c == 'S') && next == 'J') {
        b.append(c).append('Y');
        i++;
      } else if (c == 'C' && next == 'H') {
        b.append('K').append('H');
        i++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
