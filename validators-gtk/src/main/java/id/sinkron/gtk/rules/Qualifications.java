package id.sinkron.gtk.rules;

import id.sinkron.model.Ptk;
import id.sinkron.model.RiwayatPendidikan;
import id.sinkron.profile.RegulationProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Formal education levels, known only by name in getGtk ({@code "S1"}, {@code "D-IV"}). Which
 * levels qualify is the profile's ({@code qualifiedLevels}); the ranking here only picks the
 * highest level to show in a message.
 */
final class Qualifications {
  private static final List<String> RANK =
      List.of(
          "SD", "SMP", "SLTP", "SMA", "SMK", "MA", "SLTA", "PAKETC", "D1", "D2", "D3", "D4", "S1",
          "PROFESI", "S2", "SP1", "S3");

  private Qualifications() {}

  /** Upper case without spaces, dots or dashes; roman diploma levels as digits (D-IV → D4). */
  static String normalize(String level) {
    StringBuilder b = new StringBuilder(level.length());
    for (int i = 0; i < level.length(); i++) {
      char c = level.charAt(i);
      if (c != ' ' && c != '.' && c != '-') {
        b.append(c);
      }
    }
    String s = b.toString().toUpperCase(Locale.ROOT);
    switch (s) {
      case "DIV":
        return "D4";
      case "DIII":
        return "D3";
      case "DII":
        return "D2";
      case "DI":
        return "D1";
      default:
        return s;
    }
  }

  /**
   * @return the level names of the PTK: every formal-education row, then {@code
   *     pendidikan_terakhir}
   */
  static List<String> levels(Ptk p) {
    List<String> out = new ArrayList<>();
    for (RiwayatPendidikan r : p.rwyPendFormal()) {
      r.jenjangPendidikan()
          .map(Qualifications::normalize)
          .filter(s -> !s.isEmpty())
          .ifPresent(out::add);
    }
    p.pendidikanTerakhir()
        .map(Qualifications::normalize)
        .filter(s -> !s.isEmpty())
        .ifPresent(out::add);
    return out;
  }

  /**
   * @return whether any known level of the PTK is one of the profile's qualified levels
   */
  static boolean qualified(Ptk p, RegulationProfile profile) {
    List<String> levels = levels(p);
    for (String q : profile.qualifiedLevels()) {
      if (levels.contains(normalize(q))) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return the highest level by the display ranking (an unranked name when nothing ranks)
   */
  static Optional<String> highest(Ptk p) {
    String best = null;
    int bestRank = -2;
    for (String l : levels(p)) {
      int r = RANK.indexOf(l);
      if (r > bestRank) {
        best = l;
        bestRank = r;
      }
    }
    return Optional.ofNullable(best);
  }
}
