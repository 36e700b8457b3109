package id.sinkron.dapodik;

import id.sinkron.dapodik.internal.AtomicFiles;
import id.sinkron.model.Endpoint;
import id.sinkron.model.SchoolSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of {@link DapodikWebService#fetch()}: the snapshot, and the raw bytes of every
 * response exactly as received, so that {@link #saveTo(Path)} can write a dump folder that {@link
 * WebServiceDump#read(Path)} reads back to the same data.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows no data.
 *
 * @since 0.1
 */
public final class FetchResult {
  private final SchoolSnapshot snapshot;
  private final Map<Endpoint, byte[]> raw;
  private final URI baseUri;
  private final Instant fetchedAt;

  FetchResult(SchoolSnapshot snapshot, Map<Endpoint, byte[]> raw, URI baseUri, Instant fetchedAt) {
    this.snapshot = snapshot;
    this.raw = Collections.unmodifiableMap(new EnumMap<>(raw));
    this.baseUri = baseUri;
    this.fetchedAt = fetchedAt;
  }

  /**
   * @return the school as fetched; {@code provenance().source()} is the base URL, {@code
   *     fetchedAt()} is set
   */
  public SchoolSnapshot snapshot() {
    return snapshot;
  }

  /**
   * @return the base URL fetched from (without user info, query or fragment)
   */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * @return when the fetch started
   */
  public Instant fetchedAt() {
    return fetchedAt;
  }

  /**
   * @return the endpoints that were called, in call order
   */
  public Set<Endpoint> endpoints() {
    return raw.keySet();
  }

  /**
   * @param endpoint an endpoint
   * @return a copy of the response body exactly as received (a list the server sent in several
   *     pages: one body holding every row, {@code results} equal to them), empty when the endpoint
   *     was not called. For {@code getPengguna} it contains password hashes: treat it as a secret.
   */
  public Optional<byte[]> rawResponse(Endpoint endpoint) {
    byte[] b = raw.get(Objects.requireNonNull(endpoint, "endpoint"));
    return b == null ? Optional.empty() : Optional.of(Arrays.copyOf(b, b.length));
  }

  /**
   * Saves the raw responses as a dump folder ({@code getSekolah.json} …), byte for byte as received
   * (pages merged as in {@link #rawResponse}). Each file is written to a temporary file and moved
   * into place atomically, so a crash never leaves a half-written file. A {@code getPengguna.json}
   * left from an earlier fetch is deleted when getPengguna was not called this time; {@code
   * sinkron-supplement.json} (the operator's own input) is never touched.
   *
   * @param dir the folder, created when missing
   * @throws NullPointerException if dir is null
   * @throws UncheckedIOException if writing fails
   */
  public void saveTo(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
    for (Map.Entry<Endpoint, byte[]> e : raw.entrySet()) {
      byte[] bytes = e.getValue();
      files.put(e.getKey().fileName(), out -> out.write(bytes));
    }
    try {
      AtomicFiles.replace(dir, files, Set.of(Endpoint.PENGGUNA.fileName()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    long bytes = raw.values().stream().mapToLong(b -> b.length).sum();
    return "FetchResult[base="
        + baseUri
        + ", fetchedAt="
        + fetchedAt
        + ", endpoints="
        + raw.keySet()
        + ", bytes="
        + bytes
        + "]";
  }
}
