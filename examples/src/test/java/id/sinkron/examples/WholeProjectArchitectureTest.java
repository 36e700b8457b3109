package id.sinkron.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import id.sinkron.architecture.SinkronArchitectureRules;
import org.junit.jupiter.api.Test;

/** The cross-module rules, over every module at once (examples depends on all of them). */
class WholeProjectArchitectureTest {
  @Test
  void everyModuleTogetherKeepsTheRules() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("id.sinkron");
    // all modules really are in the import, not only this one
    assertThat(classes.containPackage("id.sinkron.gtk")).isTrue();
    assertThat(classes.containPackage("id.sinkron.erapor")).isTrue();
    assertThat(classes.containPackage("id.sinkron.arkas")).isTrue();
    assertThat(classes.containPackage("id.sinkron.dapodik.internal")).isTrue();
    ArchRule all = CompositeArchRule.of(SinkronArchitectureRules.all());
    all.check(classes);
  }
}
