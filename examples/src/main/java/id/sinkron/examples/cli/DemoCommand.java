package id.sinkron.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code sinkron demo}: checks the bundled demo school and prints the operator report. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {SinkronCli.EXIT_0, SinkronCli.EXIT_1, SinkronCli.EXIT_2, SinkronCli.EXIT_3},
    description = "Check the bundled, invented demo school (SMP) and print the operator report.")
final class DemoCommand implements Callable<Integer> {
  @Mixin ReportOptions options;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return options.emit(
        options.checker(DemoSchool.AS_OF).check(DemoSchool.read()), spec.commandLine().getOut());
  }
}
