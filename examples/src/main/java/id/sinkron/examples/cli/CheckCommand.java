package id.sinkron.examples.cli;

import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.SchoolSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sinkron check DIR}: checks a folder of saved Web Service responses. */
@Command(name = "check", mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
        SinkronCli.EXIT_0, SinkronCli.EXIT_1, SinkronCli.EXIT_2, SinkronCli.EXIT_3},
    description = "Check a dump folder (getSekolah.json, getGtk.json, getPesertaDidik.json, getRombonganBelajar.json, optional getPengguna.json and sinkron-supplement.json).")
final class CheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The dump folder.")
  Path dir;

  @Mixin
  ReportOptions options;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": not a folder");
    }
    SchoolSnapshot school = WebServiceDump.read(dir);
    return options.emit(options.checker(null).check(school), spec.commandLine().getOut());
  }
}
