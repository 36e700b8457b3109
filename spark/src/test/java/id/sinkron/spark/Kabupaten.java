package id.sinkron.spark;

import id.sinkron.testkit.Defect;
import id.sinkron.testkit.SchoolGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small generated kabupaten for the tests: {@code n} dump folders of SD, SMP, SMA and SMK schools
 * with 30–120 students, about a third with one to three catalogue defects (as {@code
 * KabupatenRun}), and four folders that cannot be read whole: a body that is not JSON, a missing
 * required file, an empty folder, an error body.
 */
final class Kabupaten {
  static final List<String> BROKEN =
      List.of("zz-access-denied", "zz-empty", "zz-no-peserta-didik", "zz-not-json");

  final Path root;
  final List<Path> folders = new ArrayList<>();

  private Kabupaten(Path root) {
    this.root = root;
  }

  static Kabupaten generate(Path root, int n) throws IOException {
    Kabupaten k = new Kabupaten(root.toAbsolutePath().normalize());
    Random rnd = new Random(17);
    Defect[] defects = Defect.values();
    for (int i = 0; i < n; i++) {
      double b = rnd.nextDouble();
      SchoolGenerator g =
          b < 0.55
              ? SchoolGenerator.sd()
              : b < 0.8
                  ? SchoolGenerator.smp()
                  : b < 0.9 ? SchoolGenerator.sma() : SchoolGenerator.smk();
      g.seed(1000 + i).students(30 + rnd.nextInt(91));
      if (rnd.nextInt(3) == 0) {
        for (int d = rnd.nextInt(3); d >= 0; d--) {
          g.with(defects[rnd.nextInt(defects.length)]);
        }
      }
      Path dir = k.root.resolve(String.format("%04d", i));
      try {
        g.saveTo(dir);
      } catch (IllegalStateException tooSmallForTheDefect) {
        SchoolGenerator.of(g.bentuk()).seed(1000 + i).students(90).saveTo(dir);
      }
      k.folders.add(dir);
    }
    Path notJson = k.add("zz-not-json", n);
    Files.writeString(notJson.resolve("getGtk.json"), "this is not JSON");
    Path noPd = k.add("zz-no-peserta-didik", n + 1);
    Files.delete(noPd.resolve("getPesertaDidik.json"));
    Files.createDirectories(k.root.resolve("zz-empty"));
    k.folders.add(k.root.resolve("zz-empty"));
    Path denied = k.add("zz-access-denied", n + 2);
    Files.writeString(denied.resolve("getGtk.json"), "Access denied for IP 10.0.0.1");
    k.folders.sort(null);
    return k;
  }

  private Path add(String name, int seed) {
    Path dir = root.resolve(name);
    SchoolGenerator.smp().seed(seed).students(60).saveTo(dir);
    folders.add(dir);
    return dir;
  }
}
