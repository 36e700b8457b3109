package id.sinkron.spark;

import id.sinkron.Checker;
import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Report;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.Endpoint;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The checks as an Apache Spark job: every school of a table (or every dump folder of a folder) is
 * read and checked by the same {@link Checker} as {@code sinkron check} and {@code check-all}, one
 * school per record, on the executors. The result is a {@link CheckTables}: findings, one row per
 * school and application, and input problems.
 *
 * <pre>{@code
 * SparkChecks checks = SparkChecks.builder().asOf(LocalDate.of(2025, 8, 31)).build();
 * try (CheckTables t = checks.check(SchoolTable.read(spark, "s3a://dinas/schools.parquet", "parquet"))) {
 *   t.write("s3a://dinas/sinkron/2025-08-31", SaveMode.ErrorIfExists);
 * }
 * }</pre>
 *
 * <p><b>Failures.</b> A school that cannot be read (a body that is not JSON, a folder that cannot
 * be read) yields a report whose applications are NOT_EVALUATED and whose input problem says why
 * ({@link Checker#check(String, java.util.function.Supplier)}); it never fails the stage. An
 * exception thrown by a validator is a bug and fails the task, as it fails {@code check-all}.
 *
 * <p>Immutable and serializable (it holds only the options; each partition builds its checker from
 * the validators on the executor's classpath).
 *
 * @since 0.2
 */
public final class SparkChecks implements Serializable {
  private static final long serialVersionUID = 1L;

  private final LocalDate asOf;
  private final Set<Application> only;
  private final String language;
  private final boolean revealNames;
  private final int partitions;

  private SparkChecks(Builder b) {
    this.asOf = b.asOf;
    this.only = b.only == null ? null : EnumSet.copyOf(b.only);
    this.language = b.locale.toLanguageTag();
    this.revealNames = b.revealNames;
    this.partitions = b.partitions;
  }

  /**
   * @return a builder with the checker's defaults: today, every application, Indonesian, names
   *     masked
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the checker these options describe, with the validators on this JVM's classpath
   */
  public Checker checker() {
    Checker c = Sinkron.checker().locale(Locale.forLanguageTag(language)).revealNames(revealNames);
    if (asOf != null) {
      c = c.asOf(asOf);
    }
    if (only != null) {
      c = c.only(only.toArray(Application[]::new));
    }
    return c;
  }

  /**
   * Checks every school of a table in the {@link SchoolTable} layout (Parquet, JSON, or any data
   * frame with those columns). Lazy: nothing runs until a table of the result is written or
   * collected.
   *
   * @throws IllegalArgumentException when the table lacks a required column, or a body column has
   *     another type than string or binary
   */
  public CheckTables check(Dataset<Row> schools) {
    Dataset<Row> table = SchoolTable.normalise(schools);
    if (partitions > 0) {
      table = table.repartition(partitions);
    }
    boolean java8 = java8Dates(table.sparkSession());
    SparkChecks self = this;
    MapPartitionsFunction<Row, Row> f = rows -> self.checkRows(rows, java8);
    return new CheckTables(table.mapPartitions(f, Encoders.row(ReportRows.REPORT)));
  }

  /**
   * Reads and checks every dump folder directly under {@code root} ({@link
   * SchoolTable#dumpFolders}): the same as {@code sinkron check-all ROOT}, spread over the cluster.
   * The folders are listed on the driver and read on the executors through Hadoop's file system
   * API; a folder that cannot be read yields its input problem, labelled with the folder.
   */
  public CheckTables checkDumpFolders(SparkSession spark, String root) {
    List<String> folders = SchoolTable.dumpFolders(spark, root);
    int n = partitions > 0 ? partitions : defaultPartitions(spark, folders.size());
    SchoolTable.FolderReader reader = SchoolTable.FolderReader.of(spark);
    boolean java8 = java8Dates(spark);
    SparkChecks self = this;
    JavaRDD<Row> reports =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(folders, Math.max(1, Math.min(n, folders.size())))
            .mapPartitions(
                dirs -> {
                  Checker checker = self.checker();
                  return map(
                      dirs,
                      dir ->
                          ReportRows.of(
                              checker.check(dir, () -> WebServiceDump.read(dir, reader.read(dir))),
                              null,
                              dir,
                              java8));
                });
    return new CheckTables(spark.createDataFrame(reports, ReportRows.REPORT));
  }

  /** Four partitions per core: schools differ in size, small tasks even out the load. */
  static int defaultPartitions(SparkSession spark, int schools) {
    return Math.max(1, Math.min(schools, spark.sparkContext().defaultParallelism() * 4));
  }

  private static boolean java8Dates(SparkSession spark) {
    return Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
  }

  private Iterator<Row> checkRows(Iterator<Row> rows, boolean java8) {
    Checker checker = checker();
    return map(
        rows,
        row -> {
          String npsn = row.getString(0);
          String source = row.getString(1);
          Map<String, byte[]> files = new LinkedHashMap<>();
          int i = 2;
          for (Endpoint e : Endpoint.values()) {
            files.put(e.fileName(), (byte[]) row.get(i++));
          }
          files.put(WebServiceDump.SUPPLEMENT_FILE, (byte[]) row.get(i));
          String label = source != null ? source : npsn;
          Report r =
              checker.check(
                  label, () -> WebServiceDump.read(label == null ? "table" : label, files));
          return ReportRows.of(r, npsn, label, java8);
        });
  }

  /** A lazy map: one school in memory at a time. */
  private static <A, B> Iterator<B> map(Iterator<A> in, java.util.function.Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public B next() {
        return f.apply(in.next());
      }
    };
  }

  @Override
  public String toString() {
    return "SparkChecks[asOf="
        + (asOf == null ? "today" : asOf)
        + ", only="
        + (only == null ? "all" : only)
        + ", lang="
        + language
        + ", revealNames="
        + revealNames
        + ", partitions="
        + (partitions > 0 ? partitions : "default")
        + "]";
  }

  /** Options of a {@link SparkChecks}. */
  public static final class Builder {
    private LocalDate asOf;
    private Set<Application> only;
    private Locale locale = Checker.INDONESIAN;
    private boolean revealNames;
    private int partitions;

    private Builder() {}

    /**
     * @param date the reference date; default the day each executor checks (today)
     */
    public Builder asOf(LocalDate date) {
      this.asOf = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * @param apps the applications to check; the others are NOT_EVALUATED
     * @throws IllegalArgumentException when empty
     */
    public Builder only(Application... apps) {
      if (apps.length == 0) {
        throw new IllegalArgumentException("only() needs at least one application");
      }
      Set<Application> s = EnumSet.noneOf(Application.class);
      for (Application a : apps) {
        s.add(Objects.requireNonNull(a, "application"));
      }
      this.only = s;
      return this;
    }

    /**
     * @param locale the language of messages: Indonesian (default) or English
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * @param reveal whether {@code subject_name} shows persons' names unmasked; identifiers stay
     *     masked
     */
    public Builder revealNames(boolean reveal) {
      this.revealNames = reveal;
      return this;
    }

    /**
     * @param n the number of partitions the schools are spread over; 0 (default) keeps a table's
     *     own partitioning and gives a folder four partitions per core
     * @throws IllegalArgumentException when negative
     */
    public Builder partitions(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("partitions must be 0 (default) or more, was " + n);
      }
      this.partitions = n;
      return this;
    }

    /**
     * @return the options
     */
    public SparkChecks build() {
      return new SparkChecks(this);
    }
  }
}
