package id.sinkron.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * The result of {@link SparkChecks}: three tables over one run of the checks.
 *
 * <ul>
 *   <li>{@link #findings()}: one row per finding — {@code npsn}, {@code source}, {@code
 *       application}, {@code code}, {@code severity}, {@code basis_kind} (SOURCE, OFFICIAL, PRESS,
 *       INFERRED), {@code basis_label} (in the language of the messages), {@code basis_citation},
 *       {@code subject_kind}, {@code subject_id}, {@code subject_name} (masked unless names are
 *       revealed), {@code field}, {@code value} (masked), {@code message_key}, {@code message_args}
 *       (masked), {@code message}, {@code fix}, {@code reference};
 *   <li>{@link #schools()}: one row per school and application — {@code npsn}, {@code source},
 *       {@code school_name}, {@code semester_id}, {@code as_of}, {@code profile}, {@code outcome}
 *       (the school's {@code Report.outcome()}: READY, NOT_READY, INCOMPLETE, UNREADABLE), {@code
 *       input_problems} (how many), {@code application}, {@code verdict}, {@code reason}, {@code
 *       blockers}, {@code warnings}, {@code infos}, {@code not_evaluated} (checks that could not be
 *       made), and the headline numbers, null where the application has none or was not evaluated:
 *       {@code teachers}, {@code teachers_valid}, {@code teachers_not_valid} (Info GTK), {@code
 *       students_active}, {@code students_without_class_rombel} (E-Rapor), {@code bosp_active},
 *       {@code bosp_countable} (ARKAS);
 *   <li>{@link #inputProblems()}: one row per input problem — {@code npsn}, {@code source}, {@code
 *       code}, {@code endpoint}, {@code file}, {@code row}, {@code field}, {@code value} (masked),
 *       {@code message}.
 * </ul>
 *
 * The reports are computed once: the first table written or collected computes them and keeps them
 * (memory, spilling to disk); {@link #close()} releases them.
 *
 * @since 0.2
 */
public final class CheckTables implements AutoCloseable {
  private final Dataset<Row> reports;

  CheckTables(Dataset<Row> reports) {
    this.reports = reports.persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * @return one nested row per school (the school, its applications, findings and input problems)
   */
  public Dataset<Row> reports() {
    return reports;
  }

  /**
   * @return one row per finding
   */
  public Dataset<Row> findings() {
    return explode("findings", ReportRows.FINDING.fieldNames());
  }

  /**
   * @return one row per school and application
   */
  public Dataset<Row> schools() {
    Dataset<Row> x =
        reports.select(
            functions.col("npsn"),
            functions.col("source"),
            functions.col("school_name"),
            functions.col("semester_id"),
            functions.col("as_of"),
            functions.col("profile"),
            functions.col("outcome"),
            functions.size(functions.col("input_problems")).as("input_problems"),
            functions.explode(functions.col("applications")).as("x"));
    return x.select(
        columns(
            new String[] {
              "npsn",
              "source",
              "school_name",
              "semester_id",
              "as_of",
              "profile",
              "outcome",
              "input_problems"
            },
            ReportRows.APPLICATION.fieldNames()));
  }

  /**
   * @return one row per input problem
   */
  public Dataset<Row> inputProblems() {
    return explode("input_problems", ReportRows.INPUT_PROBLEM.fieldNames());
  }

  private Dataset<Row> explode(String array, String[] fields) {
    Dataset<Row> x =
        reports.select(
            functions.col("npsn"),
            functions.col("source"),
            functions.explode(functions.col(array)).as("x"));
    return x.select(columns(new String[] {"npsn", "source"}, fields));
  }

  private static Column[] columns(String[] top, String[] nested) {
    Column[] c = new Column[top.length + nested.length];
    for (int i = 0; i < top.length; i++) {
      c[i] = functions.col(top[i]);
    }
    for (int i = 0; i < nested.length; i++) {
      c[top.length + i] = functions.col("x." + nested[i]).as(nested[i]);
    }
    return c;
  }

  /**
   * Writes the three tables as Parquet under {@code out}: {@code out/findings}, {@code
   * out/schools}, {@code out/input_problems}.
   *
   * @param out a folder or URI understood by Hadoop's file system API
   * @param mode what to do when a table is already there
   */
  public void write(String out, SaveMode mode) {
    String base = out.endsWith("/") ? out : out + "/";
    schools().write().mode(mode).parquet(base + "schools");
    findings().write().mode(mode).parquet(base + "findings");
    inputProblems().write().mode(mode).parquet(base + "input_problems");
  }

  /** Releases the kept reports. */
  @Override
  public void close() {
    reports.unpersist(false);
  }
}
