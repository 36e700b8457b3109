package id.sinkron.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinkron.identifier.JenisMadrasah;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KemenagProfileTest {
  @Test
  void bundledProfileCarriesTheEvidenceNumbers() {
    KemenagProfile p = KemenagProfile.bundled();
    assertThat(p.name()).isEqualTo(KemenagProfile.BOS_MADRASAH_2026);
    assertThat(p.tahunAnggaran()).isEqualTo(2026);
    assertThat(p.rombelCap(JenisMadrasah.MI)).contains(28);
    assertThat(p.rombelCap(JenisMadrasah.MTS)).contains(32);
    assertThat(p.rombelCap(JenisMadrasah.MA)).contains(36);
    assertThat(p.rombelCap(JenisMadrasah.RA)).contains(28);
    assertThat(p.uncertainCaps()).containsExactly(JenisMadrasah.RA);
    assertThat(p.dataWindowStart()).isEqualTo(LocalDate.of(2025, 9, 1));
    assertThat(p.dataWindowEnd()).isEqualTo(LocalDate.of(2025, 9, 30));
    assertThat(p.bapDeadline()).isEqualTo(LocalDate.of(2025, 9, 30));
  }

  @Test
  void everyValueHasASource() {
    KemenagProfile p = KemenagProfile.bundled();
    Set<String> exempt =
        Set.of("name", "title", "sources", "notes", "rombelCap", "bundled", "fromJson");
    for (Method m : KemenagProfile.class.getDeclaredMethods()) {
      if (m.getParameterCount() == 0
          && !exempt.contains(m.getName())
          && !java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        assertThat(p.sources()).as(m.getName()).containsKey(m.getName());
      }
    }
  }

  @Test
  void anIncompleteTableIsRejected() {
    assertThatThrownBy(
            () ->
                KemenagProfile.fromJson(
                    new ByteArrayInputStream("{\"name\": \"X\"}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(UncheckedIOException.class);
  }
}
