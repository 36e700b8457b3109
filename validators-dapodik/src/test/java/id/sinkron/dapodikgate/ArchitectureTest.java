package id.sinkron.dapodikgate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import id.sinkron.architecture.SinkronArchitectureRules;

@AnalyzeClasses(
    packages = "id.sinkron.dapodikgate",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchRule SINKRON = CompositeArchRule.of(SinkronArchitectureRules.all());

  /** Rules stay package-private: only the rule list and the shared analysis are visible. */
  @ArchTest
  static final ArchRule RULES_ARE_PACKAGE_PRIVATE =
      classes()
          .that()
          .resideInAPackage("id.sinkron.dapodikgate.rules")
          .and()
          .doNotHaveSimpleName("DapodikGateRules")
          .and()
          .doNotHaveSimpleName("GateAnalysis")
          .should()
          .notBePublic()
          .because("rule classes are not API (STYLE.md §5)");

  /** Rules never touch the database or the network: they read the snapshot only. */
  @ArchTest
  static final ArchRule RULES_READ_THE_SNAPSHOT_ONLY =
      noClasses()
          .that()
          .resideInAPackage("id.sinkron.dapodikgate.rules")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "java.net..", "org.postgresql..")
          .because("checks are pure functions of (snapshot, options)");

  /** Nothing in the gate logs: a log line could carry a credential. */
  @ArchTest
  static final ArchRule NO_LOGGING =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.util.logging..", "org.slf4j..", "java.lang.System$Logger")
          .because("credentials are never logged");
}
