package id.sinkron.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import id.sinkron.check.archfixture.Clean;
import id.sinkron.check.archfixture.UsesDto;
import id.sinkron.dapodik.internal.archfixture.FakeDto;
import id.sinkron.erapor.archfixture.FakeEraporRule;
import id.sinkron.gtk.archfixture.FakeGtkRule;
import id.sinkron.model.archfixture.CoreUsesGtk;
import org.junit.jupiter.api.Test;

/**
 * The rules fail on deliberately broken classes and pass on clean ones (like jMolecules' rule
 * tests).
 */
class SinkronArchitectureRulesTest {
  private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
    JavaClasses imported = new ClassFileImporter().importClasses(classes);
    return rule.evaluate(imported);
  }

  @Test
  void coreDependingOnAValidatorFails() {
    EvaluationResult r =
        evaluate(
            SinkronArchitectureRules.coreDoesNotDependOnValidators(),
            CoreUsesGtk.class,
            FakeGtkRule.class);
    assertThat(r.hasViolation()).isTrue();
    assertThat(r.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("CoreUsesGtk") && d.contains("FakeGtkRule"));
  }

  @Test
  void validatorDependingOnAnotherValidatorFails() {
    EvaluationResult r =
        evaluate(
            SinkronArchitectureRules.validatorsAreIndependent(),
            FakeGtkRule.class,
            FakeEraporRule.class);
    assertThat(r.hasViolation()).isTrue();
  }

  @Test
  void dtoOutsideDapodikFails() {
    assertThat(
            evaluate(SinkronArchitectureRules.dtosStayInDapodik(), UsesDto.class, FakeDto.class)
                .hasViolation())
        .isTrue();
    assertThat(
            evaluate(
                    SinkronArchitectureRules.internalPackagesStayInternal(),
                    UsesDto.class,
                    FakeDto.class)
                .hasViolation())
        .isTrue();
  }

  @Test
  void publicSignatureExposingInternalTypeFails() {
    EvaluationResult r =
        evaluate(
            SinkronArchitectureRules.noPublicSignatureExposesInternal(),
            UsesDto.class,
            FakeDto.class);
    assertThat(r.hasViolation()).isTrue();
    assertThat(r.getFailureReport().getDetails()).anyMatch(d -> d.contains("UsesDto.dto()"));
  }

  @Test
  void cleanClassesPassEveryRule() {
    for (ArchRule rule : SinkronArchitectureRules.all()) {
      assertThat(evaluate(rule, Clean.class, FakeEraporRule.class).hasViolation())
          .as(rule.getDescription())
          .isFalse();
    }
  }
}
