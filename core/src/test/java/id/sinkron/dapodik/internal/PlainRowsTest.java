package id.sinkron.dapodik.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinkron.dapodik.Fixtures;
import id.sinkron.model.Endpoint;
import id.sinkron.model.SchoolSnapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@link PlainRows} mapping (with its fall-back to databind) reads every body to the
 * same snapshot, problems and errors as databind alone: the sample dumps, and those dumps with every
 * field (nested list fields and list elements included) replaced by values of every JSON shape.
 */
class PlainRowsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DUMPS = List.of(Fixtures.SMK, Fixtures.SD, Fixtures.EMPTY_LISTS,
      Fixtures.UNREADABLE);
  /** Values of every JSON shape, including those databind coerces or rejects. */
  private static final List<JsonNode> VALUES = values("[null, \"\", \" 4.00 \", \"-\", \"2010-13-45\", 7, -3, 4.00, "
      + "1e3, 12345678901234567890123, true, false, {}, {\"x\": 1}, [], [\"x\"], [7], [{}], [null], [[]], "
      + "[{\"x\": [1]}], 1" + "0".repeat(300) + "]");

  /** The outcome of reading one body: what was read, or the exception. */
  record Outcome(Optional<ErrorBody> error, SchoolSnapshot snapshot, String exception) {}

  @Test
  void sampleDumpsReadTheSameAndPlainFilesAreReadOnce() throws IOException {
    int bodies = 0;
    for (String dump : DUMPS) {
      for (Endpoint e : Endpoint.values()) {
        Path f = Fixtures.dump(dump).resolve(e.fileName());
        if (!Files.isRegularFile(f)) {
          continue;
        }
        byte[] body = Files.readAllBytes(f);
        assertThat(read(e, body, true)).as(dump + "/" + e.fileName()).isEqualTo(read(e, body, false));
        bodies++;
      }
    }
    assertThat(bodies).isGreaterThan(15);
    // plain files go through PlainRows alone: one parser per body
    for (Endpoint e : Endpoint.values()) {
      Path f = Fixtures.dump(Fixtures.SD).resolve(e.fileName());
      if (Files.isRegularFile(f)) {
        AtomicInteger parsers = new AtomicInteger();
        SnapshotReader r = new SnapshotReader(p -> {
          parsers.incrementAndGet();
          return p;
        });
        r.endpoint(e, () -> Files.newInputStream(f), e.fileName());
        assertThat(parsers).as(e.fileName()).hasValue(1);
      }
    }
  }

  @Test
  void everyFieldWithEveryValueShapeReadsAsWithDatabind() throws IOException {
    int compared = 0;
    int fellBack = 0;
    for (String dump : DUMPS) {
      for (Endpoint e : Endpoint.values()) {
        Path f = Fixtures.dump(dump).resolve(e.fileName());
        if (!Files.isRegularFile(f)) {
          continue;
        }
        JsonNode doc = parseOrNull(Files.readAllBytes(f));
        if (doc == null || !doc.isObject() || !doc.has("rows")) {
          continue;
        }
        for (byte[] body : variants((ObjectNode) doc)) {
          Outcome plain = read(e, body, true);
          assertThat(plain).as(dump + "/" + e.fileName() + ": " + new String(body, StandardCharsets.UTF_8))
              .isEqualTo(read(e, body, false));
          compared++;
          AtomicInteger parsers = new AtomicInteger();
          readCounting(e, body, parsers);
          fellBack += parsers.get() > 1 ? 1 : 0;
        }
      }
    }
    assertThat(compared).isGreaterThan(2000);
    assertThat(fellBack).as("bodies read again with databind").isPositive().isLessThan(compared);
  }

  /** Every row of the first three, each field and list element replaced by each of {@link #VALUES}. */
  private static List<byte[]> variants(ObjectNode doc) throws IOException {
    List<byte[]> out = new ArrayList<>();
    JsonNode rows = doc.get("rows");
    List<ObjectNode> targets = new ArrayList<>();
    if (rows.isObject()) {
      targets.add((ObjectNode) rows);
    } else if (rows.isArray()) {
      for (int i = 0; i < Math.min(3, rows.size()); i++) {
        if (rows.get(i).isObject()) {
          targets.add((ObjectNode) rows.get(i));
        }
      }
      for (JsonNode v : VALUES) {
        ArrayNode copy = rows.deepCopy();
        copy.insert(0, v);
        out.add(withRows(doc, copy));
      }
    }
    for (ObjectNode row : targets) {
      for (String field : fieldNames(row)) {
        JsonNode original = row.get(field);
        for (JsonNode v : VALUES) {
          row.set(field, v);
          out.add(JSON.writeValueAsBytes(doc));
        }
        if (original.isArray() && !original.isEmpty() && original.get(0).isObject()) {
          ObjectNode element = (ObjectNode) original.get(0);
          for (String inner : fieldNames(element)) {
            JsonNode before = element.get(inner);
            for (JsonNode v : VALUES) {
              element.set(inner, v);
              row.set(field, original);
              out.add(JSON.writeValueAsBytes(doc));
            }
            element.set(inner, before);
          }
          for (JsonNode v : VALUES) {
            ArrayNode copy = original.deepCopy();
            copy.set(0, v);
            row.set(field, copy);
            out.add(JSON.writeValueAsBytes(doc));
          }
        }
        row.set(field, original);
      }
      // a repeated field keeps its last value
      String dup = JSON.writeValueAsString(doc).replaceFirst("\\{", "{\"rows_dummy\": 0, ");
      out.add(dup.getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  private static byte[] withRows(ObjectNode doc, JsonNode rows) throws IOException {
    ObjectNode copy = doc.deepCopy();
    copy.set("rows", rows);
    return JSON.writeValueAsBytes(copy);
  }

  private static List<String> fieldNames(ObjectNode o) {
    List<String> names = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
      names.add(it.next().getKey());
    }
    return names;
  }

  private static Outcome read(Endpoint e, byte[] body, boolean plainRows) {
    SnapshotReader r = new SnapshotReader(UnaryOperator.identity(), plainRows);
    try {
      Optional<ErrorBody> err = r.endpoint(e, () -> new ByteArrayInputStream(body), e.fileName());
      return new Outcome(err, r.build("source", null), null);
    } catch (IOException | RuntimeException ex) {
      return new Outcome(Optional.empty(), null, ex.getClass().getName() + ": " + ex.getMessage());
    }
  }

  private static void readCounting(Endpoint e, byte[] body, AtomicInteger parsers) {
    UnaryOperator<JsonParser> count = p -> {
      parsers.incrementAndGet();
      return new JsonParserDelegate(p);
    };
    try {
      new SnapshotReader(count).endpoint(e, () -> new ByteArrayInputStream(body), e.fileName());
    } catch (IOException | RuntimeException ignored) {
      // compared above
    }
  }

  /** @return the document, or null for the sample files that are not plain JSON (error texts, stray text) */
  private static JsonNode parseOrNull(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException ex) {
      return null;
    }
  }

  private static List<JsonNode> values(String json) {
    try {
      List<JsonNode> out = new ArrayList<>();
      JSON.readTree(json).forEach(out::add);
      return out;
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
