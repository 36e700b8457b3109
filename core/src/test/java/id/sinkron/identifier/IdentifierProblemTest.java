package id.sinkron.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentifierProblemTest {
  private static final Locale ID = Locale.forLanguageTag("id-ID");

  @ParameterizedTest
  @EnumSource(IdentifierProblem.class)
  void everyProblemHasAnIndonesianAndAnEnglishText(IdentifierProblem p) {
    String id = p.describe(ID);
    String en = p.describe(Locale.ENGLISH);
    assertThat(id).isNotBlank().doesNotEndWith(".");
    assertThat(en).isNotBlank().doesNotEndWith(".");
    assertThat(id).isNotEqualTo(en);
  }

  @Test
  void textsAreDistinctPerLocale() {
    Set<String> id = new HashSet<>();
    Set<String> en = new HashSet<>();
    for (IdentifierProblem p : IdentifierProblem.values()) {
      id.add(p.describe(ID));
      en.add(p.describe(Locale.UK));
    }
    assertThat(id).hasSize(IdentifierProblem.values().length);
    assertThat(en).hasSize(IdentifierProblem.values().length);
  }

  @Test
  void indonesianIsTheDefaultForAnyOtherLocaleWhateverTheJvmDefault() {
    // surefire runs with user.language=en: a French request must not fall back to English.
    assertThat(IdentifierProblem.WRONG_LENGTH.describe(Locale.FRENCH))
        .isEqualTo(IdentifierProblem.WRONG_LENGTH.describe(ID))
        .isEqualTo(IdentifierProblem.WRONG_LENGTH.describe(Locale.ROOT))
        .isEqualTo("jumlah digit salah");
    assertThat(IdentifierProblem.WRONG_LENGTH.describe(Locale.US))
        .isEqualTo("wrong number of digits");
  }

  @Test
  void describeJoinsACheckResultInOrder() {
    List<IdentifierProblem> problems = Nik.check("9904113209970000");
    assertThat(problems)
        .containsExactly(
            IdentifierProblem.UNKNOWN_PROVINCE,
            IdentifierProblem.BAD_DATE,
            IdentifierProblem.ZERO_SERIAL);
    assertThat(IdentifierProblem.describe(problems, Locale.ENGLISH))
        .isEqualTo("unknown province code, impossible birth date, serial number zero");
    assertThat(IdentifierProblem.describe(List.of(), ID)).isEmpty();
  }
}
