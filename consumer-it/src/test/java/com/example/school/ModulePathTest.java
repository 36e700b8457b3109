package com.example.school;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.testkit.SchoolGenerator;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settles the module-path question (README, "Java module path"): Sinkron's jars carry an
 * Automatic-Module-Name and no module-info; on the module path they are automatic modules, and with
 * {@code --add-modules ALL-MODULE-PATH} the facade, the ServiceLoader discovery of the validators,
 * Jackson, both message bundles and the {@code @NIK} constraints work. Runs a second JVM.
 */
class ModulePathTest {
  /** Jars of the test class path that are not Sinkron's runtime (test framework and testkit). */
  private static boolean runtime(String jar) {
    String name = Path.of(jar).getFileName().toString();
    return !(name.startsWith("junit-") || name.startsWith("opentest4j") || name.startsWith("apiguardian")
        || name.startsWith("assertj") || name.startsWith("byte-buddy") || name.startsWith("sinkron-testkit")
        || name.startsWith("surefire") || name.startsWith("common-java5") || name.startsWith("common-junit"));
  }

  @Test
  void theFacadeRunsOnTheModulePath(@TempDir Path dir) throws Exception {
    SchoolGenerator generator = SchoolGenerator.smp().seed(3).students(90).withStudentWithoutNisn();
    generator.saveTo(dir.resolve("dump"));

    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> modulePath = new ArrayList<>();
    List<String> plainClassPath = new ArrayList<>();
    for (String e : classPath.split(File.pathSeparator)) {
      if (e.endsWith(".jar")) {
        if (runtime(e)) {
          modulePath.add(e);
        }
      } else {
        plainClassPath.add(e);               // this project's classes and test classes
      }
    }
    assertThat(modulePath).anyMatch(j -> j.contains("sinkron-core")).anyMatch(j -> j.contains("jackson-databind"));

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(Arrays.asList(java.toString(),
        "--module-path", String.join(File.pathSeparator, modulePath),
        "--add-modules", "ALL-MODULE-PATH",
        "-cp", String.join(File.pathSeparator, plainClassPath),
        "-Duser.language=en", "-Duser.country=US",
        ModulePathMain.class.getName(), dir.resolve("dump").toString(), generator.referenceDate().toString()));
    Path log = dir.resolve("out.txt");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("module-path JVM finished").isTrue();
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();

    assertThat(out).contains("core-module id.sinkron.core\n", "caller-named false\n",
        "validator INFO_GTK id.sinkron.gtk\n", "validator E_RAPOR id.sinkron.erapor\n",
        "validator ARKAS id.sinkron.arkas\n",
        "verdict INFO_GTK READY\n", "verdict E_RAPOR READY\n", "verdict ARKAS NOT_READY\n",
        "finding ARKAS-PD-NO-NISN languages-differ true\n", "problem nik: ");
  }
}
