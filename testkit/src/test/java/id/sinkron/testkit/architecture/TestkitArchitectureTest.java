package id.sinkron.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import id.sinkron.architecture.SinkronArchitectureRules;

@AnalyzeClasses(
    packages = "id.sinkron.testkit",
    importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitArchitectureTest {
  @ArchTest static final ArchRule ALL = CompositeArchRule.of(SinkronArchitectureRules.all());

  @ArchTest
  static final ArchRule KNOWS_NO_VALIDATOR =
      noClasses()
          .that()
          .resideInAPackage("id.sinkron.testkit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("id.sinkron.gtk..", "id.sinkron.erapor..", "id.sinkron.arkas..")
          .because(
              "validator modules use the testkit in their own tests, so it builds on core alone");
}
