package id.sinkron.dapodik.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces files of a folder so that a crash never leaves a half-written file: each file is written
 * to a temporary file in the same folder, flushed to disk, then moved over the target ({@code
 * ATOMIC_MOVE}, falling back to {@code REPLACE_EXISTING} where the file system cannot move
 * atomically). All temporary files are written before the first move, so a failure while writing
 * changes nothing.
 */
public final class AtomicFiles {
  /** Writes one file's content. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * @param dir the folder, created when missing
   * @param files content by file name, written in this order
   * @param removeIfPresent file names to delete when they are not among {@code files} (stale files)
   */
  public static void replace(Path dir, Map<String, Content> files, Set<String> removeIfPresent)
      throws IOException {
    Files.createDirectories(dir);
    Map<Path, Path> moves = new LinkedHashMap<>();
    List<Path> temps = new ArrayList<>();
    try {
      for (Map.Entry<String, Content> e : files.entrySet()) {
        Path tmp = Files.createTempFile(dir, "." + e.getKey() + ".", ".tmp");
        temps.add(tmp);
        try (FileChannel ch =
            FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
          // the content may close the stream it is given: closing only flushes, the channel stays
          // open
          java.io.BufferedOutputStream out =
              new java.io.BufferedOutputStream(Channels.newOutputStream(ch), 65536) {
                @Override
                public void close() throws IOException {
                  flush();
                }
              };
          e.getValue().writeTo(out);
          out.flush();
          ch.force(true);
        }
        moves.put(tmp, dir.resolve(e.getKey()));
      }
      for (Map.Entry<Path, Path> m : moves.entrySet()) {
        move(m.getKey(), m.getValue());
        temps.remove(m.getKey());
      }
    } finally {
      for (Path t : temps) {
        Files.deleteIfExists(t);
      }
    }
    for (String name : removeIfPresent) {
      if (!files.containsKey(name)) {
        Files.deleteIfExists(dir.resolve(name));
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
