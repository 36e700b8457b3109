package id.sinkron.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** A small local Spark for the tests: two cores, loopback only, no UI, few shuffle partitions. */
final class Spark {
  private Spark() {}

  static SparkSession local(Path warehouse) {
    return SparkSession.builder()
        .appName("sinkron-spark-test")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "4")
        .config("spark.sql.warehouse.dir", warehouse.toUri().toString())
        .getOrCreate();
  }
}
