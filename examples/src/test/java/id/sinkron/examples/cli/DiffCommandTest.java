package id.sinkron.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.testkit.Edit;
import id.sinkron.testkit.SchoolGenerator;
import id.sinkron.testkit.SchoolPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sinkron diff}: exit codes, the text's order (worse first), JSON, and the history of
 * fetches.
 */
class DiffCommandTest {
  private static Path[] write(Path tmp, Edit edit) {
    SchoolPair p = SchoolGenerator.smp().seed(21).students(240).pair(edit);
    Path old = tmp.resolve("old");
    Path now = tmp.resolve("new");
    WebServiceDump.write(p.before(), old);
    WebServiceDump.write(p.after(), now);
    return new Path[] {old, now};
  }

  private static String asOf() {
    return SchoolGenerator.smp().referenceDate().toString();
  }

  @Test
  void aMergerThatDropsStudentsIsExitOneAndLeadsWithWhatGotWorse(@TempDir Path tmp) {
    Path[] d = write(tmp, Edit.MERGE_ROMBEL_DROPPING_MEMBERS);
    CliRunner r = CliRunner.run("diff", d[0].toString(), d[1].toString(), "--as-of", asOf());
    assertThat(r.exit()).as(r.err()).isEqualTo(SinkronCli.BLOCKERS);
    String out = r.out();
    CliText t = new CliText(java.util.Locale.forLanguageTag("id"));
    int worse = out.indexOf(t.t("diff.worse").toUpperCase(java.util.Locale.ROOT));
    int better = out.indexOf(t.t("diff.better").toUpperCase(java.util.Locale.ROOT));
    assertThat(worse).isPositive().isLessThan(better);
    // the worse section carries the BOSP count before -> after and the new blocker's code
    JsonNode j =
        readJson(
            CliRunner.run(
                    "diff", d[0].toString(), d[1].toString(), "--as-of", asOf(), "--format", "json")
                .out());
    int before = j.at("/details/ARKAS/countableBefore").asInt();
    int after = j.at("/details/ARKAS/countableAfter").asInt();
    assertThat(before).isGreaterThan(after);
    assertThat(out.substring(worse, better))
        .contains(before + " \u2192 " + after)
        .contains("ARKAS-PD-NO-ROMBEL");
  }

  @Test
  void aMovedStudentIsExitZeroAndNamedMaskedInTheOtherChanges(@TempDir Path tmp) throws Exception {
    Path[] d = write(tmp, Edit.MOVE_STUDENT);
    CliRunner r =
        CliRunner.run("diff", d[0].toString(), d[1].toString(), "--as-of", asOf(), "--lang", "en");
    assertThat(r.exit()).as(r.err()).isEqualTo(SinkronCli.READY);
    CliText t = new CliText(java.util.Locale.ENGLISH);
    int other = r.out().indexOf(t.t("diff.other").toUpperCase(java.util.Locale.ROOT));
    assertThat(other).isPositive();
    assertThat(r.out().indexOf(t.t("diff.verdict.ok"))).isGreaterThan(other);
    assertThat(r.out()).as("nothing got worse").contains(t.t("diff.nothing.worse"));
    for (var pd : WebServiceDump.read(d[0]).pesertaDidik()) {
      assertThat(r.out()).doesNotContain(pd.nama());
    }
  }

  @Test
  void jsonCarriesTheComparisonSchema(@TempDir Path tmp) throws Exception {
    Path[] d = write(tmp, Edit.RECREATE_ROMBEL_WITH_CERTIFIED_HOURS);
    Path out = tmp.resolve("diff.json");
    CliRunner r =
        CliRunner.run(
            "diff",
            d[0].toString(),
            d[1].toString(),
            "--as-of",
            asOf(),
            "--format",
            "json",
            "--out",
            out.toString());
    JsonNode j = new ObjectMapper().readTree(Files.readString(out));
    assertThat(j.get("schema").asText()).isEqualTo("sinkron-comparison/1");
    assertThat(j.at("/changes/rombel/0/kind").asText()).isEqualTo("RECREATED");
    assertThat(j.at("/details/INFO_GTK/teachers")).isNotEmpty();
    assertThat(r.exit())
        .isEqualTo(j.get("introducesBlocker").asBoolean() ? SinkronCli.BLOCKERS : SinkronCli.READY);
  }

  @Test
  void htmlShowsWorseFirstAndTheBeforeAfterLoadOfEachChangedTeacher(@TempDir Path tmp)
      throws Exception {
    Path[] d = write(tmp, Edit.RECREATE_ROMBEL_WITH_CERTIFIED_HOURS);
    Path out = tmp.resolve("diff.html");
    CliRunner r =
        CliRunner.run(
            "diff",
            d[0].toString(),
            d[1].toString(),
            "--as-of",
            asOf(),
            "--format",
            "html",
            "--out",
            out.toString());
    assertThat(r.exit()).as(r.err()).isIn(SinkronCli.READY, SinkronCli.BLOCKERS);
    String html = Files.readString(out);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .doesNotContain("<script src")
        .doesNotContain("<link ");
    int worse = html.indexOf("id=\"worse\"");
    int loads = html.indexOf("id=\"loads\"");
    int better = html.indexOf("id=\"better\"");
    assertThat(worse).isPositive().isLessThan(loads);
    assertThat(loads).isLessThan(better);
    var json =
        new ObjectMapper()
            .readTree(
                CliRunner.run(
                        "diff",
                        d[0].toString(),
                        d[1].toString(),
                        "--as-of",
                        asOf(),
                        "--format",
                        "json")
                    .out());
    int teachers = 0;
    for (var t : json.at("/details/INFO_GTK/teachers")) {
      if (!t.path("recognisedJtmBefore").isNull() || !t.path("recognisedJtmAfter").isNull()) {
        teachers++;
      }
    }
    assertThat(teachers).isPositive();
    assertThat(html.split("<rect class=\"before\"", -1)).hasSize(teachers + 1);
    assertThat(html.split("<rect class=\"after ", -1)).hasSize(teachers + 1);
    for (var p : WebServiceDump.read(d[0]).ptk()) {
      assertThat(html).doesNotContain(p.nama());
      p.nik().ifPresent(n -> assertThat(html).doesNotContain(n));
    }
  }

  @Test
  void lastComparesTheTwoLatestFetchesOfAHistory(@TempDir Path tmp) throws Exception {
    SchoolPair p =
        SchoolGenerator.smp().seed(21).students(240).pair(Edit.MERGE_ROMBEL_DROPPING_MEMBERS);
    Path school = tmp.resolve("hist").resolve("20212345");
    WebServiceDump.write(p.after(), school.resolve("20250801T000000Z"));
    WebServiceDump.write(p.before(), school.resolve("20250802T000000Z"));
    WebServiceDump.write(p.after(), school.resolve("20250803T000000Z"));
    CliRunner r =
        CliRunner.run("diff", "--last", school.toString(), "--as-of", asOf(), "--format", "json");
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("introducesBlocker").asBoolean())
        .as("before (2 Aug) -> after (3 Aug)")
        .isTrue();
    assertThat(r.exit()).isEqualTo(SinkronCli.BLOCKERS);
  }

  @Test
  void badUsageIsExitTwo(@TempDir Path tmp) {
    assertThat(CliRunner.run("diff").exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(CliRunner.run("diff", tmp.toString()).exit()).isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(CliRunner.run("diff", "--last", tmp.toString()).exit())
        .isEqualTo(SinkronCli.BAD_INPUT);
    assertThat(
            CliRunner.run("diff", tmp.resolve("a").toString(), tmp.resolve("b").toString()).exit())
        .isEqualTo(SinkronCli.BAD_INPUT);
  }

  @Test
  void fetchWithHistorySavesEachFetchUnderItsTimestamp(@TempDir Path tmp) throws Exception {
    Clock saved = FetchCommand.clock;
    try (id.sinkron.examples.LoopbackDapodik server = new id.sinkron.examples.LoopbackDapodik()) {
      Path hist = tmp.resolve("hist");
      FetchCommand.clock = Clock.fixed(Instant.parse("2026-08-01T07:00:00Z"), ZoneOffset.UTC);
      CliRunner a =
          CliRunner.run(
              "fetch",
              "--url",
              server.baseUri().toString(),
              "--npsn",
              "20299907",
              "--token-env",
              "PATH",
              "--history",
              hist.toString());
      FetchCommand.clock = Clock.fixed(Instant.parse("2026-08-02T07:00:00Z"), ZoneOffset.UTC);
      CliRunner b =
          CliRunner.run(
              "fetch",
              "--url",
              server.baseUri().toString(),
              "--npsn",
              "20299907",
              "--token-env",
              "PATH",
              "--history",
              hist.toString());
      assertThat(a.exit()).as(a.err()).isEqualTo(SinkronCli.READY);
      assertThat(b.exit()).as(b.err()).isEqualTo(SinkronCli.READY);
      assertThat(hist.resolve("20299907").resolve("20260801T070000Z").resolve("getGtk.json"))
          .exists();
      assertThat(hist.resolve("20299907").resolve("20260802T070000Z").resolve("getGtk.json"))
          .exists();
      CliRunner d =
          CliRunner.run(
              "diff", "--last", hist.resolve("20299907").toString(), "--as-of", "2026-08-15");
      assertThat(d.exit()).as(d.err()).isEqualTo(SinkronCli.READY);
      assertThat(d.out())
          .contains(new CliText(java.util.Locale.forLanguageTag("id")).t("diff.nothing.worse"));
      assertThat(
              CliRunner.run(
                      "fetch",
                      "--url",
                      server.baseUri().toString(),
                      "--npsn",
                      "20299907",
                      "--token-env",
                      "PATH")
                  .exit())
          .as("neither --out nor --history")
          .isEqualTo(SinkronCli.BAD_INPUT);
    } finally {
      FetchCommand.clock = saved;
    }
  }

  private static JsonNode readJson(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
