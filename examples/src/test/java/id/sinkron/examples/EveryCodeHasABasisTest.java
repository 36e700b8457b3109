package id.sinkron.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinkron.Sinkron;
import id.sinkron.check.ApplicationValidator;
import id.sinkron.check.Basis;
import id.sinkron.check.FindingCode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * RULES.md "Basis": every code of every validator on the classpath declares how we know the
 * application behaves so, with a short label in both languages and a citation.
 */
class EveryCodeHasABasisTest {
  @Test
  void everyCodeOfEveryValidatorHasABasis() {
    var validators = Sinkron.discover(getClass().getClassLoader());
    assertThat(validators).extracting(ApplicationValidator::application).isNotEmpty();
    int codes = 0;
    for (ApplicationValidator v : validators) {
      for (FindingCode c : v.codes()) {
        Basis b = c.basis();
        assertThat(b).as(c.code()).isNotNull();
        assertThat(b.label(Locale.ENGLISH)).as(c.code()).isNotBlank();
        assertThat(b.label(Locale.forLanguageTag("id"))).as(c.code()).isNotBlank();
        assertThat(b.citation()).as(c.code()).isNotBlank();
        if (b.kind() == Basis.Kind.SOURCE) {
          assertThat(b.citation())
              .as(c.code() + ": a SOURCE basis names a repository path")
              .containsPattern("[a-zA-Z0-9_-]+/[a-zA-Z0-9_.-]+");
        }
        codes++;
      }
    }
    assertThat(codes).isGreaterThan(50);
  }
}
