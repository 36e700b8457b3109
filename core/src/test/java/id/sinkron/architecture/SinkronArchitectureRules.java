package id.sinkron.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;

/**
 * Sinkron's architecture rules, in one place. Every module runs {@link #all()} on its own classes
 * ({@code @ArchTest}); the rules themselves are tested on deliberately broken classes.
 */
public final class SinkronArchitectureRules {
  private SinkronArchitectureRules() {}

  static final String[] CORE = {
    "id.sinkron",
    "id.sinkron.model..",
    "id.sinkron.identifier..",
    "id.sinkron.constraints..",
    "id.sinkron.check..",
    "id.sinkron.profile..",
    "id.sinkron.dapodik..",
    "id.sinkron.emis.."
  };
  static final String GTK = "id.sinkron.gtk..";
  static final String ERAPOR = "id.sinkron.erapor..";
  static final String ARKAS = "id.sinkron.arkas..";

  /** Core never depends on a validator module. */
  public static ArchRule coreDoesNotDependOnValidators() {
    return noClasses()
        .that()
        .resideInAnyPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(GTK, ERAPOR, ARKAS)
        .because("validator modules plug into core through the ApplicationValidator SPI")
        .allowEmptyShould(true);
  }

  /** Validator modules do not depend on each other. */
  public static ArchRule validatorsAreIndependent() {
    return ArchRuleDefinition.noClasses()
        .that()
        .resideInAPackage(GTK)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ERAPOR, ARKAS)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("id.sinkron.examples..")
        .because("each validator module depends on core only")
        .allowEmptyShould(true);
  }

  /** E-Rapor does not depend on the other validators. */
  public static ArchRule eraporIsIndependent() {
    return noClasses()
        .that()
        .resideInAPackage(ERAPOR)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(GTK, ARKAS, "id.sinkron.examples..")
        .because("each validator module depends on core only")
        .allowEmptyShould(true);
  }

  /** ARKAS does not depend on the other validators. */
  public static ArchRule arkasIsIndependent() {
    return noClasses()
        .that()
        .resideInAPackage(ARKAS)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(GTK, ERAPOR, "id.sinkron.examples..")
        .because("each validator module depends on core only")
        .allowEmptyShould(true);
  }

  /** Only the Dapodik package touches its Jackson DTOs. */
  public static ArchRule dtosStayInDapodik() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("id.sinkron.dapodik..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("id.sinkron.dapodik.internal..")
        .because("Jackson DTOs are an implementation detail of reading the Web Service")
        .allowEmptyShould(true);
  }

  /** Nothing outside a module's internal package uses it, except its own module's classes. */
  public static ArchRule internalPackagesStayInternal() {
    return noClasses()
        .that()
        .resideOutsideOfPackages("id.sinkron.dapodik..", "id.sinkron.constraints..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("id.sinkron.dapodik.internal..", "id.sinkron.constraints.internal..")
        .because("internal packages are not API")
        .allowEmptyShould(true);
  }

  /** No public method or field of a public type exposes an {@code internal} type. */
  public static ArchRule noPublicSignatureExposesInternal() {
    return ArchRuleDefinition.members()
        .that()
        .arePublic()
        .and(declaredInPublicNonInternalType())
        .should(notExposeInternalTypes())
        .because("internal types are not API and may change without notice")
        .allowEmptyShould(true);
  }

  private static DescribedPredicate<JavaMember> declaredInPublicNonInternalType() {
    return new DescribedPredicate<>("declared in a public type outside internal packages") {
      @Override
      public boolean test(JavaMember m) {
        JavaClass owner = m.getOwner();
        return owner.getModifiers().contains(JavaModifier.PUBLIC) && !isInternal(owner);
      }
    };
  }

  private static ArchCondition<JavaMember> notExposeInternalTypes() {
    return new ArchCondition<>("not expose types of internal packages") {
      @Override
      public void check(JavaMember member, ConditionEvents events) {
        List<JavaClass> exposed = new java.util.ArrayList<>();
        if (member instanceof JavaMethod method) {
          exposed.add(method.getRawReturnType());
          exposed.addAll(method.getRawParameterTypes());
        } else if (member instanceof com.tngtech.archunit.core.domain.JavaField field) {
          exposed.add(field.getRawType());
        } else if (member instanceof com.tngtech.archunit.core.domain.JavaConstructor c) {
          exposed.addAll(c.getRawParameterTypes());
        }
        for (JavaClass t : exposed) {
          JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
          if (isInternal(base)) {
            events.add(
                SimpleConditionEvent.violated(
                    member, member.getFullName() + " exposes internal type " + base.getName()));
          }
        }
      }
    };
  }

  private static boolean isInternal(JavaClass c) {
    String p = c.getPackageName();
    return p.startsWith("id.sinkron.") && (p.endsWith(".internal") || p.contains(".internal."));
  }

  /**
   * @return every rule
   */
  public static List<ArchRule> all() {
    return List.of(
        coreDoesNotDependOnValidators(),
        validatorsAreIndependent(),
        eraporIsIndependent(),
        arkasIsIndependent(),
        dtosStayInDapodik(),
        internalPackagesStayInternal(),
        noPublicSignatureExposesInternal());
  }
}
