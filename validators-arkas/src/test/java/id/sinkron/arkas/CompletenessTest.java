package id.sinkron.arkas;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.Sinkron;
import id.sinkron.arkas.testing.Fixtures;
import id.sinkron.arkas.testing.RealisticSmp;
import id.sinkron.arkas.testing.SchoolBuilder;
import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.model.BentukPendidikan;
import id.sinkron.model.SchoolSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every code has a message and a fix in both bundles (read as files: a ResourceBundle would fall
 * back to its parent), both bundles have the same keys, every pattern parses, every key the sources
 * use exists, the codes are exactly RULES.md's ARKAS table, and every code is triggered by the
 * fixture schools.
 */
class CompletenessTest {
  static final String[] BUNDLES = {
    "/id/sinkron/arkas/messages.properties", "/id/sinkron/arkas/messages_en.properties"
  };

  static final List<String> RULES_MD_CODES =
      List.of(
          "ARKAS-PD-NO-NISN",
          "ARKAS-PD-NISN-DUPLICATE",
          "ARKAS-PD-DUPLICATE",
          "ARKAS-PD-NO-ROMBEL",
          "ARKAS-PD-AGE-BAND",
          "ARKAS-PD-AFTER-CUTOFF",
          "ARKAS-PD-NIK-INVALID",
          "ARKAS-ROMBEL-OVER-CAP",
          "ARKAS-MIN-STUDENTS",
          "ARKAS-KEPSEK-MISSING",
          "ARKAS-BENDAHARA-MISSING",
          "ARKAS-NIP-FORMAT",
          "ARKAS-NPSN-FORMAT",
          "ARKAS-COUNT-MISMATCH",
          "ARKAS-PD-NIK-MISMATCH",
          "ARKAS-PD-TINGKAT-IMPLAUSIBLE",
          "ARKAS-PEJABAT-NO-ACCOUNT",
          "ARKAS-BOSP-ESTIMATE");

  static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CompletenessTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(in);
    }
    return p;
  }

  @Test
  void codesAreExactlyTheRulesMdTable() {
    assertThat(new ArkasValidator().codes())
        .extracting(ArkasCode::code)
        .containsExactlyElementsOf(RULES_MD_CODES);
    for (ArkasCode c : ArkasCode.values()) {
      assertThat(c.application()).isEqualTo(Application.ARKAS);
      assertThat(c.reference()).as(c.code()).isNotBlank();
    }
  }

  @Test
  void bundlesAreComplete() throws IOException {
    Properties id = load(BUNDLES[0]);
    Properties en = load(BUNDLES[1]);
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(en.stringPropertyNames()).as("same keys").isEqualTo(id.stringPropertyNames());
    for (Properties p : List.of(id, en)) {
      for (ArkasCode c : ArkasCode.values()) {
        soft.assertThat(p.getProperty(c.messageKey())).as(c.messageKey()).isNotBlank();
        soft.assertThat(p.getProperty(c.messageKey() + ".fix"))
            .as(c.messageKey() + ".fix")
            .isNotBlank();
      }
      // identifier problem texts live once, in core (IdentifierProblem.describe)
      soft.assertThat(p.stringPropertyNames()).noneMatch(k -> k.startsWith("arkas.problem."));
      for (String key : p.stringPropertyNames()) {
        soft.assertThatCode(() -> new MessageFormat(p.getProperty(key), Locale.ROOT))
            .as(key)
            .doesNotThrowAnyException();
      }
    }
    soft.assertAll();
  }

  @Test
  void everyKeyTheSourcesUseExists() throws IOException {
    Properties id = load(BUNDLES[0]);
    Pattern literal = Pattern.compile("\"(arkas\\.(?:reason|label)\\.[a-z.]+)\"");
    Set<String> used = new HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
        Matcher m = literal.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    // Label keys built from a prefix ("arkas.label." + key) are checked through the fixtures below.
    assertThat(id.stringPropertyNames()).containsAll(used);
  }

  /** A school whose users (getPengguna) have no account for the kepala sekolah. */
  static SchoolSnapshot kepsekWithoutAccount() {
    SchoolBuilder b = SchoolBuilder.smp();
    for (int i = 1; i <= 3; i++) {
      b.add(Fixtures.student(i));
    }
    SchoolSnapshot s = b.build();
    java.util.EnumSet<id.sinkron.model.Endpoint> e = java.util.EnumSet.copyOf(s.endpoints());
    e.add(id.sinkron.model.Endpoint.PENGGUNA);
    return id.sinkron.model.ImmutableSchoolSnapshot.copyOf(s)
        .withEndpoints(e)
        .withPengguna(
            List.of(
                id.sinkron.model.ImmutablePengguna.builder()
                    .penggunaId("u-1")
                    .ptkId("ptk-other")
                    .peran("Operator")
                    .build()));
  }

  /** A small school whose administration is broken: no kepala sekolah, bad NPSN, few students. */
  static SchoolSnapshot brokenAdministration() {
    SchoolBuilder b =
        SchoolBuilder.smp()
            .sekolah(
                Fixtures.smpNegeri()
                    .npsn("2021-987")
                    .bentukPendidikan(BentukPendidikan.SMP)
                    .build())
            .ptk(Fixtures.guru("ptk-a").build());
    for (int i = 1; i <= 10; i++) {
      b.add(Fixtures.student(i));
    }
    return b.build();
  }

  @Test
  void everyCodeIsTriggeredByTheFixtures() {
    Set<String> seen = new HashSet<>();
    for (Locale l : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
      Report realistic =
          Sinkron.checker()
              .asOf(RealisticSmp.AS_OF)
              .only(Application.ARKAS)
              .locale(l)
              .check(RealisticSmp.build());
      Report broken =
          Sinkron.checker()
              .asOf(Fixtures.AS_OF)
              .only(Application.ARKAS)
              .locale(l)
              .check(brokenAdministration());
      realistic.findings().stream().map(Finding::code).forEach(seen::add);
      broken.findings().stream().map(Finding::code).forEach(seen::add);
      Sinkron.checker()
          .asOf(Fixtures.AS_OF)
          .only(Application.ARKAS)
          .locale(l)
          .check(kepsekWithoutAccount())
          .findings()
          .stream()
          .map(Finding::code)
          .forEach(seen::add);
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(RULES_MD_CODES);
  }
}
