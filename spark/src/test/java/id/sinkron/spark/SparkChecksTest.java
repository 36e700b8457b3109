package id.sinkron.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.Checker;
import id.sinkron.ReportOrder;
import id.sinkron.arkas.BospCount;
import id.sinkron.check.Application;
import id.sinkron.check.ApplicationSummary;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import id.sinkron.erapor.ERaporAssessment;
import id.sinkron.gtk.GtkAssessment;
import id.sinkron.gtk.GtkStatus;
import id.sinkron.model.InputProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job (local[2]) over a generated kabupaten gives the same findings, verdicts, counts,
 * headline numbers and input problems as {@code check-all} ({@code Checker.checkDumps}) over the
 * same folders, whether it reads the folders or a Parquet or JSON table of them.
 */
class SparkChecksTest {
  static final int SCHOOLS = 240;
  static final LocalDate AS_OF = LocalDate.of(2025, 8, 31);

  @TempDir static Path tmp;

  static SparkSession spark;
  static Kabupaten kab;

  /** check-all's reports, by folder. */
  static Map<String, Report> expected;

  /** The Spark job's tables over the folders, collected. */
  static List<Row> findings;

  static List<Row> schools;
  static List<Row> problems;
  static int exitCode;
  static String printed;
  static Path OUT;

  @BeforeAll
  static void start() throws Exception {
    kab = Kabupaten.generate(tmp.resolve("kab"), SCHOOLS);
    OUT = tmp.resolve("out");
    Checker checker = checks().checker();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (Stream<Report> reports =
        checker.checkDumps(kab.folders.stream(), pool, 8, ReportOrder.INPUT)) {
      List<Report> l = reports.toList();
      expected = new HashMap<>();
      for (int i = 0; i < l.size(); i++) {
        expected.put(kab.folders.get(i).toString(), l.get(i));
      }
    } finally {
      pool.shutdown();
    }
    spark = Spark.local(tmp.resolve("warehouse"));
    // the spark-submit command over the folders; its Parquet tables are what the tests compare
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    exitCode =
        SinkronSparkJob.run(
            spark,
            new String[] {
              "check",
              "--input",
              kab.root.toString(),
              "--out",
              OUT.toString(),
              "--as-of",
              AS_OF.toString(),
              "--partitions",
              "3"
            },
            new PrintStream(buf, true, StandardCharsets.UTF_8));
    printed = buf.toString(StandardCharsets.UTF_8);
    schools = spark.read().parquet(OUT + "/schools").collectAsList();
    findings = spark.read().parquet(OUT + "/findings").collectAsList();
    problems = spark.read().parquet(OUT + "/input_problems").collectAsList();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  static SparkChecks checks() {
    return SparkChecks.builder().asOf(AS_OF).locale(Checker.INDONESIAN).build();
  }

  // ------------------------------------------------------------------ equality with check-all

  @Test
  void everyFolderIsOneSchoolPerApplication() {
    assertThat(schools).hasSize(expected.size() * Application.values().length);
    assertThat(schools.stream().map(r -> r.<String>getAs("source")).distinct())
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
  }

  @Test
  void findingsEqualCheckAll() {
    List<List<Object>> want = new ArrayList<>();
    expected.forEach(
        (source, r) -> {
          for (Finding f : r.findings()) {
            want.add(
                Arrays.asList(
                    source,
                    r.school().npsn().orElse(null),
                    f.application().name(),
                    f.code(),
                    f.severity().name(),
                    f.basis().kind().name(),
                    f.basis().label(r.locale()),
                    f.basis().citation(),
                    f.subject().kind().name(),
                    f.subject().id(),
                    r.displayName(f.subject()),
                    f.field().orElse(null),
                    f.value().orElse(null),
                    f.messageKey(),
                    f.arguments(),
                    f.message(),
                    f.fix(),
                    f.reference().orElse(null)));
          }
        });
    List<List<Object>> got =
        findings.stream()
            .map(
                f ->
                    Arrays.<Object>asList(
                        f.getAs("source"),
                        f.getAs("npsn"),
                        f.getAs("application"),
                        f.getAs("code"),
                        f.getAs("severity"),
                        f.getAs("basis_kind"),
                        f.getAs("basis_label"),
                        f.getAs("basis_citation"),
                        f.getAs("subject_kind"),
                        f.getAs("subject_id"),
                        f.getAs("subject_name"),
                        f.getAs("field"),
                        f.getAs("value"),
                        f.getAs("message_key"),
                        new ArrayList<>(f.getList(f.fieldIndex("message_args"))),
                        f.getAs("message"),
                        f.getAs("fix"),
                        f.getAs("reference")))
            .toList();
    assertThat(sorted(got)).isEqualTo(sorted(want));
    assertThat(want)
        .as("the kabupaten has findings of every application")
        .extracting(l -> l.get(2))
        .contains("INFO_GTK", "E_RAPOR", "ARKAS");
  }

  @Test
  void verdictsCountsAndHeadlineNumbersEqualCheckAll() {
    List<List<Object>> want = new ArrayList<>();
    expected.forEach(
        (source, r) -> {
          for (ApplicationSummary s : r.applications().values()) {
            Application a = s.application();
            boolean evaluated = s.verdict() == Verdict.READY || s.verdict() == Verdict.NOT_READY;
            GtkAssessment gtk = evaluated ? r.details(a, GtkAssessment.class).orElse(null) : null;
            ERaporAssessment erapor =
                evaluated ? r.details(a, ERaporAssessment.class).orElse(null) : null;
            BospCount bosp = evaluated ? r.details(a, BospCount.class).orElse(null) : null;
            want.add(
                Arrays.asList(
                    source,
                    r.school().npsn().orElse(null),
                    r.school().nama().orElse(null),
                    r.school().semesterId().orElse(null),
                    r.profile(),
                    r.outcome().name(),
                    r.inputProblems().size(),
                    a.name(),
                    s.verdict().name(),
                    s.reason().orElse(null),
                    s.blockers(),
                    s.warnings(),
                    s.infos(),
                    (int) r.notEvaluated().stream().filter(n -> n.application() == a).count(),
                    gtk == null ? null : gtk.teachers().size(),
                    gtk == null
                        ? null
                        : (int)
                            gtk.teachers().stream()
                                .filter(t -> t.status() == GtkStatus.VALID)
                                .count(),
                    gtk == null ? null : gtk.notValid().size(),
                    erapor == null ? null : erapor.placementSummary().activeStudents(),
                    erapor == null ? null : erapor.placementSummary().noRombel(),
                    bosp == null ? null : bosp.activeTotal(),
                    bosp == null ? null : bosp.countable()));
          }
        });
    List<List<Object>> got =
        schools.stream()
            .map(
                s ->
                    Arrays.<Object>asList(
                        s.getAs("source"),
                        s.getAs("npsn"),
                        s.getAs("school_name"),
                        s.getAs("semester_id"),
                        s.getAs("profile"),
                        s.getAs("outcome"),
                        s.getAs("input_problems"),
                        s.getAs("application"),
                        s.getAs("verdict"),
                        s.getAs("reason"),
                        s.getAs("blockers"),
                        s.getAs("warnings"),
                        s.getAs("infos"),
                        s.getAs("not_evaluated"),
                        s.getAs("teachers"),
                        s.getAs("teachers_valid"),
                        s.getAs("teachers_not_valid"),
                        s.getAs("students_active"),
                        s.getAs("students_without_class_rombel"),
                        s.getAs("bosp_active"),
                        s.getAs("bosp_countable")))
            .toList();
    assertThat(sorted(got)).isEqualTo(sorted(want));
    assertThat(schools)
        .extracting(s -> s.<String>getAs("verdict"))
        .contains("READY", "NOT_READY", "NOT_EVALUATED");
    assertThat(schools)
        .extracting(s -> s.<Integer>getAs("teachers_not_valid"))
        .filteredOn(Objects::nonNull)
        .anySatisfy(n -> assertThat(n).isPositive());
    assertThat(schools)
        .extracting(s -> s.<Integer>getAs("students_without_class_rombel"))
        .filteredOn(Objects::nonNull)
        .anySatisfy(n -> assertThat(n).isPositive());
    assertThat(schools)
        .extracting(s -> s.<Integer>getAs("bosp_countable"))
        .filteredOn(Objects::nonNull)
        .allSatisfy(n -> assertThat(n).isNotNegative())
        .anySatisfy(n -> assertThat(n).isGreaterThan(20));
    assertThat(schools)
        .allSatisfy(
            s -> assertThat(s.<java.sql.Date>getAs("as_of").toLocalDate()).isEqualTo(AS_OF));
  }

  @Test
  void inputProblemsEqualCheckAllAndUnreadableFoldersAreReportedNotFailed() {
    List<List<Object>> want = new ArrayList<>();
    expected.forEach(
        (source, r) -> {
          for (InputProblem p : r.inputProblems()) {
            want.add(
                Arrays.asList(
                    source,
                    p.code().code(),
                    p.endpoint().map(e -> e.path()).orElse(null),
                    p.file().orElse(null),
                    p.row().orElse(null),
                    p.field().orElse(null),
                    p.value().orElse(null),
                    r.describe(p)));
          }
        });
    List<List<Object>> got =
        problems.stream()
            .map(
                p ->
                    Arrays.<Object>asList(
                        p.getAs("source"),
                        p.getAs("code"),
                        p.getAs("endpoint"),
                        p.getAs("file"),
                        p.getAs("row"),
                        p.getAs("field"),
                        p.getAs("value"),
                        p.getAs("message")))
            .toList();
    assertThat(sorted(got)).isEqualTo(sorted(want));

    String notJson = kab.root.resolve("zz-not-json").toString();
    assertThat(problems)
        .filteredOn(p -> notJson.equals(p.getAs("source")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.<String>getAs("code")).isEqualTo("INPUT-ROW-UNREADABLE");
              assertThat(p.<String>getAs("file")).isEqualTo(notJson);
              assertThat(p.<String>getAs("message")).contains("getGtk.json");
            });
    assertThat(schools)
        .filteredOn(s -> notJson.equals(s.getAs("source")))
        .extracting(s -> s.<String>getAs("verdict"))
        .containsOnly("NOT_EVALUATED");
    String noPd = kab.root.resolve("zz-no-peserta-didik").toString();
    assertThat(problems)
        .filteredOn(p -> noPd.equals(p.getAs("source")))
        .extracting(p -> p.<String>getAs("code"), p -> p.<String>getAs("endpoint"))
        .contains(org.assertj.core.groups.Tuple.tuple("INPUT-ENDPOINT-MISSING", "getPesertaDidik"));
    String denied = kab.root.resolve("zz-access-denied").toString();
    assertThat(problems)
        .filteredOn(p -> denied.equals(p.getAs("source")))
        .extracting(p -> p.<String>getAs("code"))
        .contains("INPUT-WS-ERROR");
  }

  // ------------------------------------------------------------------ tables as input

  @Test
  void parquetAndJsonTablesOfTheFoldersGiveTheSameTables() {
    String parquet = tmp.resolve("schools.parquet").toString();
    String json = tmp.resolve("schools.json").toString();
    assertThat(
            SinkronSparkJob.run(
                spark,
                new String[] {"pack", "--input", kab.root.toString(), "--out", parquet},
                quiet()))
        .isZero();
    assertThat(
            SinkronSparkJob.run(
                spark,
                new String[] {
                  "pack", "--input", kab.root.toString(), "--out", json, "--format", "json"
                },
                quiet()))
        .isZero();
    Dataset<Row> packed = SchoolTable.read(spark, parquet, "parquet");
    assertThat(packed.count()).isEqualTo(expected.size());
    assertThat(packed.schema()).isEqualTo(SchoolTable.schema());

    for (String[] in : List.of(new String[] {parquet, "parquet"}, new String[] {json, "json"})) {
      try (CheckTables t = checks().check(SchoolTable.read(spark, in[0], in[1]))) {
        assertThat(sorted(strings(t.findings().collectAsList())))
            .as(in[1])
            .isEqualTo(sorted(strings(findings)));
        assertThat(sorted(strings(t.schools().collectAsList())))
            .as(in[1])
            .isEqualTo(sorted(strings(schools)));
        assertThat(sorted(strings(t.inputProblems().collectAsList())))
            .as(in[1])
            .isEqualTo(sorted(strings(problems)));
      }
    }
  }

  @Test
  void aRowThatCannotBeReadYieldsItsInputProblemAndTheOthersAreChecked() throws IOException {
    Path good = kab.folders.get(0);
    StructType schema =
        new StructType()
            .add("npsn", DataTypes.StringType)
            .add("getSekolah", DataTypes.StringType)
            .add("getGtk", DataTypes.StringType)
            .add("getPesertaDidik", DataTypes.StringType)
            .add("getRombonganBelajar", DataTypes.StringType);
    String[] bodies =
        Stream.of("getSekolah", "getGtk", "getPesertaDidik", "getRombonganBelajar")
            .map(n -> read(good.resolve(n + ".json")))
            .toArray(String[]::new);
    List<Row> rows =
        List.of(
            RowFactory.create("20000001", bodies[0], bodies[1], bodies[2], bodies[3]),
            RowFactory.create("20000002", "{\"rows\": [", bodies[1], bodies[2], bodies[3]),
            RowFactory.create("20000003", null, null, null, null));
    try (CheckTables t = checks().check(spark.createDataFrame(rows, schema).repartition(2))) {
      Map<String, List<Row>> bySource =
          t.schools().collectAsList().stream()
              .collect(Collectors.groupingBy(r -> r.<String>getAs("source")));
      assertThat(bySource).containsOnlyKeys("20000001", "20000002", "20000003");
      Report want = expected.get(good.toString());
      assertThat(bySource.get("20000001"))
          .extracting(r -> r.<String>getAs("verdict"))
          .containsExactlyInAnyOrderElementsOf(
              want.applications().values().stream().map(s -> s.verdict().name()).toList());
      assertThat(bySource.get("20000001"))
          .allSatisfy(
              r -> assertThat(r.<String>getAs("npsn")).isEqualTo(want.school().npsn().get()));
      assertThat(bySource.get("20000002"))
          .allSatisfy(
              r -> {
                assertThat(r.<String>getAs("verdict")).isEqualTo("NOT_EVALUATED");
                assertThat(r.<String>getAs("npsn"))
                    .as("the table's NPSN when getSekolah cannot be read")
                    .isEqualTo("20000002");
              });
      List<Row> p = t.inputProblems().collectAsList();
      assertThat(p)
          .filteredOn(r -> "20000002".equals(r.getAs("source")))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.<String>getAs("code")).isEqualTo("INPUT-ROW-UNREADABLE");
                assertThat(r.<String>getAs("message")).contains("getSekolah.json");
              });
      assertThat(p)
          .filteredOn(r -> "20000003".equals(r.getAs("source")))
          .extracting(r -> r.<String>getAs("code"), r -> r.<String>getAs("endpoint"))
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("INPUT-ENDPOINT-MISSING", "getSekolah"),
              org.assertj.core.groups.Tuple.tuple("INPUT-ENDPOINT-MISSING", "getGtk"),
              org.assertj.core.groups.Tuple.tuple("INPUT-ENDPOINT-MISSING", "getPesertaDidik"),
              org.assertj.core.groups.Tuple.tuple("INPUT-ENDPOINT-MISSING", "getRombonganBelajar"));
    }
  }

  @Test
  void aTableWithoutTheRequiredColumnsIsRejectedNamingThem() {
    StructType schema =
        new StructType()
            .add("getSekolah", DataTypes.StringType)
            .add("getGtk", DataTypes.IntegerType);
    Dataset<Row> t = spark.createDataFrame(List.of(RowFactory.create("{}", 1)), schema);
    assertThatThrownBy(() -> checks().check(t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("npsn or source, getPesertaDidik, getRombonganBelajar");
    Dataset<Row> typed =
        t.withColumn("npsn", t.col("getSekolah"))
            .withColumn("getPesertaDidik", t.col("getSekolah"))
            .withColumn("getRombonganBelajar", t.col("getSekolah"));
    assertThatThrownBy(() -> checks().check(typed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("getGtk is int");
  }

  // ------------------------------------------------------------------ the spark-submit command

  @Test
  void theCommandWritesTheThreeTablesAndExitsLikeCheckAll() {
    long unreadable =
        expected.values().stream()
            .filter(r -> r.outcome() == id.sinkron.check.Outcome.UNREADABLE)
            .count();
    assertThat(unreadable).as("at least the folder that is not JSON").isPositive();
    assertThat(exitCode)
        .as("a folder that could not be read: exit 2 as check-all")
        .isEqualTo(SinkronSparkJob.BAD_INPUT);
    assertThat(spark.read().parquet(OUT + "/findings").columns())
        .containsExactly(
            "npsn",
            "source",
            "application",
            "code",
            "severity",
            "basis_kind",
            "basis_label",
            "basis_citation",
            "subject_kind",
            "subject_id",
            "subject_name",
            "field",
            "value",
            "message_key",
            "message_args",
            "message",
            "fix",
            "reference");
    assertThat(spark.read().parquet(OUT + "/schools").columns())
        .startsWith(
            "npsn",
            "source",
            "school_name",
            "semester_id",
            "as_of",
            "profile",
            "outcome",
            "input_problems",
            "application",
            "verdict",
            "reason",
            "blockers");
    long blockers = findings.stream().filter(r -> "BLOCKER".equals(r.getAs("severity"))).count();
    long notReady =
        expected.values().stream()
            .filter(r -> r.verdict(Application.INFO_GTK) == Verdict.NOT_READY)
            .count();
    assertThat(printed)
        .contains(expected.size() + " schools checked")
        .contains(blockers + " BLOCKER")
        .contains(
            "INFO_GTK     READY "
                + (expected.size() - notReady - 3)
                + ", NOT_READY "
                + notReady
                + ", NOT_EVALUATED 3")
        .as("as check-all counts them")
        .contains(unreadable + " schools could not be read");

    assertThatThrownBy(
            () ->
                SinkronSparkJob.run(
                    spark,
                    new String[] {"check", "--input", kab.root.toString(), "--out", OUT.toString()},
                    quiet()))
        .as("an existing output is not overwritten without --overwrite")
        .hasMessageContaining("already exists");
  }

  @Test
  void badUsageIsRejectedBeforeAnythingRuns() {
    assertThatThrownBy(() -> SinkronSparkJob.Options.parse(new String[] {"check", "--input", "x"}))
        .hasMessageContaining("--out");
    assertThatThrownBy(
            () ->
                SinkronSparkJob.Options.parse(
                    new String[] {"check", "--input", "x", "--out", "y", "--only", "gtk,dapodix"}))
        .hasMessageContaining("dapodix");
    assertThatThrownBy(
            () ->
                SinkronSparkJob.Options.parse(
                    new String[] {"check", "--input", "x", "--out", "y", "--as-of", "2025-13-01"}))
        .hasMessageContaining("2025-13-01");
    assertThatThrownBy(
            () ->
                SinkronSparkJob.Options.parse(
                    new String[] {"check", "--input", "x", "--out", "y", "--partitions", "0"}))
        .hasMessageContaining("--partitions");
    assertThatThrownBy(() -> SinkronSparkJob.Options.parse(new String[] {"report"}))
        .hasMessageContaining("check or pack");
    SinkronSparkJob.Options o =
        SinkronSparkJob.Options.parse(
            new String[] {
              "check",
              "--input",
              "x",
              "--out",
              "y",
              "--only",
              "gtk,arkas",
              "--lang",
              "en",
              "--as-of",
              "2025-08-31"
            });
    Checker c = o.checks().checker();
    assertThat(c.validators()).isNotEmpty();
    assertThatThrownBy(
            () ->
                SinkronSparkJob.run(
                    spark,
                    new String[] {
                      "check",
                      "--input",
                      tmp.resolve("nothing-here").toString(),
                      "--out",
                      tmp.resolve("o2").toString()
                    },
                    quiet()))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("nothing-here");
  }

  @Test
  void onlyAndLanguageReachTheExecutors() throws IOException {
    Path small = tmp.resolve("small");
    List<Path> picked =
        kab.folders.stream()
            .filter(
                d ->
                    expected.get(d.toString()).findings().stream()
                        .anyMatch(x -> x.application() != Application.INFO_GTK))
            .limit(3)
            .toList();
    assertThat(picked).hasSize(3);
    for (Path dir : picked) {
      Path to = Files.createDirectories(small.resolve(dir.getFileName()));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
    SparkChecks c =
        SparkChecks.builder()
            .asOf(AS_OF)
            .only(Application.ARKAS, Application.E_RAPOR)
            .locale(java.util.Locale.ENGLISH)
            .partitions(2)
            .build();
    try (CheckTables t = c.checkDumpFolders(spark, small.toString())) {
      List<Row> s = t.schools().collectAsList();
      List<Row> f = t.findings().collectAsList();
      assertThat(s).hasSize(3 * Application.values().length);
      for (Path dir : picked) {
        String source = small.resolve(dir.getFileName()).toString();
        Report want = c.checker().check(id.sinkron.dapodik.WebServiceDump.read(dir));
        assertThat(want.findings())
            .extracting(Finding::message)
            .as("English, not the default Indonesian")
            .doesNotContainAnyElementsOf(
                expected.get(dir.toString()).findings().stream().map(Finding::message).toList());
        assertThat(s)
            .filteredOn(r -> source.equals(r.getAs("source")))
            .extracting(r -> r.<String>getAs("application") + "=" + r.<String>getAs("verdict"))
            .containsExactlyInAnyOrderElementsOf(
                want.applications().values().stream()
                    .map(x -> x.application().name() + "=" + x.verdict().name())
                    .toList());
        assertThat(f)
            .filteredOn(r -> source.equals(r.getAs("source")))
            .extracting(r -> r.<String>getAs("message"))
            .containsExactlyInAnyOrderElementsOf(
                want.findings().stream().map(Finding::message).toList());
      }
      assertThat(s)
          .filteredOn(r -> "INFO_GTK".equals(r.getAs("application")))
          .extracting(r -> r.<String>getAs("verdict"))
          .containsOnly("NOT_EVALUATED");
      assertThat(f).extracting(r -> r.<String>getAs("application")).doesNotContain("INFO_GTK");
    }
  }

  // ------------------------------------------------------------------ helpers

  static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }

  static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<String> strings(List<Row> rows) {
    return rows.stream().map(Row::toString).toList();
  }

  static <T> List<T> sorted(List<T> l) {
    List<T> c = new ArrayList<>(l);
    c.sort(Comparator.comparing(String::valueOf));
    return c;
  }
}
