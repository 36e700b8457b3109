package id.sinkron.dapodik;

import id.sinkron.model.ImmutableProvenance;
import id.sinkron.model.ImmutableSchoolSnapshot;
import id.sinkron.model.SchoolSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test fixtures: the dump folders under {@code src/test/resources/dumps}. */
public final class Fixtures {
  private Fixtures() {}

  public static final String SMK = "smk-quirks";
  public static final String SD = "sd-minimal";
  public static final String EMPTY_LISTS = "empty-lists";
  public static final String UNREADABLE = "unreadable";

  /** The distinctive password hashes of the fixtures: none may ever appear in Sinkron's output. */
  public static final String HASH_MARK = "MustNeverLeak";

  public static Path dump(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/dumps/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies fixture {@code name} into {@code dir} (created) and returns {@code dir}. */
  public static Path copy(String name, Path dir) {
    try {
      Files.createDirectories(dir);
      try (Stream<Path> files = Files.list(dump(name))) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.copy(f, dir.resolve(f.getFileName().toString()));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String errorBody(String message) {
    return "{\n  \"success\": false,\n  \"http_code\": 403,\n  \"status_code\": \"Forbidden\",\n  \"message\": \""
        + message
        + "\"\n}";
  }

  /**
   * The snapshot with its provenance source replaced, to compare snapshots read from different
   * places.
   */
  public static SchoolSnapshot normalised(SchoolSnapshot s) {
    return ImmutableSchoolSnapshot.copyOf(s)
        .withProvenance(ImmutableProvenance.copyOf(s.provenance()).withSource("normalised"));
  }
}
