package id.sinkron.examples;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.Finding;
import id.sinkron.check.Report;
import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.SchoolSnapshot;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Read a folder of saved Dapodik Web Service responses, check it, print what each application will
 * do.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * @param args the dump folder, and optionally the reference date (YYYY-MM-DD)
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: QuickStart DUMP_DIR [YYYY-MM-DD]");
      return;
    }
    LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now();
    run(Path.of(args[0]), asOf);
  }

  /**
   * @return the report of the dump in {@code dir} as of {@code asOf}, after printing a summary
   */
  public static Report run(Path dir, LocalDate asOf) {
    // tag::quickstart[]
    SchoolSnapshot school = WebServiceDump.read(dir); // saved getSekolah.json, getGtk.json, ...
    Report report = Sinkron.checker().asOf(asOf).check(school); // every validator on the classpath

    for (Application app : Application.values()) {
      System.out.println(app + ": " + report.verdict(app)); // READY / NOT_READY / NOT_EVALUATED
    }
    for (Finding f : report.findings()) { // stable order; identifiers masked
      System.out.println(
          f.severity() + " " + f.code() + " " + f.subject().maskedName() + ": " + f.message());
    }
    // end::quickstart[]
    return report;
  }
}
