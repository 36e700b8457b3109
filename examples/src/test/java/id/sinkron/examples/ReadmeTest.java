package id.sinkron.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's code is compiled and tested: whole files ({@code <!-- file:PATH -->}) are the files
 * of the consumer project {@code consumer-it} (built against the installed jars in {@code
 * .ci/run}), tagged snippets ({@code <!-- snippet:TAG (PATH) -->}) are regions of the example
 * programs.
 */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern SNIPPET =
      Pattern.compile(
          "<!-- snippet:(\\w+) \\(([^)]+)\\) -->\\s*```java\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern FILE =
      Pattern.compile("<!-- file:(\\S+) -->\\n```\\w+\\n(.*?)```\\n", Pattern.DOTALL);

  @Test
  void wholeFilesAreTheConsumerProjectsFiles() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher m = FILE.matcher(readme);
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      assertThat(m.group(2))
          .as("README copy of " + m.group(1))
          .isEqualTo(Files.readString(ROOT.resolve(m.group(1))));
      seen.add(m.group(1));
    }
    assertThat(seen)
        .containsExactly(
            "consumer-it/pom.xml",
            "consumer-it/src/main/java/com/example/school/CheckSchool.java",
            "consumer-it/src/main/java/com/example/school/FetchSchool.java",
            "consumer-it/src/main/java/com/example/school/StudentForm.java",
            "consumer-it/src/test/java/com/example/school/SchoolFixturesTest.java");
  }

  @Test
  void snippetsMatchTheExamples() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher m = SNIPPET.matcher(readme);
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      String tag = m.group(1);
      String source = Files.readString(ROOT.resolve(m.group(2)));
      Matcher region =
          Pattern.compile(
                  "// tag::" + tag + "\\[\\]\\n(.*?)\\n\\s*// end::" + tag + "\\[\\]",
                  Pattern.DOTALL)
              .matcher(source);
      assertThat(region.find()).as("region " + tag + " in " + m.group(2)).isTrue();
      assertThat(normalize(m.group(3)))
          .as("README snippet " + tag)
          .isEqualTo(normalize(region.group(1)));
      seen.add(tag);
    }
    // The README's main snippets are whole consumer-it files now; tagged regions remain possible.
    assertThat(seen).isSubsetOf("quickstart", "fetch", "dto", "testkit");
  }

  @Test
  void readmeGivesExactlyTheTwoCommands() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertThat(readme)
        .contains("mvn -B -q -DskipTests package && java -jar examples/target/sinkron.jar demo");
    assertThat(readme).contains("\nmvn -B verify\n");
    String ci = Files.readString(ROOT.resolve(".ci/run"));
    assertThat(ci).contains("mvn -B verify");
  }

  private static String normalize(String code) {
    List<String> lines = code.stripTrailing().lines().toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n');
    }
    return b.toString();
  }
}
