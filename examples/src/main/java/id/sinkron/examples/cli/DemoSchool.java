package id.sinkron.examples.cli;

import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.SchoolSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The bundled demo school: an invented SMP negeri (24 PTK, 283 students, 9 class rombel and an
 * ekstrakurikuler) stored as a Web Service dump in {@code /demo/}, with the common defects. It is
 * checked as of {@link #AS_OF}, two weeks before the BOSP cut-off.
 */
public final class DemoSchool {
  /** The demo's reference date. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 8, 15);

  private DemoSchool() {}

  /** Reads the demo school from the classpath (a folder in development, the jar when packaged). */
  public static SchoolSnapshot read() {
    URL url = DemoSchool.class.getResource("/demo/getSekolah.json");
    if (url == null) {
      throw new IllegalStateException("The demo school is missing from the classpath");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return WebServiceDump.read(fs.getPath("/demo"));
      }
      return WebServiceDump.read(Path.of(uri).getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
