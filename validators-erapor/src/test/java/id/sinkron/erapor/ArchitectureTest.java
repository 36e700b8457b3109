package id.sinkron.erapor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import id.sinkron.architecture.SinkronArchitectureRules;
import id.sinkron.check.Rule;

@AnalyzeClasses(
    packages = "id.sinkron.erapor",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest static final ArchRule SINKRON = CompositeArchRule.of(SinkronArchitectureRules.all());

  @ArchTest
  static final ArchRule RULES_ARE_SMALL_PACKAGE_PRIVATE_FINAL_CLASSES =
      classes()
          .that()
          .resideInAPackage("id.sinkron.erapor.rules")
          .and()
          .implement(Rule.class)
          .should()
          .notBePublic()
          .andShould()
          .haveModifier(JavaModifier.FINAL)
          .andShould()
          .haveSimpleNameEndingWith("Rule")
          .because(
              "one small package-private class per rule, listed in ERaporRules.all (STYLE.md §5)");
}
