package id.sinkron.spark;

import id.sinkron.arkas.BospCount;
import id.sinkron.check.Application;
import id.sinkron.check.ApplicationSummary;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.check.Verdict;
import id.sinkron.erapor.ERaporAssessment;
import id.sinkron.erapor.PlacementSummary;
import id.sinkron.gtk.GtkAssessment;
import id.sinkron.gtk.GtkStatus;
import id.sinkron.gtk.TeacherAssessment;
import id.sinkron.model.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One report as one nested row (the school, its applications, findings and input problems), from
 * which the three output tables are exploded. The column names are the tables' column names.
 */
final class ReportRows {
  private ReportRows() {}

  static final StructType APPLICATION =
      struct(
          field("application", DataTypes.StringType, false),
          field("verdict", DataTypes.StringType, false),
          field("reason", DataTypes.StringType, true),
          field("blockers", DataTypes.IntegerType, false),
          field("warnings", DataTypes.IntegerType, false),
          field("infos", DataTypes.IntegerType, false),
          field("not_evaluated", DataTypes.IntegerType, false),
          field("teachers", DataTypes.IntegerType, true),
          field("teachers_valid", DataTypes.IntegerType, true),
          field("teachers_not_valid", DataTypes.IntegerType, true),
          field("students_active", DataTypes.IntegerType, true),
          field("students_without_class_rombel", DataTypes.IntegerType, true),
          field("bosp_active", DataTypes.IntegerType, true),
          field("bosp_countable", DataTypes.IntegerType, true));

  static final StructType FINDING =
      struct(
          field("application", DataTypes.StringType, false),
          field("code", DataTypes.StringType, false),
          field("severity", DataTypes.StringType, false),
          field("basis_kind", DataTypes.StringType, false),
          field("basis_label", DataTypes.StringType, false),
          field("basis_citation", DataTypes.StringType, false),
          field("subject_kind", DataTypes.StringType, false),
          field("subject_id", DataTypes.StringType, false),
          field("subject_name", DataTypes.StringType, false),
          field("field", DataTypes.StringType, true),
          field("value", DataTypes.StringType, true),
          field("message_key", DataTypes.StringType, false),
          field("message_args", DataTypes.createArrayType(DataTypes.StringType, false), false),
          field("message", DataTypes.StringType, false),
          field("fix", DataTypes.StringType, false),
          field("reference", DataTypes.StringType, true));

  static final StructType INPUT_PROBLEM =
      struct(
          field("code", DataTypes.StringType, false),
          field("endpoint", DataTypes.StringType, true),
          field("file", DataTypes.StringType, true),
          field("row", DataTypes.IntegerType, true),
          field("field", DataTypes.StringType, true),
          field("value", DataTypes.StringType, true),
          field("message", DataTypes.StringType, false));

  /** The nested row of one report. */
  static final StructType REPORT =
      struct(
          field("npsn", DataTypes.StringType, true),
          field("source", DataTypes.StringType, true),
          field("school_name", DataTypes.StringType, true),
          field("semester_id", DataTypes.StringType, true),
          field("as_of", DataTypes.DateType, false),
          field("profile", DataTypes.StringType, false),
          field("outcome", DataTypes.StringType, false),
          field("applications", DataTypes.createArrayType(APPLICATION, false), false),
          field("findings", DataTypes.createArrayType(FINDING, false), false),
          field("input_problems", DataTypes.createArrayType(INPUT_PROBLEM, false), false));

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }

  /**
   * @param report the report
   * @param npsn the input row's NPSN, used when the report has none (a school that could not be
   *     read)
   * @param source where the school came from
   * @param java8Dates whether dates are {@code java.time.LocalDate} (the session's {@code
   *     spark.sql.datetime.java8API.enabled}) or {@code java.sql.Date}
   */
  static Row of(Report report, String npsn, String source, boolean java8Dates) {
    List<Row> apps = new ArrayList<>();
    for (ApplicationSummary s : report.applications().values()) {
      apps.add(application(report, s));
    }
    List<Row> findings = new ArrayList<>(report.findings().size());
    for (Finding f : report.findings()) {
      findings.add(
          RowFactory.create(
              f.application().name(),
              f.code(),
              f.severity().name(),
              f.basis().kind().name(),
              f.basis().label(report.locale()),
              f.basis().citation(),
              f.subject().kind().name(),
              f.subject().id(),
              report.displayName(f.subject()),
              f.field().orElse(null),
              f.value().orElse(null),
              f.messageKey(),
              seq(f.arguments()),
              f.message(),
              f.fix(),
              f.reference().orElse(null)));
    }
    List<Row> problems = new ArrayList<>(report.inputProblems().size());
    for (InputProblem p : report.inputProblems()) {
      problems.add(
          RowFactory.create(
              p.code().code(),
              p.endpoint().map(e -> e.path()).orElse(null),
              p.file().orElse(null),
              p.row().orElse(null),
              p.field().orElse(null),
              p.value().orElse(null),
              report.describe(p)));
    }
    Object asOf = java8Dates ? report.asOf() : java.sql.Date.valueOf(report.asOf());
    return RowFactory.create(
        report.school().npsn().orElse(npsn),
        source,
        report.school().nama().orElse(null),
        report.school().semesterId().orElse(null),
        asOf,
        report.profile(),
        report.outcome().name(),
        seq(apps),
        seq(findings),
        seq(problems));
  }

  /** Spark's row encoder takes Scala sequences for arrays. */
  private static <T> scala.collection.Seq<T> seq(List<T> l) {
    return CollectionConverters.asScala(l);
  }

  private static Row application(Report report, ApplicationSummary s) {
    Application app = s.application();
    int notEvaluated =
        (int) report.notEvaluated().stream().filter(n -> n.application() == app).count();
    Integer teachers = null;
    Integer valid = null;
    Integer notValid = null;
    Integer active = null;
    Integer noRombel = null;
    Integer bospActive = null;
    Integer countable = null;
    if (s.verdict() == Verdict.READY || s.verdict() == Verdict.NOT_READY) {
      Optional<GtkAssessment> gtk = report.details(app, GtkAssessment.class);
      if (gtk.isPresent()) {
        List<TeacherAssessment> t = gtk.get().teachers();
        teachers = t.size();
        valid = (int) t.stream().filter(x -> x.status() == GtkStatus.VALID).count();
        notValid = (int) t.stream().filter(x -> x.status() == GtkStatus.NOT_VALID).count();
      }
      Optional<ERaporAssessment> erapor = report.details(app, ERaporAssessment.class);
      if (erapor.isPresent() && erapor.get().evaluated()) {
        PlacementSummary p = erapor.get().placementSummary();
        active = p.activeStudents();
        noRombel = p.noRombel();
      }
      Optional<BospCount> bosp = report.details(app, BospCount.class);
      if (bosp.isPresent()) {
        bospActive = bosp.get().activeTotal();
        countable = bosp.get().countable();
      }
    }
    return RowFactory.create(
        app.name(),
        s.verdict().name(),
        s.reason().orElse(null),
        s.blockers(),
        s.warnings(),
        s.infos(),
        notEvaluated,
        teachers,
        valid,
        notValid,
        active,
        noRombel,
        bospActive,
        countable);
  }
}
