package id.sinkron.erapor;

import static id.sinkron.erapor.fixture.Fixtures.anggota;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.erapor.fixture.Fixtures;
import id.sinkron.erapor.fixture.SmpContoh;
import id.sinkron.model.SchoolSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every code is in RULES.md, has message and fix in both bundles, and is triggered by a fixture.
 */
class CompletenessTest {
  /** The E-Rapor table of RULES.md, in order. */
  static final List<String> RULES_MD =
      List.of(
          "ERAPOR-PD-NO-ROMBEL",
          "ERAPOR-PD-MULTI-ROMBEL",
          "ERAPOR-ANGGOTA-ORPHAN",
          "ERAPOR-ROMBEL-NO-WALI",
          "ERAPOR-ROMBEL-WALI-UNKNOWN",
          "ERAPOR-ROMBEL-NOT-PULLED",
          "ERAPOR-WALI-ROLE-MISSING",
          "ERAPOR-ROMBEL-EMPTY",
          "ERAPOR-ROMBEL-NO-PEMBELAJARAN",
          "ERAPOR-PEMBELAJARAN-NO-PTK",
          "ERAPOR-PEMBELAJARAN-PTK-UNKNOWN",
          "ERAPOR-PEMBELAJARAN-DUPLICATE",
          "ERAPOR-TINGKAT-INVALID",
          "ERAPOR-KURIKULUM-MISSING",
          "ERAPOR-SEMESTER-MISMATCH",
          "ERAPOR-EKSKUL-NO-PEMBINA",
          "ERAPOR-EKSKUL-PEMBINA-UNKNOWN",
          "ERAPOR-EKSKUL-NO-RUANG",
          "ERAPOR-ELECTIVE-WALI-MISMATCH",
          "ERAPOR-NAME-CHARS",
          "ERAPOR-NISN-DUPLICATE",
          "ERAPOR-PD-NO-NIPD",
          "ERAPOR-PTK-NO-NUPTK",
          "ERAPOR-WALI-NO-ACCOUNT",
          "ERAPOR-DAPODIK-VERSION");

  /** Retired codes of RULES.md: reserved, never emitted. */
  static final List<String> RETIRED = List.of("ERAPOR-PEMBELAJARAN-NO-HOURS");

  /** Keys rendered with arguments whose text contains a literal apostrophe, written ''. */
  static final Set<String> APOSTROPHE_KEYS = Set.of("erapor.name.chars");

  /**
   * Reads a .properties file line by line (not through ResourceBundle, which falls back to its
   * parent).
   */
  static Map<String, String> read(String resource, List<String> duplicates) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = CompletenessTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf('=');
        String key = line.substring(0, eq).strip();
        if (out.put(key, line.substring(eq + 1)) != null) {
          duplicates.add(resource + ": " + key);
        }
      }
    }
    return out;
  }

  @Test
  void codesAreExactlyThoseOfRulesMd() {
    assertThat(ERaporCode.active().stream().map(ERaporCode::code))
        .containsExactlyInAnyOrderElementsOf(RULES_MD);
    assertThat(Arrays.stream(ERaporCode.values()).filter(ERaporCode::retired).map(ERaporCode::code))
        .containsExactlyElementsOf(RETIRED);
    assertThat(new ERaporValidator().codes()).containsExactlyElementsOf(ERaporCode.active());
    assertThat(Arrays.stream(ERaporCode.values()).map(c -> c.application()))
        .containsOnly(Application.E_RAPOR);
    for (ERaporCode c : ERaporCode.values()) {
      assertThat(ERaporCode.fromCode(c.code())).contains(c);
      assertThat(c.messageKey())
          .isEqualTo(c.code().toLowerCase(java.util.Locale.ROOT).replace('-', '.'));
    }
  }

  @Test
  void bothBundlesHaveMessageAndFixForEveryCodeAndTheSameKeys() throws IOException {
    List<String> duplicates = new ArrayList<>();
    Map<String, String> id = read("/id/sinkron/erapor/messages.properties", duplicates);
    Map<String, String> en = read("/id/sinkron/erapor/messages_en.properties", duplicates);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(duplicates).as("duplicate keys").isEmpty();
    for (ERaporCode c : ERaporCode.active()) {
      for (Map<String, String> bundle : List.of(id, en)) {
        soft.assertThat(bundle)
            .as(c.code())
            .containsKey(c.messageKey())
            .containsKey(c.messageKey() + ".fix");
      }
    }
    soft.assertThat(en.keySet()).as("same keys in both bundles").isEqualTo(id.keySet());
    for (Map<String, String> bundle : List.of(id, en)) {
      bundle.forEach(
          (k, v) -> {
            soft.assertThat(v).as(k).isNotBlank();
            String base = k.endsWith(".fix") ? k.substring(0, k.length() - 4) : k;
            if (APOSTROPHE_KEYS.contains(base) && !k.endsWith(".fix")) {
              soft.assertThat(v).as(k + " apostrophe doubled").contains("''");
            } else {
              soft.assertThat(v).as(k + " has no apostrophe (MessageFormat)").doesNotContain("'");
            }
            soft.assertThat(v).as(k + " is ASCII").matches("\\p{ASCII}*");
          });
    }
    soft.assertAll();
  }

  @Test
  void everyCodeIsTriggeredByAFixture() {
    Set<String> seen = new TreeSet<>();
    for (SchoolSnapshot s :
        List.of(SmpContoh.school(), id.sinkron.erapor.fixture.SmkContoh.school())) {
      Sinkron.checker()
          .asOf(Fixtures.AS_OF)
          .only(Application.E_RAPOR)
          .check(s)
          .findings(Application.E_RAPOR)
          .stream()
          .map(Finding::code)
          .forEach(seen::add);
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(RULES_MD);
    assertThat(anggota("r", "p").pesertaDidikId()).isEqualTo("p");
  }

  @Test
  void severityOfEachCodeMatchesRulesMd() {
    Map<String, String> expected =
        Map.ofEntries(
            Map.entry("ERAPOR-PD-NO-ROMBEL", "BLOCKER"),
            Map.entry("ERAPOR-PD-MULTI-ROMBEL", "BLOCKER"),
            Map.entry("ERAPOR-ROMBEL-NO-WALI", "BLOCKER"),
            Map.entry("ERAPOR-ROMBEL-WALI-UNKNOWN", "BLOCKER"),
            Map.entry("ERAPOR-ROMBEL-EMPTY", "WARNING"),
            Map.entry("ERAPOR-ROMBEL-NO-PEMBELAJARAN", "BLOCKER"),
            Map.entry("ERAPOR-PEMBELAJARAN-NO-PTK", "BLOCKER"),
            Map.entry("ERAPOR-PEMBELAJARAN-PTK-UNKNOWN", "BLOCKER"),
            Map.entry("ERAPOR-PEMBELAJARAN-DUPLICATE", "WARNING"),
            Map.entry("ERAPOR-ROMBEL-NOT-PULLED", "BLOCKER"),
            Map.entry("ERAPOR-WALI-ROLE-MISSING", "WARNING"),
            Map.entry("ERAPOR-EKSKUL-NO-PEMBINA", "WARNING"),
            Map.entry("ERAPOR-EKSKUL-PEMBINA-UNKNOWN", "BLOCKER"),
            Map.entry("ERAPOR-EKSKUL-NO-RUANG", "BLOCKER"),
            Map.entry("ERAPOR-PD-NO-NIPD", "WARNING"),
            Map.entry("ERAPOR-PTK-NO-NUPTK", "INFO"),
            Map.entry("ERAPOR-TINGKAT-INVALID", "BLOCKER"),
            Map.entry("ERAPOR-KURIKULUM-MISSING", "BLOCKER"),
            Map.entry("ERAPOR-SEMESTER-MISMATCH", "BLOCKER"),
            Map.entry("ERAPOR-ELECTIVE-WALI-MISMATCH", "WARNING"),
            Map.entry("ERAPOR-NAME-CHARS", "WARNING"),
            Map.entry("ERAPOR-NISN-DUPLICATE", "WARNING"),
            Map.entry("ERAPOR-WALI-NO-ACCOUNT", "WARNING"),
            Map.entry("ERAPOR-DAPODIK-VERSION", "INFO"));
    Map<String, Set<String>> seen = new java.util.HashMap<>();
    seen.put("ERAPOR-ANGGOTA-ORPHAN", new TreeSet<>());
    for (SchoolSnapshot s :
        List.of(SmpContoh.school(), id.sinkron.erapor.fixture.SmkContoh.school())) {
      for (Finding f :
          Sinkron.checker()
              .asOf(Fixtures.AS_OF)
              .only(Application.E_RAPOR)
              .check(s)
              .findings(Application.E_RAPOR)) {
        seen.computeIfAbsent(f.code(), k -> new TreeSet<>()).add(f.severity().name());
      }
    }
    Map<String, Set<String>> want =
        new java.util.HashMap<>(
            expected.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.of(e.getValue()))));
    want.put(
        "ERAPOR-ANGGOTA-ORPHAN",
        Set.of("BLOCKER", "WARNING")); // B/W in RULES.md (ekskul B; class W on SMK)
    assertThat(seen).isEqualTo(want);
  }
}
