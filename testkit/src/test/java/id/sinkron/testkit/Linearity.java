package id.sinkron.testkit;

import java.util.Map;
import java.util.Set;

/** The pairs of the linearity seed table (reference/linearity_seed.tsv) the generator relies on. */
final class Linearity {
  private Linearity() {}

  private static final Map<String, Set<String>> SEED =
      Map.ofEntries(
          Map.entry("027", Set.of("400200000")),
          Map.entry("127", Set.of("100011000", "100011070")),
          Map.entry("154", Set.of("200010000", "200010300")),
          Map.entry("156", Set.of("300110000", "300130000")),
          Map.entry("157", Set.of("300210000", "300230000")),
          Map.entry("180", Set.of("401000000", "401001000", "401002000")),
          Map.entry("097", Set.of("401100000")),
          Map.entry("100", Set.of("401200000")),
          Map.entry("184", Set.of("401121000")),
          Map.entry("187", Set.of("401130100")),
          Map.entry("190", Set.of("401110200")),
          Map.entry("204", Set.of("401230000", "401231000")),
          Map.entry("207", Set.of("401220000")),
          Map.entry("210", Set.of("401250100")),
          Map.entry("214", Set.of("401241000")),
          Map.entry("220", Set.of("500010000")),
          Map.entry(
              "217", Set.of("600011000", "700109000", "700110000", "700121000", "700122000")));

  static boolean isLinear(String field, String mapel) {
    return SEED.getOrDefault(field, Set.of()).contains(mapel);
  }
}
