package id.sinkron.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import id.sinkron.model.JenisKelamin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every row of {@code conformance/identifier_vectors.tsv} (a copy of {@code
 * shared/conformance/identifier_vectors.tsv}: vectors collected from other projects' test suites).
 * Rows whose expectation contradicts DOMAIN.md are not skipped: for them the test asserts Sinkron's
 * documented behaviour and says why (see {@link #nikRegency}, {@link #nisnBirthYearHeuristic} and
 * {@link #nipPppk}).
 */
class IdentifierConformanceTest {
  private static final String RESOURCE = "/conformance/identifier_vectors.tsv";

  /** A fixed reference date for resolving NIK centuries (checks never read the clock). */
  private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

  /** One line of the TSV; {@code line} is the 1-based line number in the file. */
  record Row(
      int line,
      String kind,
      String input,
      boolean valid,
      String birthDate,
      String sex,
      String province,
      String source) {
    @Override
    public String toString() {
      return "line " + line + " " + kind + " \"" + input + "\" valid=" + valid;
    }
  }

  static List<Row> rows() {
    try (InputStream in = IdentifierConformanceTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Row> out = new ArrayList<>();
      String header = r.readLine();
      assertThat(header)
          .isEqualTo(
              "kind\tinput\texpected_valid\texpected_birth_date\texpected_sex"
                  + "\texpected_province_code\tsource");
      int line = 1;
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        line++;
        if (l.isBlank()) {
          continue;
        }
        String[] f = l.split("\t", -1);
        assertThat(f).as("line %d", line).hasSize(7);
        assertThat(f[2]).as("line %d expected_valid", line).isIn("true", "false");
        out.add(new Row(line, f[0], f[1], Boolean.parseBoolean(f[2]), f[3], f[4], f[5], f[6]));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyRowIsReadAndEveryKindIsKnown() {
    Map<String, Long> byKind =
        rows().stream()
            .collect(Collectors.groupingBy(Row::kind, TreeMap::new, Collectors.counting()));
    assertThat(byKind)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "nik",
                    69L,
                    "nik_regency",
                    3L,
                    "nip",
                    16L,
                    "nip_pppk",
                    4L,
                    "nisn",
                    4L,
                    "nisn_birthyear_heuristic",
                    4L,
                    "npwp",
                    11L,
                    "npsn",
                    1L,
                    "nuptk",
                    1L)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void row(Row row) {
    switch (row.kind()) {
      case "nik":
        nik(row);
        break;
      case "nik_regency":
        nikRegency(row);
        break;
      case "nip":
        nip(row);
        break;
      case "nip_pppk":
        nipPppk(row);
        break;
      case "nisn":
        assertValidity(row, Nisn.check(row.input()), Nisn.isValid(row.input()), row.valid());
        break;
      case "nisn_birthyear_heuristic":
        nisnBirthYearHeuristic(row);
        break;
      case "npwp":
        assertValidity(row, Npwp.check(row.input()), Npwp.isValid(row.input()), row.valid());
        break;
      case "npsn":
        assertValidity(row, Npsn.check(row.input()), Npsn.isValid(row.input()), row.valid());
        break;
      case "nuptk":
        assertValidity(row, Nuptk.check(row.input()), Nuptk.isValid(row.input()), row.valid());
        break;
      default:
        fail("unknown kind %s on line %d: add it to this test", row.kind(), row.line());
    }
  }

  private static void assertValidity(
      Row row, List<IdentifierProblem> problems, boolean isValid, boolean expected) {
    assertThat(isValid).as("%s isValid", row).isEqualTo(expected);
    if (expected) {
      assertThat(problems).as("%s check", row).isEmpty();
    } else {
      assertThat(problems).as("%s check", row).isNotEmpty();
    }
  }

  /** Format, province, sex and (where the source states it) birth date. */
  private static void nik(Row row) {
    assertValidity(row, Nik.check(row.input()), Nik.isValid(row.input()), row.valid());
    if (!row.valid()) {
      assertThat(Nik.tryParse(row.input())).as("%s tryParse", row).isEmpty();
      assertThatThrownBy(() -> Nik.parse(row.input()))
          .as("%s parse", row)
          .isInstanceOfSatisfying(
              IdentifierFormatException.class,
              e -> assertThat(e.kind()).isEqualTo(IdentifierKind.NIK));
      return;
    }
    Nik nik = Nik.parse(row.input());
    assertThat(Nik.tryParse(row.input())).as("%s tryParse", row).contains(nik);
    assertThat(nik.provinceCode()).as("%s province", row).isEqualTo(row.province());
    assertThat(Provinsi.fromCode(row.province()))
        .as("%s province table", row)
        .contains(nik.province());
    assertThat(nik.sex()).as("%s sex", row).isEqualTo(JenisKelamin.valueOf(row.sex()));
    if (!row.birthDate().isEmpty()) {
      LocalDate date = LocalDate.parse(row.birthDate());
      assertThat(nik.birthDateCandidates()).as("%s candidates", row).contains(date);
      // The default century resolution (latest century not after the reference date) agrees with
      // every date the sources state.
      assertThat(nik.birthDate(REFERENCE)).as("%s birthDate", row).contains(date);
      assertThat(nik.crossCheck(date, nik.sex())).as("%s crossCheck", row).isEmpty();
    }
  }

  /**
   * TSV: invalid, because the 4-digit regency code does not exist. Sinkron has no regency table
   * (DOMAIN.md §3.1 checks the province only), so these are valid NIKs for us; the regency code is
   * decoded but not judged.
   */
  private static void nikRegency(Row row) {
    assertThat(row.valid()).as("%s: the TSV expects a regency check", row).isFalse();
    assertThat(Nik.check(row.input())).as("%s check (province-level)", row).isEmpty();
    Nik nik = Nik.parse(row.input());
    assertThat(nik.regencyCode()).isEqualTo(row.input().substring(0, 4));
    assertThat(Provinsi.fromCode(nik.provinceCode())).isPresent();
  }

  /**
   * PNS NIPs: {@code check} and {@code checkPns} agree with the TSV; birth date and sex decoded.
   */
  private static void nip(Row row) {
    assertValidity(row, Nip.check(row.input()), Nip.isValid(row.input()), row.valid());
    assertValidity(row, Nip.checkPns(row.input()), Nip.isValidPns(row.input()), row.valid());
    if (row.valid()) {
      Nip nip = Nip.parse(row.input());
      assertThat(nip.form()).as("%s form", row).isEqualTo(NipForm.PNS);
      assertThat(nip.tmtCpns()).as("%s tmtCpns", row).isPresent();
      assertNipIdentity(row, nip);
    } else {
      assertThat(Nip.tryParse(row.input())).as("%s tryParse", row).isEmpty();
    }
  }

  /**
   * PPPK NIPs: the TSV's {@code expected_valid} is the PPPK verdict, which {@code Nip.check}
   * (either form) follows. The README says these fail a PNS-only check, and so every row fails
   * {@code Nip.checkPns}: the valid ones with {@link IdentifierProblem#WRONG_FORM} alone.
   */
  private static void nipPppk(Row row) {
    assertValidity(row, Nip.check(row.input()), Nip.isValid(row.input()), row.valid());
    assertThat(Nip.checkPns(row.input())).as("%s checkPns", row).isNotEmpty();
    assertThat(Nip.isValidPns(row.input())).as("%s isValidPns", row).isFalse();
    if (row.valid()) {
      assertThat(Nip.checkPns(row.input())).containsExactly(IdentifierProblem.WRONG_FORM);
      Nip nip = Nip.parse(row.input());
      assertThat(nip.form()).as("%s form", row).isEqualTo(NipForm.PPPK);
      assertThat(nip.tmtCpns()).as("%s tmtCpns", row).isEmpty();
      assertNipIdentity(row, nip);
    }
  }

  private static void assertNipIdentity(Row row, Nip nip) {
    LocalDate date = LocalDate.parse(row.birthDate());
    JenisKelamin sex = JenisKelamin.valueOf(row.sex());
    assertThat(nip.birthDate()).as("%s birthDate", row).isEqualTo(date);
    assertThat(nip.sex()).as("%s sex", row).isEqualTo(sex);
    assertThat(nip.crossCheck(date, sex)).as("%s crossCheck", row).isEmpty();
  }

  /**
   * TSV: invalid, by one project's birth-year heuristic. DOMAIN.md §3.2: the first three digits
   * usually match the birth year, but mismatches are valid, so the format check accepts them and
   * the heuristic is only exposed for warnings.
   */
  private static void nisnBirthYearHeuristic(Row row) {
    assertThat(row.valid()).as("%s: the TSV expects the heuristic", row).isFalse();
    assertThat(Nisn.check(row.input())).as("%s check (format only)", row).isEmpty();
    Nisn nisn = Nisn.parse(row.input());
    int hint = Integer.parseInt(row.input().substring(0, 3));
    assertThat(nisn.birthYearHint()).isEqualTo(hint);
    assertThat(nisn.matchesBirthYear(2000 + hint)).isTrue();
    assertThat(nisn.matchesBirthYear(2000 + (hint + 1) % 1000)).isFalse();
  }
}
