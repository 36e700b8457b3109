package id.sinkron.examples.cli;

import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.emis.EmisExport;
import id.sinkron.model.SchoolSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sinkron check DIR} checks a folder of saved Web Service responses; {@code sinkron check
 * EXPORT.xlsx --nsm NSM} checks a madrasah's EMIS 4.0 student export. The input's type decides the
 * reader: a folder is a Dapodik dump, an {@code .xlsx} file an EMIS export.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {SinkronCli.EXIT_0, SinkronCli.EXIT_1, SinkronCli.EXIT_2, SinkronCli.EXIT_3},
    description = {
      "Check a dump folder (getSekolah.json, getGtk.json, getPesertaDidik.json, getRombonganBelajar.json, optional getPengguna.json and sinkron-supplement.json),",
      "or a madrasah's EMIS 4.0 student export (EXPORT.xlsx, with --nsm) for BOS Madrasah."
    })
final class CheckCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "DIR|EXPORT.xlsx",
      description = "The dump folder, or the EMIS student export (.xlsx).")
  Path input;

  @Option(
      names = "--nsm",
      paramLabel = "NSM",
      description = "The madrasah's NSM (12 digits); required with an EMIS export.")
  String nsm;

  @Mixin ReportOptions options;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SchoolSnapshot school;
    if (Files.isDirectory(input)) {
      if (nsm != null) {
        throw new IllegalArgumentException(
            "--nsm is for an EMIS export (.xlsx), not a dump folder");
      }
      school = WebServiceDump.read(input);
    } else if (Files.isRegularFile(input) && isSpreadsheet(input)) {
      if (nsm == null || nsm.isBlank()) {
        throw new IllegalArgumentException(
            input
                + ": an EMIS export needs --nsm NSM (the madrasah's"
                + " 12-digit Nomor Statistik Madrasah)");
      }
      school = EmisExport.read(input, nsm);
    } else if (Files.exists(input)) {
      throw new IllegalArgumentException(
          input + ": neither a dump folder nor an EMIS export (.xlsx)");
    } else {
      throw new IllegalArgumentException(input + ": no such folder or file");
    }
    return options.emit(options.checker(null).check(school), spec.commandLine().getOut());
  }

  private static boolean isSpreadsheet(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".xlsx") || n.endsWith(".xls");
  }
}
