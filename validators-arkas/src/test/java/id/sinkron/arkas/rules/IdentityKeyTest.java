package id.sinkron.arkas.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityKeyTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MUHAMMAD RIZKI | Muhamad Rizki",
        "MUHAMMAD RIZKI | MOHAMMAD RIZKI",
        "MUHAMMAD RIZKI | mohamad rizki",
        "MUHAMMAD RIZKI | MOH. RIZKI",
        "MUHAMMAD RIZKI | Moch. Rizki",
        "MUHAMMAD RIZKI | MUH RIZKI",
        "MUHAMMAD RIZKI | M. Rizki",
        "MUHAMMAD RIZKI | M.RIZKI",
        "MUHAMMAD RIZKI | MOCHAMMAD RIZKI",
        "MUHAMMAD RIZKI | Mhd. Rizki",
        "NUR AINI | NURAINI",
        "NUR AINI | Nur  'Aini",
        "SITI NUR-HALIZA | siti nurhaliza",
        "SOEKARNO PUTRA | SUKARNO PUTRA",
        "DJOKO SUSILO | JOKO SUSILO",
        "TJAHJO | CAHJO",
        "ACHMAD | AKHMAD",
        "NJOMAN | NYOMAN",
        "ANDRÉ | ANDRE"
      })
  void variantsFold(String a, String b) {
    assertThat(IdentityKey.normaliseName(a)).isEqualTo(IdentityKey.normaliseName(b));
  }

  @ParameterizedTest(name = "{0} ≠ {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HASAN | HUSEIN",
        "RIZKI MUHAMMAD | RIZKI M",
        "AHMAD RIZKI | M RIZKI",
        "MUHAMMAD RIZKI | RIZKI"
      })
  void differentNamesStayApart(String a, String b) {
    assertThat(IdentityKey.normaliseName(a)).isNotEqualTo(IdentityKey.normaliseName(b));
  }

  @Test
  void keyNeedsAllThreeParts() {
    LocalDate d = LocalDate.of(2012, 1, 1);
    assertThat(IdentityKey.of("A", Optional.of(d), Optional.of("B"))).isPresent();
    assertThat(IdentityKey.of("A", Optional.empty(), Optional.of("B"))).isEmpty();
    assertThat(IdentityKey.of("A", Optional.of(d), Optional.empty())).isEmpty();
    assertThat(IdentityKey.of("A", Optional.of(d), Optional.of(" - "))).isEmpty();
    assertThat(IdentityKey.of("...", Optional.of(d), Optional.of("B"))).isEmpty();
    assertThat(IdentityKey.of("A", Optional.of(d), Optional.of("B")))
        .isNotEqualTo(IdentityKey.of("A", Optional.of(d.plusDays(1)), Optional.of("B")));
  }
}
