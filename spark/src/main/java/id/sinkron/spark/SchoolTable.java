package id.sinkron.spark;

import id.sinkron.dapodik.WebServiceDump;
import id.sinkron.model.Endpoint;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The input layout: a table of schools, one row per school, holding the school's raw Dapodik Web
 * Service responses exactly as the server sent them.
 *
 * <table>
 *   <caption>columns</caption>
 *   <tr><th>column</th><th>type</th><th></th></tr>
 *   <tr><td>{@code npsn}</td><td>string</td><td>the school's NPSN as the table knows it (the output's
 *       {@code npsn} when {@code getSekolah} cannot be read); may be null</td></tr>
 *   <tr><td>{@code source}</td><td>string</td><td>where the bodies came from (a dump folder, a table and
 *       key); names the school in input problems; default the NPSN. A table needs {@code npsn} or
 *       {@code source} (or both)</td></tr>
 *   <tr><td>{@code getSekolah}, {@code getGtk}, {@code getPesertaDidik},
 *       {@code getRombonganBelajar}</td><td>string or binary (UTF-8)</td><td>the required bodies; a null
 *       is a response that is not there ({@code INPUT-ENDPOINT-MISSING})</td></tr>
 *   <tr><td>{@code getPengguna}</td><td>string or binary, optional</td><td></td></tr>
 *   <tr><td>{@code supplement}</td><td>string or binary, optional</td><td>{@code sinkron-supplement.json}</td></tr>
 * </table>
 *
 * Parquet and JSON Lines files with these columns are read with {@link #read}; a folder whose
 * sub-folders are dump folders ({@link WebServiceDump}) is listed with {@link #dumpFolders} and
 * read by the job itself, or converted to this layout with {@link #fromDumpFolders}.
 *
 * @since 0.2
 */
public final class SchoolTable {
  /** The NPSN column. */
  public static final String NPSN = "npsn";

  /** The optional source column. */
  public static final String SOURCE = "source";

  /** The optional supplement column ({@code sinkron-supplement.json}). */
  public static final String SUPPLEMENT = "supplement";

  private SchoolTable() {}

  /**
   * @return the body columns in reading order: one per endpoint (named by its path), then the
   *     supplement
   */
  public static List<String> bodyColumns() {
    List<String> l = new ArrayList<>();
    for (Endpoint e : Endpoint.values()) {
      l.add(e.path());
    }
    l.add(SUPPLEMENT);
    return l;
  }

  /**
   * @return the required columns: the required endpoints (and {@code npsn} or {@code source})
   */
  public static List<String> requiredColumns() {
    List<String> l = new ArrayList<>();
    for (Endpoint e : Endpoint.values()) {
      if (e.required()) {
        l.add(e.path());
      }
    }
    return l;
  }

  /**
   * @return the layout with bodies as UTF-8 binary, as {@link #fromDumpFolders} writes it
   */
  public static StructType schema() {
    List<StructField> f = new ArrayList<>();
    f.add(new StructField(NPSN, DataTypes.StringType, true, Metadata.empty()));
    f.add(new StructField(SOURCE, DataTypes.StringType, true, Metadata.empty()));
    for (String c : bodyColumns()) {
      f.add(new StructField(c, DataTypes.BinaryType, true, Metadata.empty()));
    }
    return new StructType(f.toArray(StructField[]::new));
  }

  /**
   * Reads a table of schools.
   *
   * @param format {@code parquet} or {@code json} (JSON Lines, one school per line)
   * @throws IllegalArgumentException for another format
   */
  public static Dataset<Row> read(SparkSession spark, String path, String format) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("parquet") && !f.equals("json")) {
      throw new IllegalArgumentException(
          "unknown table format '" + format + "' (use parquet or json)");
    }
    return spark.read().format(f).load(path);
  }

  /**
   * Checks a table's columns and brings it to the layout the job reads: {@code npsn}, {@code
   * source} (the NPSN when absent), then every body column as binary (a column the table does not
   * have is null).
   *
   * @throws IllegalArgumentException naming the missing required columns, or a body column that is
   *     neither string nor binary
   */
  static Dataset<Row> normalise(Dataset<Row> table) {
    StructType schema = table.schema();
    Set<String> have = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    have.addAll(Arrays.asList(schema.fieldNames()));
    List<String> missing = new ArrayList<>();
    for (String c : requiredColumns()) {
      if (!have.contains(c)) {
        missing.add(c);
      }
    }
    if (!have.contains(NPSN) && !have.contains(SOURCE)) {
      missing.add(0, NPSN + " or " + SOURCE);
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "the table of schools has no column "
              + String.join(", ", missing)
              + " (columns: "
              + String.join(", ", schema.fieldNames())
              + "; expected "
              + NPSN
              + ", "
              + SOURCE
              + " (optional), "
              + String.join(", ", bodyColumns())
              + ")");
    }
    List<Column> cols = new ArrayList<>();
    Column npsn =
        have.contains(NPSN)
            ? functions.col(NPSN).cast(DataTypes.StringType)
            : functions.lit(null).cast(DataTypes.StringType);
    cols.add(npsn.as(NPSN));
    cols.add(
        have.contains(SOURCE)
            ? functions.coalesce(functions.col(SOURCE).cast(DataTypes.StringType), npsn).as(SOURCE)
            : npsn.as(SOURCE));
    for (String c : bodyColumns()) {
      if (have.contains(c)) {
        DataType t = schema.apply(schema.fieldIndex(fieldName(schema, c))).dataType();
        if (!t.equals(DataTypes.StringType) && !t.equals(DataTypes.BinaryType)) {
          throw new IllegalArgumentException(
              "column "
                  + c
                  + " is "
                  + t.simpleString()
                  + ": a body must be the response text (string) or its UTF-8 bytes (binary)");
        }
        cols.add(functions.col(c).cast(DataTypes.BinaryType).as(c));
      } else {
        cols.add(functions.lit(null).cast(DataTypes.BinaryType).as(c));
      }
    }
    return table.select(cols.toArray(Column[]::new));
  }

  private static String fieldName(StructType schema, String name) {
    for (String n : schema.fieldNames()) {
      if (n.equalsIgnoreCase(name)) {
        return n;
      }
    }
    return name;
  }

  /**
   * Lists the dump folders directly under {@code root} (sorted by name), on the driver, through
   * Hadoop's file system API (local paths, {@code hdfs://}, {@code s3a://} … as configured).
   *
   * @return the folders, as plain paths for the local file system and URIs otherwise
   * @throws UncheckedIOException when {@code root} cannot be listed
   * @throws IllegalArgumentException when {@code root} has no sub-folder
   */
  public static List<String> dumpFolders(SparkSession spark, String root) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path r = new Path(root);
    List<String> out = new ArrayList<>();
    try {
      FileSystem fs = r.getFileSystem(conf);
      for (FileStatus s : fs.listStatus(r)) {
        if (s.isDirectory()) {
          out.add(display(s.getPath()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(root + ": cannot list the dump folders", e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(root + ": no dump folders (sub-folders) found");
    }
    out.sort(null);
    return out;
  }

  /** A local path as the operating system writes it, anything else as a URI. */
  static String display(Path p) {
    return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
  }

  /**
   * Reads a folder of dump folders into the table layout ({@link #schema()}), the bodies read by
   * the executors. For converting folders once into Parquet; the job checks folders directly
   * ({@code SparkChecks.checkDumpFolders}), which also turns a folder that cannot be read into an
   * input problem, while this fails the task that meets it.
   *
   * @param partitions the number of partitions (folders are spread evenly in name order)
   */
  public static Dataset<Row> fromDumpFolders(SparkSession spark, String root, int partitions) {
    List<String> folders = dumpFolders(spark, root);
    FolderReader reader = FolderReader.of(spark);
    JavaRDD<Row> rows =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(folders, Math.max(1, Math.min(partitions, folders.size())))
            .map(
                dir -> {
                  Map<String, byte[]> files = reader.read(dir);
                  Object[] v = new Object[2 + bodyColumns().size()];
                  v[1] = dir;
                  int i = 2;
                  for (Endpoint e : Endpoint.values()) {
                    v[i++] = files.get(e.fileName());
                  }
                  v[i] = files.get(WebServiceDump.SUPPLEMENT_FILE);
                  return RowFactory.create(v);
                });
    return spark.createDataFrame(rows, schema());
  }

  /**
   * Reads the files of one dump folder on an executor through Hadoop's file system API, with the
   * driver's Hadoop configuration (broadcast once).
   */
  static final class FolderReader implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Map<String, String>> conf;
    private transient Configuration hadoop;

    private FolderReader(Broadcast<Map<String, String>> conf) {
      this.conf = conf;
    }

    static FolderReader of(SparkSession spark) {
      Map<String, String> m = new HashMap<>();
      for (Map.Entry<String, String> e : spark.sparkContext().hadoopConfiguration()) {
        m.put(e.getKey(), e.getValue());
      }
      return new FolderReader(JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(m));
    }

    private Configuration hadoop() {
      if (hadoop == null) {
        Configuration c = new Configuration(false);
        conf.value().forEach(c::set);
        hadoop = c;
      }
      return hadoop;
    }

    /**
     * @return the dump files present in {@code dir}, by file name (other files are not read)
     * @throws UncheckedIOException wrapping {@link FileNotFoundException} when the folder is not
     *     there, or the failure to read a file
     */
    Map<String, byte[]> read(String dir) {
      Objects.requireNonNull(dir, "dir");
      Path d = new Path(dir);
      Map<String, byte[]> files = new LinkedHashMap<>();
      try {
        FileSystem fs = d.getFileSystem(hadoop());
        if (!fs.getFileStatus(d).isDirectory()) {
          throw new java.nio.file.NotDirectoryException(dir);
        }
        List<String> names = new ArrayList<>();
        names.add(WebServiceDump.SUPPLEMENT_FILE);
        for (Endpoint e : Endpoint.values()) {
          names.add(e.fileName());
        }
        for (String name : names) {
          Path f = new Path(d, name);
          FileStatus st;
          try {
            st = fs.getFileStatus(f);
          } catch (FileNotFoundException absent) {
            continue;
          }
          if (!st.isFile()) {
            continue;
          }
          try (FSDataInputStream in = fs.open(f)) {
            files.put(name, readAll(in));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return files;
    }

    private static byte[] readAll(InputStream in) throws IOException {
      return in.readAllBytes();
    }
  }
}
