package com.example.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The README's Bean Validation setup (Hibernate Validator + an EL implementation, runtime scope)
 * bootstraps, finds Sinkron's validators, and gives Indonesian messages whatever the JVM locale.
 * Invented identifiers only.
 */
class StudentFormTest {
  private static String indonesian(String constraint) throws IOException {
    Properties p = new Properties();
    try (InputStream in = StudentFormTest.class.getResourceAsStream("/ContributorValidationMessages.properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p.getProperty("id.sinkron.constraints." + constraint + ".message");
  }

  @Test
  void invalidIdentifiersAreReportedInIndonesian() throws IOException {
    StudentForm form = new StudentForm("3204053213090004", "00912345", "SISWA CONTOH");
    assertThat(form.problems())
        .containsExactly("nik: " + indonesian("NIK"), "nisn: " + indonesian("NISN"));
  }

  @Test
  void aValidFormHasNoProblems() {
    assertThat(new StudentForm("3273014508950003", "0094417265", "SISWA CONTOH").problems()).isEmpty();
  }

  @Test
  void aMissingNikIsReported() {
    assertThat(new StudentForm(null, null, "SISWA CONTOH").problems()).singleElement().asString()
        .startsWith("nik: ");
  }
}
