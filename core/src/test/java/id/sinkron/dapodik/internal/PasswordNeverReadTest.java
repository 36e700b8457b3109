package id.sinkron.dapodik.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.sinkron.Sinkron;
import id.sinkron.dapodik.Fixtures;
import id.sinkron.model.Endpoint;
import id.sinkron.model.InputProblem;
import id.sinkron.model.InputProblemCode;
import id.sinkron.model.SchoolSnapshot;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * getPengguna's {@code password} is skipped by the parser: its value is never turned into a Java
 * string. Proven with a parser hook that records every text the reader asks the parser for.
 */
class PasswordNeverReadTest {

  /** Records every value text materialised through the parser API. */
  static final class RecordingParser extends JsonParserDelegate {
    final List<String> texts;

    RecordingParser(JsonParser d, List<String> texts) {
      super(d);
      this.texts = texts;
    }

    private String rec(String s) {
      if (s != null) {
        texts.add(s);
      }
      return s;
    }

    @Override
    public String getText() throws IOException {
      return rec(super.getText());
    }

    @Override
    public int getText(Writer writer) throws IOException {
      String s = super.getText();
      rec(s);
      writer.write(s);
      return s.length();
    }

    @Override
    public char[] getTextCharacters() throws IOException {
      char[] c = super.getTextCharacters();
      if (c != null) {
        rec(new String(c, super.getTextOffset(), super.getTextLength()));
      }
      return c;
    }

    @Override
    public String getValueAsString() throws IOException {
      return rec(super.getValueAsString());
    }

    @Override
    public String getValueAsString(String defaultValue) throws IOException {
      return rec(super.getValueAsString(defaultValue));
    }

    @Override
    public String nextTextValue() throws IOException {
      return rec(super.nextTextValue());
    }
  }

  static SchoolSnapshot readRecording(String fixture, List<String> texts) throws IOException {
    return DumpFiles.read(
        Fixtures.dump(fixture), new SnapshotReader(p -> new RecordingParser(p, texts)));
  }

  @Test
  void thePasswordValueIsNeverMaterialised() throws IOException {
    List<String> texts = new ArrayList<>();
    SchoolSnapshot s = readRecording(Fixtures.SMK, texts);
    assertThat(s.pengguna()).hasSize(2);
    // the hook works: other values of the same rows were materialised
    assertThat(texts)
        .contains("operator.sinkron@example.org", "0b000000-0000-4000-8000-0000000000b2");
    assertThat(texts).noneMatch(t -> t.contains(Fixtures.HASH_MARK));
  }

  @Test
  void aPasswordOfTheWrongTypeIsSkippedToo() throws IOException {
    List<String> texts = new ArrayList<>();
    SchoolSnapshot s = readRecording(Fixtures.UNREADABLE, texts);
    assertThat(texts).noneMatch(t -> t.contains(Fixtures.HASH_MARK));
    // the object and list passwords cause no problem; the third row fails on its username only
    List<InputProblem> pengguna =
        s.inputProblems().stream()
            .filter(p -> p.endpoint().orElse(null) == Endpoint.PENGGUNA)
            .toList();
    assertThat(pengguna)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(InputProblemCode.ROW_UNREADABLE);
              assertThat(p.row()).contains(2);
              assertThat(p.field()).contains("username");
            });
    assertThat(s.pengguna()).hasSize(2);
  }

  @Test
  void noHashInTheModelItsJsonItsProblemsOrTheReport() throws Exception {
    ObjectMapper m =
        new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    for (String fixture : List.of(Fixtures.SMK, Fixtures.UNREADABLE)) {
      SchoolSnapshot s = readRecording(fixture, new ArrayList<>());
      assertThat(s.toString()).doesNotContain(Fixtures.HASH_MARK);
      assertThat(m.writeValueAsString(s)).doesNotContain(Fixtures.HASH_MARK).doesNotContain("$2y$");
      assertThat(s.inputProblems())
          .allSatisfy(p -> assertThat(p.describe()).doesNotContain(Fixtures.HASH_MARK));
      assertThat(Sinkron.checker().asOf(LocalDate.of(2025, 8, 31)).check(s).toJson())
          .doesNotContain(Fixtures.HASH_MARK);
    }
  }
}
