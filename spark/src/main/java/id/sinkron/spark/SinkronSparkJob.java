package id.sinkron.spark;

import id.sinkron.check.Application;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The {@code spark-submit} entry point.
 *
 * <pre>
 * spark-submit --class id.sinkron.spark.SinkronSparkJob sinkron-spark.jar check --input ROOT --out OUT
 *     [--format dumps|parquet|json] [--as-of YYYY-MM-DD] [--only gtk,erapor,arkas] [--lang id|en]
 *     [--show-names] [--partitions N] [--overwrite]
 * spark-submit --class id.sinkron.spark.SinkronSparkJob sinkron-spark.jar pack --input ROOT --out TABLE
 *     [--format parquet|json] [--partitions N] [--overwrite]
 * </pre>
 *
 * {@code check} reads the schools ({@code dumps}: a folder whose sub-folders are dump folders, the
 * default; {@code parquet}/{@code json}: a table in the {@link SchoolTable} layout), checks them
 * and writes {@code OUT/schools}, {@code OUT/findings} and {@code OUT/input_problems} as Parquet,
 * then prints a summary. {@code pack} converts a folder of dump folders into a table in the {@link
 * SchoolTable} layout. Exit codes as {@code sinkron check-all}, from each school's {@code
 * Report.outcome()}: 2 bad usage or at least one school that could not be read, else 1 at least one
 * school NOT_READY, else 3 at least one school not evaluated whole, else 0.
 *
 * @since 0.2
 */
public final class SinkronSparkJob {
  /** Every checked application of every school is ready. */
  public static final int READY = 0;

  /** At least one school has an application NOT_READY. */
  public static final int NOT_READY = 1;

  /** Bad usage, or at least one school could not be read at all. */
  public static final int BAD_INPUT = 2;

  /** No school NOT_READY, but at least one could not be evaluated whole (as {@code check-all}). */
  public static final int INCOMPLETE = 3;

  static final String USAGE =
      String.join(
          "\n",
          "usage: check --input PATH --out DIR [--format dumps|parquet|json] [--as-of YYYY-MM-DD]",
          "             [--only gtk,erapor,arkas] [--lang id|en] [--show-names] [--partitions N] [--overwrite]",
          "       pack  --input ROOT --out PATH [--format parquet|json] [--partitions N] [--overwrite]");

  private SinkronSparkJob() {}

  /** Runs the job in the session {@code spark-submit} configured and exits with the job's code. */
  public static void main(String[] args) {
    int code;
    SparkSession spark = null;
    try {
      Options o = Options.parse(args);
      spark = SparkSession.builder().appName("sinkron " + o.command).getOrCreate();
      code = run(spark, o, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("sinkron: " + e.getMessage());
      System.err.println(USAGE);
      code = BAD_INPUT;
    } catch (java.io.UncheckedIOException e) {
      // the input folder cannot be listed: one line, as check-all
      System.err.println(
          "sinkron: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
      code = BAD_INPUT;
    } finally {
      if (spark != null) {
        spark.stop();
      }
    }
    System.exit(code);
  }

  /**
   * Runs one command in {@code spark} (which stays open).
   *
   * @return the exit code
   * @throws IllegalArgumentException for bad usage
   */
  public static int run(SparkSession spark, String[] args, PrintStream out) {
    return run(spark, Options.parse(args), out);
  }

  private static int run(SparkSession spark, Options o, PrintStream out) {
    SaveMode mode = o.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    if (o.command.equals("pack")) {
      String format = o.format == null ? "parquet" : o.format;
      if (!format.equals("parquet") && !format.equals("json")) {
        throw new IllegalArgumentException("pack --format: parquet or json, not " + format);
      }
      int n =
          o.partitions > 0 ? o.partitions : SparkChecks.defaultPartitions(spark, Integer.MAX_VALUE);
      Dataset<Row> table = SchoolTable.fromDumpFolders(spark, o.input, n);
      if (format.equals("json")) {
        // JSON has no binary type: the bodies are written as text
        List<org.apache.spark.sql.Column> cols = new ArrayList<>();
        cols.add(functions.col(SchoolTable.NPSN));
        cols.add(functions.col(SchoolTable.SOURCE));
        for (String c : SchoolTable.bodyColumns()) {
          cols.add(functions.col(c).cast("string").as(c));
        }
        table
            .select(cols.toArray(org.apache.spark.sql.Column[]::new))
            .write()
            .mode(mode)
            .json(o.out);
      } else {
        table.write().mode(mode).parquet(o.out);
      }
      out.println(
          "sinkron: packed the dump folders of "
              + o.input
              + " into "
              + o.out
              + " ("
              + format
              + ")");
      return READY;
    }
    SparkChecks checks = o.checks();
    String format = o.format == null ? "dumps" : o.format;
    long start = System.nanoTime();
    try (CheckTables t =
        switch (format) {
          case "dumps" -> checks.checkDumpFolders(spark, o.input);
          case "parquet", "json" -> checks.check(SchoolTable.read(spark, o.input, format));
          default ->
              throw new IllegalArgumentException("--format: dumps, parquet or json, not " + format);
        }) {
      t.write(o.out, mode);
      Summary s = Summary.of(t);
      s.print(out, o.out, (System.nanoTime() - start) / 1e9);
      // as check-all: unreadable input wins, then blockers, then schools not evaluated whole
      if (s.outcome("UNREADABLE") > 0) {
        return BAD_INPUT;
      }
      if (s.outcome("NOT_READY") > 0) {
        return NOT_READY;
      }
      return s.outcome("INCOMPLETE") > 0 ? INCOMPLETE : READY;
    }
  }

  /** Counts over the written tables (computed from the kept reports). */
  static final class Summary {
    long schools;
    final Map<String, Long> outcomes = new java.util.TreeMap<>();
    final Map<String, Map<String, Long>> verdicts = new java.util.TreeMap<>();
    final Map<String, Long> severities = new java.util.TreeMap<>();

    static Summary of(CheckTables t) {
      Summary s = new Summary();
      for (Row r : t.reports().groupBy("outcome").count().collectAsList()) {
        s.outcomes.put(r.getString(0), r.getLong(1));
        s.schools += r.getLong(1);
      }
      for (Row r : t.schools().groupBy("application", "verdict").count().collectAsList()) {
        s.verdicts
            .computeIfAbsent(r.getString(0), k -> new java.util.TreeMap<>())
            .put(r.getString(1), r.getLong(2));
      }
      for (Row r : t.findings().groupBy("severity").count().collectAsList()) {
        s.severities.put(r.getString(0), r.getLong(1));
      }
      return s;
    }

    long outcome(String name) {
      return outcomes.getOrDefault(name, 0L);
    }

    void print(PrintStream out, String dir, double seconds) {
      out.printf(Locale.ROOT, "sinkron: %d schools checked in %.1f s%n", schools, seconds);
      verdicts.forEach(
          (app, v) ->
              out.printf(
                  Locale.ROOT,
                  "  %-12s READY %d, NOT_READY %d, NOT_EVALUATED %d%s%n",
                  app,
                  v.getOrDefault("READY", 0L),
                  v.getOrDefault("NOT_READY", 0L),
                  v.getOrDefault("NOT_EVALUATED", 0L),
                  v.containsKey("NOT_APPLICABLE")
                      ? ", NOT_APPLICABLE " + v.get("NOT_APPLICABLE")
                      : ""));
      out.printf(
          Locale.ROOT,
          "  findings: %d BLOCKER, %d WARNING, %d INFO%n",
          severities.getOrDefault("BLOCKER", 0L),
          severities.getOrDefault("WARNING", 0L),
          severities.getOrDefault("INFO", 0L));
      out.printf(
          Locale.ROOT,
          "  schools: READY %d, NOT_READY %d, INCOMPLETE %d, UNREADABLE %d%n",
          outcome("READY"),
          outcome("NOT_READY"),
          outcome("INCOMPLETE"),
          outcome("UNREADABLE"));
      if (outcome("UNREADABLE") > 0) {
        out.printf(
            Locale.ROOT,
            "  %d schools could not be read (see input_problems)%n",
            outcome("UNREADABLE"));
      }
      out.printf(
          Locale.ROOT, "  tables: %s/schools, %s/findings, %s/input_problems%n", dir, dir, dir);
    }
  }

  /** The command line. */
  static final class Options {
    String command;
    String input;
    String out;
    String format;
    LocalDate asOf;
    List<Application> only;
    String lang = "id";
    boolean showNames;
    int partitions;
    boolean overwrite;

    static Options parse(String[] args) {
      if (args.length == 0 || !(args[0].equals("check") || args[0].equals("pack"))) {
        throw new IllegalArgumentException("the first argument is the command: check or pack");
      }
      Options o = new Options();
      o.command = args[0];
      Map<String, String> v = new HashMap<>();
      List<String> flags = List.of("--show-names", "--overwrite");
      List<String> valued =
          List.of("--input", "--out", "--format", "--as-of", "--only", "--lang", "--partitions");
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        if (flags.contains(a)) {
          v.put(a, "true");
        } else if (valued.contains(a)) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(a + " needs a value");
          }
          v.put(a, args[++i]);
        } else {
          throw new IllegalArgumentException("unknown option '" + a + "'");
        }
      }
      o.input = v.get("--input");
      o.out = v.get("--out");
      if (o.input == null || o.out == null) {
        throw new IllegalArgumentException("--input and --out are required");
      }
      o.format = v.containsKey("--format") ? v.get("--format").toLowerCase(Locale.ROOT) : null;
      if (v.containsKey("--as-of")) {
        try {
          o.asOf = LocalDate.parse(v.get("--as-of"));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              "--as-of: not a date (YYYY-MM-DD): " + v.get("--as-of"));
        }
      }
      if (v.containsKey("--only")) {
        o.only = new ArrayList<>();
        for (String s : v.get("--only").split(",")) {
          o.only.add(
              Application.fromName(s)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "--only: unknown application '" + s + "' (use " + names() + ")")));
        }
      }
      if (v.containsKey("--lang")) {
        o.lang = v.get("--lang").toLowerCase(Locale.ROOT);
        if (!o.lang.equals("id") && !o.lang.equals("en")) {
          throw new IllegalArgumentException("--lang: id or en, not " + o.lang);
        }
      }
      o.showNames = v.containsKey("--show-names");
      o.overwrite = v.containsKey("--overwrite");
      if (v.containsKey("--partitions")) {
        try {
          o.partitions = Integer.parseInt(v.get("--partitions"));
        } catch (NumberFormatException e) {
          o.partitions = -1;
        }
        if (o.partitions < 1) {
          throw new IllegalArgumentException(
              "--partitions: a number of at least 1, not " + v.get("--partitions"));
        }
      }
      return o;
    }

    private static String names() {
      return String.join(
          ", ", Arrays.stream(Application.values()).map(Application::shortName).toList());
    }

    SparkChecks checks() {
      SparkChecks.Builder b =
          SparkChecks.builder()
              .locale(Locale.forLanguageTag(lang))
              .revealNames(showNames)
              .partitions(partitions);
      if (asOf != null) {
        b.asOf(asOf);
      }
      if (only != null) {
        b.only(only.toArray(Application[]::new));
      }
      return b.build();
    }
  }
}
