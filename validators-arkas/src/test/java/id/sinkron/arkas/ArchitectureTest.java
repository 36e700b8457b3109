package id.sinkron.arkas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import id.sinkron.architecture.SinkronArchitectureRules;

@AnalyzeClasses(packages = "id.sinkron.arkas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchRule SINKRON = CompositeArchRule.of(SinkronArchitectureRules.all());

  /** Rules stay package-private: only the rule list is visible outside the package. */
  @ArchTest
  static final ArchRule RULES_ARE_PACKAGE_PRIVATE =
      classes()
          .that()
          .resideInAPackage("id.sinkron.arkas.rules")
          .and()
          .doNotHaveSimpleName("ArkasRules")
          .should()
          .notBePublic()
          .because("rule classes are not API (STYLE.md §5)");

  /** Rule classes read numbers from the profile; they never read the clock. */
  @ArchTest
  static final ArchRule NO_CLOCK_IN_RULES =
      noClasses()
          .that()
          .resideInAPackage("id.sinkron.arkas.rules")
          .should()
          .callMethod(java.time.LocalDate.class, "now")
          .because("checks are pure functions of (snapshot, options)");
}
