package id.sinkron.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.constraints.internal.NikValidator;
import id.sinkron.constraints.internal.NipValidator;
import id.sinkron.constraints.internal.NisnValidator;
import id.sinkron.constraints.internal.NpsnValidator;
import id.sinkron.constraints.internal.NuptkValidator;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the constraints through a real Hibernate Validator. Invented numbers only. */
class ConstraintsTest {
  static final List<Class<? extends Annotation>> CONSTRAINTS =
      List.of(NIK.class, NISN.class, NPSN.class, NUPTK.class, NIP.class, NSM.class, NISM.class);

  /** An invented teacher record; every field valid. */
  record Guru(
      @NIK String nik,
      @NISN String nisn,
      @NPSN String npsn,
      @NUPTK String nuptk,
      @NIP String nip,
      List<@NISN String> nisnAnak) {}

  static Guru valid() {
    return new Guru(
        "3273014508950003",
        "0094417265",
        "20517384",
        "4361752653200013",
        "198704122010012003",
        List.of("0094417265", "0104417266"));
  }

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  private static List<String> pathsAndTypes(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(
            v ->
                v.getPropertyPath()
                    + ":"
                    + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void validValuesPass() {
    assertThat(validator.validate(valid())).isEmpty();
  }

  @Test
  void separatorsAndBothNipFormsPass() {
    Guru g =
        new Guru(
            "3273 0145 0895 0003",
            "009.441.7265",
            "2051-7384",
            "4361 7526 5320 0013",
            "199211052023211004",
            List.of());
    assertThat(validator.validate(g)).isEmpty();
  }

  @Test
  void nullIsValid() {
    assertThat(validator.validate(new Guru(null, null, null, null, null, null))).isEmpty();
    assertThat(
            validator.validate(
                new Guru(
                    null, null, null, null, null, java.util.Arrays.asList("0094417265", null))))
        .isEmpty();
  }

  @Test
  void invalidValuesReportPathAndConstraint() {
    Guru g =
        new Guru(
            "3273013208950003",
            "009441726",
            "P2051738",
            "0000000000000000",
            "198704122010013003",
            List.of("0094417265", "1234567890"));
    assertThat(pathsAndTypes(validator.validate(g)))
        .containsExactly(
            "nik:NIK",
            "nip:NIP",
            "nisn:NISN",
            "nisnAnak[1].<list element>:NISN",
            "npsn:NPSN",
            "nuptk:NUPTK");
  }

  @Test
  void eachConstraintAlone() {
    Guru base = valid();
    assertThat(
            pathsAndTypes(
                validator.validate(
                    new Guru(
                        "9973014508950003",
                        base.nisn(),
                        base.npsn(),
                        base.nuptk(),
                        base.nip(),
                        base.nisnAnak()))))
        .containsExactly("nik:NIK");
    assertThat(
            pathsAndTypes(
                validator.validate(
                    new Guru(
                        base.nik(),
                        base.nisn(),
                        base.npsn(),
                        base.nuptk(),
                        "19870412201001200",
                        base.nisnAnak()))))
        .containsExactly("nip:NIP");
    assertThat(
            pathsAndTypes(
                validator.validate(
                    new Guru(
                        base.nik(), "", base.npsn(), base.nuptk(), base.nip(), base.nisnAnak()))))
        .containsExactly("nisn:NISN");
  }

  /** A method parameter, to exercise the PARAMETER target. */
  static class Service {
    public void register(@NIK String nik, @NIP String nip) {}
  }

  @Test
  void methodParameters() throws NoSuchMethodException {
    Method m = Service.class.getMethod("register", String.class, String.class);
    Set<ConstraintViolation<Service>> v =
        validator
            .forExecutables()
            .validateParameters(
                new Service(), m, new Object[] {"3273014508950000", "198704122010012003"});
    assertThat(pathsAndTypes(v)).containsExactly("register.nik:NIK");
  }

  @Test
  void validatorsAcceptAnyCharSequence() {
    assertThat(new NikValidator().isValid(new StringBuilder("3273014508950003"), null)).isTrue();
    assertThat(new NikValidator().isValid(null, null)).isTrue();
    assertThat(new NisnValidator().isValid(new StringBuilder("0000000000"), null)).isFalse();
    assertThat(new NpsnValidator().isValid("20517384", null)).isTrue();
    assertThat(new NuptkValidator().isValid("4361752653200013", null)).isTrue();
    assertThat(new NipValidator().isValid("199211052023211004", null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      classes = {NIK.class, NISN.class, NPSN.class, NUPTK.class, NIP.class, NSM.class, NISM.class})
  void annotationShapeFollowsHibernateValidatorCountryConstraints(Class<? extends Annotation> type)
      throws NoSuchMethodException {
    assertThat(type.isAnnotationPresent(Documented.class)).isTrue();
    assertThat(type.getAnnotation(Constraint.class).validatedBy()).isEmpty();
    assertThat(type.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
    assertThat(type.getAnnotation(Target.class).value())
        .containsExactlyInAnyOrder(
            ElementType.METHOD,
            ElementType.FIELD,
            ElementType.ANNOTATION_TYPE,
            ElementType.CONSTRUCTOR,
            ElementType.PARAMETER,
            ElementType.TYPE_USE);
    Class<?> list = type.getAnnotation(Repeatable.class).value();
    assertThat(list.getSimpleName()).isEqualTo("List");
    assertThat(list.getEnclosingClass()).isEqualTo(type);
    assertThat(list.getAnnotation(Target.class).value())
        .isEqualTo(type.getAnnotation(Target.class).value());
    assertThat(list.getMethod("value").getReturnType().getComponentType()).isEqualTo(type);
    assertThat(type.getMethod("message").getDefaultValue())
        .isEqualTo("{" + type.getName() + ".message}");
    assertThat((Class<?>[]) type.getMethod("groups").getDefaultValue()).isEmpty();
    assertThat(type.getMethod("payload").getGenericReturnType().getTypeName())
        .isEqualTo("java.lang.Class<? extends " + Payload.class.getName() + ">[]");
  }

  @Test
  void serviceFileRegistersOnePublicValidatorPerConstraint() throws Exception {
    List<String> names;
    try (InputStream in =
        ConstraintsTest.class.getResourceAsStream(
            "/META-INF/services/jakarta.validation.ConstraintValidator")) {
      assertThat(in).isNotNull();
      names =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .collect(Collectors.toList());
    }
    assertThat(names).doesNotHaveDuplicates().hasSize(CONSTRAINTS.size());
    Set<Class<?>> covered = new java.util.HashSet<>();
    for (String name : names) {
      Class<?> c = Class.forName(name);
      assertThat(c.getPackageName()).isEqualTo("id.sinkron.constraints.internal");
      assertThat(Modifier.isPublic(c.getModifiers())).as(name).isTrue();
      assertThat(ConstraintValidator.class).isAssignableFrom(c);
      Object instance = c.getConstructor().newInstance();
      assertThat(instance).isNotNull();
      for (var t : c.getGenericInterfaces()) {
        if (t instanceof java.lang.reflect.ParameterizedType p
            && p.getRawType() == ConstraintValidator.class) {
          covered.add((Class<?>) p.getActualTypeArguments()[0]);
          assertThat(p.getActualTypeArguments()[1]).isEqualTo(CharSequence.class);
        }
      }
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(CONSTRAINTS);
  }

  static Set<String> keys(String resource) throws IOException {
    try (InputStream in = ConstraintsTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      java.util.Properties p = new java.util.Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      p.forEach((k, v) -> assertThat(v.toString()).as("%s %s", resource, k).isNotBlank());
      return p.stringPropertyNames();
    }
  }
}
