package id.sinkron.dapodik;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.sinkron.model.DapodikLocal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes {@value #FILE_NAME}, the saved export of the school's local Dapodik installation
 * ({@link DapodikLocal}, format {@value DapodikLocal#FORMAT}; documented in {@code
 * docs/dapodik-local-export.md}). {@link WebServiceDump#read} reads it when a dump folder holds it,
 * and {@link WebServiceDump#write} writes it when the snapshot has one.
 *
 * <p>Thread-safe.
 *
 * @since 0.2
 */
public final class DapodikLocalFile {
  /** The file name in a dump folder. */
  public static final String FILE_NAME = "sinkron-dapodik-local.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .build();

  private DapodikLocalFile() {}

  /**
   * Parses an export.
   *
   * @param in the JSON text (not closed)
   * @param file the file name for messages
   * @return the export
   * @throws DapodikFormatException if the text is not JSON, not an export, or of another format
   *     version
   * @throws UncheckedIOException if reading fails
   */
  public static DapodikLocal read(InputStream in, String file) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(file, "file");
    DapodikLocal d;
    try {
      d = MAPPER.readValue(in, DapodikLocal.class);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      // Jackson's own message may quote the input: only the location and our text are kept
      DapodikFormatException.Reason why =
          e instanceof com.fasterxml.jackson.core.io.JsonEOFException
              ? DapodikFormatException.Reason.CUT_OFF
              : e instanceof com.fasterxml.jackson.core.JsonParseException
                  ? DapodikFormatException.Reason.INVALID_JSON
                  : DapodikFormatException.Reason.WRONG_STRUCTURE;
      throw new DapodikFormatException(
          why,
          file,
          l == null ? 0 : l.getLineNr(),
          l == null ? 0 : l.getColumnNr(),
          "not a " + DapodikLocal.FORMAT + " export (a field is missing or has the wrong type)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (d == null) {
      throw new DapodikFormatException(
          DapodikFormatException.Reason.EMPTY, file, 0, 0, "empty file");
    }
    if (!DapodikLocal.FORMAT.equals(d.format())) {
      throw new DapodikFormatException(
          DapodikFormatException.Reason.WRONG_STRUCTURE,
          file,
          0,
          0,
          "format is not " + DapodikLocal.FORMAT);
    }
    return d;
  }

  /**
   * Reads {@code dir/}{@value #FILE_NAME}.
   *
   * @throws DapodikFormatException see {@link #read(InputStream, String)}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static DapodikLocal read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code local} as JSON.
   *
   * @throws UncheckedIOException if writing fails
   */
  public static void write(DapodikLocal local, OutputStream out) {
    Objects.requireNonNull(local, "local");
    try {
      MAPPER.writeValue(out, local);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
