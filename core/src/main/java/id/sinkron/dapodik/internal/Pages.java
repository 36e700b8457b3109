package id.sinkron.dapodik.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The envelope of a list response as the live client needs it to page ({@code results}, {@code
 * start}, the number of {@code rows}), and the merge of several pages into one body. Only for
 * bodies held in memory; a body that is not a JSON envelope gives no counts (the snapshot reader
 * then says what it is).
 */
public final class Pages {
  private Pages() {}

  /**
   * The envelope of one page.
   *
   * @param rows the number of elements of {@code rows}
   * @param results the envelope's {@code results}, or -1
   * @param start the envelope's {@code start}, or -1
   */
  public record Counts(int rows, long results, long start) {
    /**
     * @return whether the envelope announces more rows than the body holds
     */
    public boolean isPartial() {
      return results >= 0 && rows < results;
    }
  }

  /**
   * @return the envelope counts of {@code body}, empty when it is not a JSON object with a {@code
   *     rows} list
   */
  public static Optional<Counts> scan(byte[] body) {
    int from = firstBrace(body);
    if (from < 0) {
      return Optional.empty();
    }
    try (JsonParser p = Json.FACTORY.createParser(body, from, body.length - from)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      int rows = -1;
      long results = -1;
      long start = -1;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals("rows") && v == JsonToken.START_ARRAY) {
          rows = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
            rows++;
          }
        } else if (name.equals("results")) {
          results = number(p, v);
          p.skipChildren();
        } else if (name.equals("start")) {
          start = number(p, v);
          p.skipChildren();
        } else {
          p.skipChildren();
        }
      }
      return rows < 0 || t != JsonToken.END_OBJECT
          ? Optional.empty()
          : Optional.of(new Counts(rows, results, start));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Merges pages into one body in the Web Service's shape, {@code results} (and {@code limit})
   * equal to the rows it holds.
   *
   * @param pages the bodies, first page first; each a JSON envelope (checked with {@link #scan})
   * @return the merged body
   * @throws IOException when a page cannot be parsed
   */
  public static byte[] merge(List<byte[]> pages) throws IOException {
    ObjectNode first = null;
    ArrayNode rows = Json.MAPPER.createArrayNode();
    for (byte[] b : pages) {
      int from = firstBrace(b);
      JsonNode n = Json.MAPPER.readTree(b, from, b.length - from);
      if (first == null) {
        first = (ObjectNode) n;
      }
      n.get("rows").forEach(rows::add);
    }
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("results", rows.size());
    if (first.has("id")) {
      out.set("id", first.get("id"));
    }
    out.put("start", 0);
    out.put("limit", rows.size());
    out.set("rows", rows);
    return Json.WRITER.writeValueAsBytes(out);
  }

  /**
   * @return whether the first row of {@code page} equals the first row of {@code first} (a server
   *     that ignores {@code start})
   */
  public static boolean sameFirstRow(byte[] first, byte[] page) throws IOException {
    JsonNode a = firstRow(first);
    JsonNode b = firstRow(page);
    return a != null && a.equals(b);
  }

  private static JsonNode firstRow(byte[] body) throws IOException {
    int from = firstBrace(body);
    JsonNode rows = Json.MAPPER.readTree(body, from, body.length - from).get("rows");
    return rows == null || rows.isEmpty() ? null : rows.get(0);
  }

  private static long number(JsonParser p, JsonToken v) throws IOException {
    if (v == JsonToken.VALUE_NUMBER_INT) {
      return p.getLongValue();
    }
    if (v == JsonToken.VALUE_STRING) {
      String s = p.getText().strip();
      if (!s.isEmpty() && s.length() < 12 && s.chars().allMatch(Character::isDigit)) {
        return Long.parseLong(s);
      }
    }
    return -1;
  }

  private static int firstBrace(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '{') {
        return i;
      }
      if (b[i] == '[' && onlySpaceBefore(b, i)) {
        return -1; // a bare list
      }
    }
    return -1;
  }

  private static boolean onlySpaceBefore(byte[] b, int i) {
    for (int j = 0; j < i; j++) {
      int c = b[j] & 0xFF;
      if (!(c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB
          || c == 0xBF)) {
        return false;
      }
    }
    return true;
  }
}
