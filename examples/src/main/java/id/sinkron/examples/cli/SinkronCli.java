package id.sinkron.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sinkron} command line.
 *
 * <p>Exit codes ({@link #EXIT_CODES}, also in {@code --help} and the README): 0 every requested
 * application was evaluated and is ready; 1 at least one blocker; 2 bad usage or nothing readable,
 * with a one-line message naming the file and the problem (the stack trace only with {@code
 * --debug}); 3 some requested application could not be evaluated ("nothing evaluated is never
 * success"). {@code --only} narrows what is requested. For one school the code is {@code
 * Report.outcome().exitCode()}.
 */
@Command(
    name = "sinkron",
    mixinStandardHelpOptions = true,
    versionProvider = SinkronCli.Version.class,
    description =
        "Checks a school's Dapodik data before the sync: what Info GTK, E-Rapor and ARKAS will reject, drop or miscount.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {SinkronCli.EXIT_0, SinkronCli.EXIT_1, SinkronCli.EXIT_2, SinkronCli.EXIT_3},
    subcommands = {
      DemoCommand.class,
      CheckCommand.class,
      CheckAllCommand.class,
      FetchCommand.class,
      DiffCommand.class,
      IdCommand.class
    })
public final class SinkronCli implements Runnable {
  /** Exit code: every requested application was evaluated and is ready. */
  public static final int READY = 0;

  /** Exit code: at least one blocker. */
  public static final int BLOCKERS = 1;

  /** Exit code: bad usage, or nothing readable (no Web Service response could be read). */
  public static final int BAD_INPUT = 2;

  /**
   * Exit code: some requested application could not be evaluated (input missing, refused, partial
   * or contradictory).
   */
  public static final int INCOMPLETE = 3;

  /** The exit-code lines of {@code --help} (the README's table says the same). */
  static final String EXIT_0 = "0:every requested application was evaluated and is ready";

  static final String EXIT_1 = "1:at least one blocker (a requested application is not ready)";
  static final String EXIT_2 =
      "2:usage error, or nothing readable (no Web Service response could be read)";
  static final String EXIT_3 =
      "3:some requested application could not be evaluated (input missing, refused, "
          + "partial or contradictory, or no validator for it); --only narrows what is requested";

  /** The exit codes and their meaning, in order. */
  public static final java.util.List<String> EXIT_CODES =
      java.util.List.of(EXIT_0, EXIT_1, EXIT_2, EXIT_3);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * {@code --debug}, declared once here and inherited by every subcommand (before or after the
   * subcommand's name); picocli sets this field wherever it is given.
   */
  @CommandLine.Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces on errors.")
  boolean debug;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: demo, check, check-all, fetch or id");
  }

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    // Apache POI (EMIS exports) logs through the Log4j API; the CLI ships no Log4j provider, so use
    // Log4j's simple logger instead of an "ERROR ... could not find a logging provider" on stderr.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given streams and returns the exit code (for tests and
   * embedding).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    SinkronCli root = new SinkronCli();
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("sinkron: " + oneLine(ex));
          if (root.debug) {
            ex.printStackTrace(commandLine.getErr());
          }
          commandLine.getErr().flush();
          return BAD_INPUT;
        });
    cl.setParameterExceptionHandler(
        (ex, args1) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("sinkron: " + ex.getMessage());
          c.getErr()
              .println("Try 'sinkron " + (c == cl ? "" : c.getCommandName() + " ") + "--help'.");
          c.getErr().flush();
          return BAD_INPUT;
        });
    return cl.execute(args);
  }

  static String oneLine(Throwable ex) {
    String m = ex.getMessage();
    if (m == null || m.isBlank()) {
      m = ex.getClass().getSimpleName();
    }
    return m.replace('\n', ' ').strip();
  }

  /** Version from the jar manifest, if any. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = SinkronCli.class.getPackage().getImplementationVersion();
      return new String[] {"sinkron " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}
