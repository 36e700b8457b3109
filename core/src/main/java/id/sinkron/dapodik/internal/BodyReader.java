package id.sinkron.dapodik.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.sinkron.dapodik.DapodikFormatException;
import id.sinkron.identifier.Masking;
import id.sinkron.model.Endpoint;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams one Web Service body: skips stray text before the first {@code {}, recognises error bodies,
 * and binds each element of {@code rows} to a DTO with a shared {@link ObjectReader} as the parser
 * reaches it. The body is read once; no whole-body string or tree is built.
 *
 * <p>A row whose binding fails (a value of the wrong JSON type) is reported as
 * {@code INPUT-ROW-UNREADABLE} and skipped to its end; the next rows are still read. Text that is not
 * JSON (or JSON that is not a Web Service response) throws {@link DapodikFormatException} with the
 * position in the file.
 */
final class BodyReader {
  /** Receives each bound row. */
  interface RowHandler<T> {
    void row(int index, T dto);
  }

  /**
   * What the body turned out to be: an error body, rows (with the envelope's {@code results} when
   * it has one), or something that is not a Web Service response.
   *
   * @param error the error body, or null
   * @param rows the number of elements of {@code rows} (bound or not)
   * @param results the envelope's {@code results}, or -1 when absent or not a number
   * @param foreign what the body looks like when it is not a Web Service response, or null
   */
  record Result(ErrorBody error, int rows, long results, Foreign foreign) {
    boolean isError() {
      return error != null;
    }

    boolean isForeign() {
      return foreign != null;
    }
  }

  /**
   * A body that is not a Web Service response.
   *
   * @param detail what it looks like, in English, without personal data
   * @param key the message key of the same text in core's bundle
   * @param args its arguments
   */
  record Foreign(String detail, String key, List<String> args) {}

  private static final int MAX_PREFIX_KEPT = 8192;
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
  private static final Pattern HTTP_HEADER =
      Pattern.compile("^(HTTP/\\d(\\.\\d)? \\d{3}.*|[A-Za-z][A-Za-z0-9-]*: .*)$");
  private static final Pattern LONG_DIGITS = Pattern.compile("\\d{5,}");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");

  private final UnaryOperator<JsonParser> decorator;

  BodyReader(UnaryOperator<JsonParser> decorator) {
    this.decorator = decorator;
  }

  /**
   * Reads one body.
   *
   * @param in the body; not closed
   * @param file the file name or URL path, for problems and exceptions
   * @param endpoint the endpoint whose body this is
   * @param reader the DTO reader of one row
   * @param handler receives each row that could be bound
   * @param problems receives unreadable rows
   * @throws DapodikFormatException when the body is not a JSON Web Service response
   * @throws IOException when reading the stream fails
   */
  <T> Result read(
      InputStream in,
      String file,
      Endpoint endpoint,
      ObjectReader reader,
      RowHandler<T> handler,
      Problems problems)
      throws IOException {
    BufferedInputStream bin =
        in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 65536);
    Prefix prefix = skipToBrace(bin);
    String text = new String(prefix.kept.toByteArray(), StandardCharsets.UTF_8);
    if (!prefix.foundBrace) {
      if (text.strip().isEmpty()) {
        throw new DapodikFormatException(
            DapodikFormatException.Reason.EMPTY,
            file,
            1,
            1,
            "empty body, not a Web Service response");
      }
      ErrorBody e = findError(text, endpoint);
      if (e != null) {
        return new Result(e, 0, -1, null);
      }
      if (looksLikeHtml(text)) {
        return new Result(null, 0, -1, html(text));
      }
      String t = text.strip();
      if (t.startsWith("[") && t.endsWith("]")) {
        return new Result(null, 0, -1, bareList());
      }
      throw new DapodikFormatException(
          DapodikFormatException.Reason.NOT_JSON,
          file,
          prefix.firstTextLine,
          prefix.firstTextColumn,
          "not JSON and not a known Web Service error text");
    }
    if (text.strip().equals("[")) {
      // a list of rows saved without the envelope (nothing but "[" before the first row): the
      // reader cannot
      // know whether it is whole. A PHP log line such as "[22-Apr-2026 …] PHP Notice" is stray text
      // instead.
      return new Result(null, 0, -1, bareList());
    }
    if (looksLikeHtmlDocument(text)) {
      // an HTML page whose first brace is in its CSS or script: not a response (an error text in it
      // still is one)
      ErrorBody e = findError(text, endpoint);
      return e != null ? new Result(e, 0, -1, null) : new Result(null, 0, -1, html(text));
    }
    try (JsonParser p = decorator.apply(Json.FACTORY.createParser(bin))) {
      return readEnvelope(p, file, endpoint, reader, handler, problems);
    } catch (JsonProcessingException e) {
      throw formatException(file, prefix, e);
    }
  }

  /**
   * The first line of {@code text} that is a known Web Service error, ignoring HTML tags (PHP
   * notices printed before the error, DOMAIN.md §2.2 and web-service-shapes.md S1) and raw HTTP
   * header lines saved into the file (S9); null when there is none.
   */
  static ErrorBody findError(String text, Endpoint endpoint) {
    for (String line : text.split("\\r?\\n|\\r|<br\\s*/?>")) {
      String t = TAG.matcher(line).replaceAll(" ").strip();
      if (t.isEmpty()
          || (HTTP_HEADER.matcher(t).matches()
              && !t.toLowerCase(java.util.Locale.ROOT).startsWith("access denied"))) {
        continue;
      }
      ErrorBody e = ErrorBody.classify(t, endpoint);
      if (e.kind() != ErrorBody.Kind.UNKNOWN) {
        return e;
      }
    }
    return null;
  }

  /** Any HTML tag other than the line breaks and bold of a PHP notice. */
  private static boolean looksLikeHtml(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    return looksLikeHtmlDocument(text)
        || t.contains("<div")
        || t.contains("<p>")
        || t.contains("<h1");
  }

  /** The start of an HTML document (not the {@code <br />}/{@code <b>} of a PHP notice). */
  private static boolean looksLikeHtmlDocument(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    return t.contains("<html")
        || t.contains("<!doctype")
        || t.contains("<head")
        || t.contains("<title")
        || t.contains("<body")
        || t.contains("<style");
  }

  private static Foreign html(String text) {
    Matcher m = TITLE.matcher(text);
    String title =
        m.find() ? TAG.matcher(m.group(1)).replaceAll(" ").replaceAll("\\s+", " ").strip() : "";
    if (title.length() > 60) {
      title = title.substring(0, 60) + "…";
    }
    title = maskDigits(title);
    if (title.isEmpty()) {
      return new Foreign(
          "an HTML page, not a Web Service response: the file was saved from a web page",
          "input.reason.html",
          List.of());
    }
    return new Foreign(
        "an HTML page titled \""
            + title
            + "\", not a Web Service response: the file was saved from "
            + "a web page",
        "input.reason.html.titled",
        List.of(title));
  }

  private static Foreign bareList() {
    return new Foreign(
        "a bare JSON list without the Web Service envelope ('results', 'rows'): whether it holds "
            + "every row cannot be told",
        "input.reason.bare.list",
        List.of());
  }

  private static String maskDigits(String s) {
    Matcher m = LONG_DIGITS.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(Masking.maskIdentifier(m.group())));
    }
    m.appendTail(b);
    return b.toString();
  }

  private <T> Result readEnvelope(
      JsonParser p,
      String file,
      Endpoint endpoint,
      ObjectReader reader,
      RowHandler<T> handler,
      Problems problems)
      throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new DapodikFormatException(
          DapodikFormatException.Reason.WRONG_STRUCTURE, file, 1, 1, "not a JSON object");
    }
    boolean sawRows = false;
    boolean failed = false;
    String message = null;
    String rowsType = null;
    String rowsKind = null;
    long results = -1;
    List<String> fields = new java.util.ArrayList<>();
    int rows = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (fields.size() < 6) {
        fields.add(maskDigits(name.length() > 30 ? name.substring(0, 30) + "…" : name));
      }
      JsonToken v = p.nextToken();
      switch (name) {
        case "rows":
          if (v == JsonToken.VALUE_NULL
              || v == JsonToken.START_OBJECT
              || v == JsonToken.START_ARRAY) {
            sawRows = true;
            rows = readRows(p, v, file, endpoint, reader, handler, problems);
          } else {
            rowsType = describe(v);
            rowsKind = v == JsonToken.VALUE_STRING ? "text" : v.isNumeric() ? "number" : "boolean";
          }
          break;
        case "results":
          results = count(p, v);
          p.skipChildren();
          break;
        case "success":
          failed =
              v == JsonToken.VALUE_FALSE
                  || (v == JsonToken.VALUE_STRING && "false".equalsIgnoreCase(p.getText().strip()))
                  || (v == JsonToken.VALUE_NUMBER_INT && p.getIntValue() == 0);
          p.skipChildren();
          break;
        case "message":
          if (v.isScalarValue() && v != JsonToken.VALUE_NULL) {
            message = p.getText();
          } else {
            p.skipChildren();
          }
          break;
        default:
          p.skipChildren();
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new DapodikFormatException(
          t == null
              ? DapodikFormatException.Reason.CUT_OFF
              : DapodikFormatException.Reason.INVALID_JSON,
          file,
          p.currentLocation().getLineNr(),
          p.currentLocation().getColumnNr(),
          "unexpected end of the response object");
    }
    if (failed || (!sawRows && message != null)) {
      return new Result(ErrorBody.classify(message, endpoint), 0, -1, null);
    }
    if (rowsType != null) {
      return new Result(
          null,
          0,
          -1,
          new Foreign(
              "a JSON object whose 'rows' is " + rowsType + ", not a list",
              "input.reason.rows.type",
              List.of("@" + rowsKind)));
    }
    if (!sawRows) {
      String names = String.join(", ", fields);
      return new Result(
          null,
          0,
          -1,
          fields.isEmpty()
              ? new Foreign(
                  "an empty JSON object, not a Web Service response",
                  "input.reason.empty.object",
                  List.of())
              : new Foreign(
                  "a JSON object with the fields "
                      + names
                      + " but no 'rows': not a Web Service response",
                  "input.reason.no.rows",
                  List.of(names)));
    }
    return new Result(null, rows, results, null);
  }

  /** The value of {@code results}: a whole number or its text; -1 otherwise. */
  private static long count(JsonParser p, JsonToken v) throws IOException {
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

  private <T> int readRows(
      JsonParser p,
      JsonToken v,
      String file,
      Endpoint endpoint,
      ObjectReader reader,
      RowHandler<T> handler,
      Problems problems)
      throws IOException {
    if (v == JsonToken.VALUE_NULL) {
      return 0;
    }
    if (v == JsonToken.START_OBJECT) {
      // getSekolah: rows is one object
      readRow(
          p,
          0,
          p.getParsingContext().getParent().getNestingDepth(),
          file,
          endpoint,
          reader,
          handler,
          problems);
      return 1;
    }
    if (v != JsonToken.START_ARRAY) {
      throw new IllegalStateException("rows of type " + v);
    }
    int arrayDepth = p.getParsingContext().getNestingDepth();
    int index = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new DapodikFormatException(
            DapodikFormatException.Reason.CUT_OFF,
            file,
            0,
            0,
            "unexpected end of input inside 'rows'");
      }
      if (t != JsonToken.START_OBJECT) {
        problems.rowUnreadable(
            endpoint, file, index, null, describe(t), false, "row is not an object");
        p.skipChildren();
      } else {
        readRow(p, index, arrayDepth, file, endpoint, reader, handler, problems);
      }
      index++;
    }
    return index;
  }

  /**
   * Binds the row at the parser's START_OBJECT; on failure reports it and skips to the row's end.
   */
  private <T> void readRow(
      JsonParser p,
      int index,
      int parentDepth,
      String file,
      Endpoint endpoint,
      ObjectReader reader,
      RowHandler<T> handler,
      Problems problems)
      throws IOException {
    T dto = bind(p, reader, parentDepth, file, endpoint, index, "", problems);
    if (dto != null) {
      handler.row(index, dto);
    }
  }

  /**
   * Binds the value at the parser's START_OBJECT with {@code reader}. When the value cannot be
   * bound (a field of the wrong JSON type), reports {@code INPUT-ROW-UNREADABLE} and leaves the
   * parser at the value's END_OBJECT, so that reading can go on with the next value.
   *
   * @param parentDepth the nesting depth of the context that contains the value
   * @param fieldPrefix prefix of reported field paths (e.g. {@code "arkas."}), may be empty
   * @return the DTO, or null when it could not be bound
   * @throws StreamReadException when the text is not valid JSON
   */
  static <T> T bind(
      JsonParser p,
      ObjectReader reader,
      int parentDepth,
      String file,
      Endpoint endpoint,
      int index,
      String fieldPrefix,
      Problems problems)
      throws IOException {
    try {
      return reader.readValue(p);
    } catch (JsonMappingException e) {
      // Jackson wraps syntax errors met inside nested values: those are not row problems
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof StreamReadException sre) {
          throw sre;
        }
      }
      JsonToken at = p.currentToken();
      boolean data = at != null && at.isScalarValue() && at != JsonToken.VALUE_NULL;
      String value = at == null ? null : data ? safeText(p) : describe(at);
      String field = fieldPrefix + path(e.getPath());
      problems.rowUnreadable(
          endpoint, file, index, field.isEmpty() ? null : field, value, data, detail(e, at));
      while (p.getParsingContext().getNestingDepth() > parentDepth) {
        if (p.nextToken() == null) {
          throw new DapodikFormatException(
              DapodikFormatException.Reason.CUT_OFF,
              file,
              0,
              0,
              "unexpected end of input inside a row");
        }
      }
      return null;
    }
  }

  static String safeText(JsonParser p) throws IOException {
    return p.getText();
  }

  private static String detail(JsonMappingException e, JsonToken at) {
    if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
      Class<?> target = mi.getTargetType();
      String expected =
          target == String.class
              ? "text or a number"
              : List.class.isAssignableFrom(target) ? "a list" : "an object";
      return "expected " + expected + ", found " + (at == null ? "nothing" : describe(at));
    }
    return "value of the wrong type" + (at == null ? "" : ": " + describe(at));
  }

  static String describe(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        return "text";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** The bytes before the first {@code {}: stray text (PHP notices) or a whole plain-text error body. */
  private static final class Prefix {
    boolean foundBrace;
    final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    int lines;
    int lastLineBytes;
    int firstTextLine;
    int firstTextColumn;
  }

  private static Prefix skipToBrace(BufferedInputStream in) throws IOException {
    Prefix pre = new Prefix();
    int pos = 0;
    while (true) {
      in.mark(1);
      int c = in.read();
      if (c < 0) {
        return pre;
      }
      if (c == '{') {
        in.reset();
        pre.foundBrace = true;
        return pre;
      }
      boolean bom = pos < 3 && (c == 0xEF || c == 0xBB || c == 0xBF);
      pos++;
      if (bom) {
        continue;
      }
      if (c == '\n') {
        pre.lines++;
        pre.lastLineBytes = 0;
      } else {
        pre.lastLineBytes++;
        if (pre.firstTextLine == 0 && c != ' ' && c != '\t' && c != '\r') {
          pre.firstTextLine = pre.lines + 1;
          pre.firstTextColumn = pre.lastLineBytes;
        }
      }
      if (pre.kept.size() < MAX_PREFIX_KEPT) {
        pre.kept.write(c);
      }
    }
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl >= 0 ? text.substring(0, nl).strip() : text;
  }

  static DapodikFormatException formatException(String file, JsonProcessingException e) {
    return formatException(file, new Prefix(), e);
  }

  private static DapodikFormatException formatException(
      String file, Prefix pre, JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    int line = 0;
    int col = 0;
    if (l != null && l.getLineNr() > 0) {
      line = l.getLineNr() + pre.lines;
      col =
          l.getColumnNr() > 0 ? l.getColumnNr() + (l.getLineNr() == 1 ? pre.lastLineBytes : 0) : 0;
    }
    boolean cut = e instanceof com.fasterxml.jackson.core.io.JsonEOFException;
    return new DapodikFormatException(
        cut ? DapodikFormatException.Reason.CUT_OFF : DapodikFormatException.Reason.INVALID_JSON,
        file,
        line,
        col,
        cut
            ? "the JSON ends before it is complete (a cut-off download or copy?)"
            : "not valid JSON: " + sanitise(e.getOriginalMessage()));
  }

  /**
   * Jackson quotes the offending token in its messages: mask quoted text (it may be personal data).
   */
  static String sanitise(String message) {
    if (message == null) {
      return "unreadable";
    }
    String first = message.lines().findFirst().orElse("");
    // Jackson appends the location as "[Source: REDACTED …; line: 1, column: 2]": the caller gives
    // the position
    first =
        first
            .replaceAll("\\s*\\(?(start marker )?at \\[Source:.*$", "")
            .replaceAll("\\[Source:.*$", "")
            .strip();
    Matcher m = QUOTED.matcher(first);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String q = m.group(1) != null ? m.group(1) : m.group(2);
      char quote = m.group(1) != null ? '\'' : '"';
      String masked = q.length() <= 1 ? q : Masking.maskIdentifier(q);
      m.appendReplacement(b, Matcher.quoteReplacement(quote + masked + quote));
    }
    m.appendTail(b);
    return b.length() > 200 ? b.substring(0, 200) + "…" : b.toString();
  }
}
