package id.sinkron.bosmadrasah;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import id.sinkron.architecture.SinkronArchitectureRules;

@AnalyzeClasses(
    packages = "id.sinkron.bosmadrasah",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchRule SINKRON = CompositeArchRule.of(SinkronArchitectureRules.all());

  /** Checks are pure functions of (snapshot, options): no clock in the module. */
  @ArchTest
  static final ArchRule NO_CLOCK =
      noClasses()
          .that()
          .resideInAPackage("id.sinkron.bosmadrasah")
          .and()
          .doNotHaveSimpleName("BosMadrasah")
          .should()
          .callMethod(java.time.LocalDate.class, "now")
          .because("checks are pure functions of (snapshot, options)");

  /** The module depends on core only. */
  @ArchTest
  static final ArchRule CORE_ONLY =
      noClasses()
          .that()
          .resideInAPackage("id.sinkron.bosmadrasah")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "id.sinkron.gtk..",
              "id.sinkron.erapor..",
              "id.sinkron.arkas..",
              "id.sinkron.examples..",
              "id.sinkron.testkit..")
          .because("each validator module depends on core only");
}
