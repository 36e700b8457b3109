package id.sinkron.dapodik.internal;

import id.sinkron.identifier.Masking;
import id.sinkron.model.Endpoint;
import id.sinkron.model.ImmutableInputProblem;
import id.sinkron.model.InputProblem;
import id.sinkron.model.InputProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Collects the input problems met while reading one snapshot, masking values of personal fields.
 * Not thread-safe (one per read).
 */
public final class Problems {
  /** Identifiers and birth dates: masked with {@link Masking#maskIdentifier}. */
  private static final Set<String> IDENTIFIERS =
      Set.of(
          "nik",
          "nisn",
          "nip",
          "nuptk",
          "nrg",
          "nipd",
          "nomor_sertifikat",
          "tanggal_lahir",
          "npwp",
          "no_kk",
          "nim",
          "nomor_sk");

  /** Names and contact data: masked with {@link Masking#maskName}. */
  private static final Set<String> PERSONAL_TEXT =
      Set.of(
          "nama",
          "nama_ibu",
          "nama_ayah",
          "nama_wali",
          "nama_ibu_kandung",
          "tempat_lahir",
          "alamat",
          "alamat_jalan",
          "username",
          "email",
          "no_hp",
          "no_telepon",
          "nomor_telepon_rumah",
          "nomor_telepon_seluler");

  private static final int MAX_VALUE = 60;

  /** The fixed English details of unreadable rows and their keys in core's bundle. */
  private static final java.util.Map<String, String> ROW_DETAIL_KEYS =
      java.util.Map.ofEntries(
          java.util.Map.entry("required id is empty", "input.reason.required.id"),
          java.util.Map.entry("integer out of range", "input.reason.integer.range"),
          java.util.Map.entry("not a whole number", "input.reason.integer"),
          java.util.Map.entry("not a date (YYYY-MM-DD)", "input.reason.date"),
          java.util.Map.entry("not a real date", "input.reason.date.real"),
          java.util.Map.entry("not a yes/no value", "input.reason.flag"),
          java.util.Map.entry("not a semester id (YYYY1 or YYYY2)", "input.reason.semester.id"),
          java.util.Map.entry("not L or P", "input.reason.sex"),
          java.util.Map.entry("row is not an object", "input.reason.row.object"),
          java.util.Map.entry("list element is null", "input.reason.element.null"),
          java.util.Map.entry("a PTK entry must be an object", "input.reason.row.object"),
          java.util.Map.entry("a leaver must be an object", "input.reason.row.object"),
          java.util.Map.entry(
              "getSekolah holds more than one school; only the first is read",
              "input.reason.many.schools"));

  private static final java.util.regex.Pattern EXPECTED =
      java.util.regex.Pattern.compile("expected (text or a number|a list|an object), found (.*)");
  private static final java.util.Map<String, String> KIND_ARGS =
      java.util.Map.of(
          "text or a number",
          "text.or.number",
          "a list",
          "list",
          "an object",
          "object",
          "text",
          "text",
          "a number",
          "number",
          "a boolean",
          "boolean",
          "null",
          "null",
          "nothing",
          "nothing");

  private final List<InputProblem> list = new ArrayList<>();

  public List<InputProblem> list() {
    return list;
  }

  void add(InputProblem p) {
    list.add(p);
  }

  void rowUnreadable(
      Endpoint endpoint, String file, int row, String field, String value, String detail) {
    rowUnreadable(endpoint, file, row, field, value, true, detail);
  }

  /**
   * @param value the offending value, or a description such as "an object"
   * @param maskValue whether {@code value} is data (masked by field) rather than a description
   */
  void rowUnreadable(
      Endpoint endpoint,
      String file,
      int row,
      String field,
      String value,
      boolean maskValue,
      String detail) {
    ImmutableInputProblem.Builder b =
        ImmutableInputProblem.builder()
            .code(InputProblemCode.ROW_UNREADABLE)
            .endpoint(java.util.Optional.ofNullable(endpoint))
            .file(file)
            .detail(detail);
    if (row >= 0) {
      b.row(row);
    }
    if (field != null) {
      b.field(field);
    }
    if (value != null) {
      b.value(maskValue ? mask(field, value) : value);
    }
    String key = ROW_DETAIL_KEYS.get(detail);
    java.util.regex.Matcher m = EXPECTED.matcher(detail);
    if (key != null) {
      b.reasonKey(key);
    } else if (m.matches() && KIND_ARGS.containsKey(m.group(2))) {
      b.reasonKey("input.reason.type")
          .addReasonArgs("@" + KIND_ARGS.get(m.group(1)), "@" + KIND_ARGS.get(m.group(2)));
    }
    list.add(b.build());
  }

  void wsError(Endpoint endpoint, String file, String detail) {
    list.add(
        ImmutableInputProblem.builder()
            .code(InputProblemCode.WS_ERROR)
            .endpoint(endpoint)
            .file(file)
            .detail(detail)
            .build());
  }

  /**
   * An empty-list error read as zero rows; returns its index so that it can be replaced if
   * contradicted.
   */
  int wsErrorReadAsEmpty(Endpoint endpoint, String file, String serverMessage) {
    list.add(
        ImmutableInputProblem.builder()
            .code(InputProblemCode.WS_ERROR)
            .endpoint(endpoint)
            .file(file)
            .detail(serverMessage + " (read as zero rows)")
            .reasonKey("input.reason.empty.list")
            .addReasonArgs(serverMessage)
            .build());
    return list.size() - 1;
  }

  void set(int index, InputProblem p) {
    list.set(index, p);
  }

  InputProblem get(int index) {
    return list.get(index);
  }

  void endpointMissing(Endpoint endpoint, String file, String detail) {
    list.add(
        ImmutableInputProblem.builder()
            .code(InputProblemCode.ENDPOINT_MISSING)
            .endpoint(endpoint)
            .file(file)
            .detail(detail)
            .reasonKey("input.reason.file.missing")
            .build());
  }

  void semesterMixed(String detail, String key, List<String> args) {
    list.add(
        ImmutableInputProblem.builder()
            .code(InputProblemCode.SEMESTER_MIXED)
            .detail(detail)
            .reasonKey(key)
            .reasonArgs(args)
            .build());
  }

  void pageIncomplete(Endpoint endpoint, String file, int rows, long results) {
    list.add(
        ImmutableInputProblem.builder()
            .code(InputProblemCode.PAGE_INCOMPLETE)
            .endpoint(endpoint)
            .file(file)
            .detail(
                "holds "
                    + rows
                    + " of the "
                    + results
                    + " rows its 'results' announces (a saved page or a cut-off "
                    + "download); its rows are not used")
            .reasonKey("input.reason.page")
            .addReasonArgs(String.valueOf(rows), String.valueOf(results))
            .build());
  }

  void emptyContradicted(
      Endpoint endpoint, String file, String detail, String key, List<String> args) {
    list.add(
        ImmutableInputProblem.builder()
            .code(InputProblemCode.EMPTY_CONTRADICTED)
            .endpoint(endpoint)
            .file(file)
            .detail(detail)
            .reasonKey(key)
            .reasonArgs(args)
            .build());
  }

  void notWebService(Endpoint endpoint, String file, BodyReader.Foreign what) {
    list.add(
        ImmutableInputProblem.builder()
            .code(InputProblemCode.NOT_WEB_SERVICE)
            .endpoint(endpoint)
            .file(file)
            .detail(what.detail())
            .reasonKey(what.key())
            .reasonArgs(what.args())
            .build());
  }

  /**
   * Masks {@code value} when the field (its last path segment) is an identifier or personal; cuts
   * long values.
   *
   * @param field a field path such as {@code pembelajaran[1].jam_mengajar_per_minggu}; may be null
   */
  static String mask(String field, String value) {
    String leaf = leaf(field);
    if (leaf.equals("password")) {
      return "****";
    }
    if (IDENTIFIERS.contains(leaf)) {
      return Masking.maskIdentifier(value);
    }
    if (PERSONAL_TEXT.contains(leaf)) {
      return Masking.maskName(value);
    }
    return value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
  }

  private static String leaf(String field) {
    if (field == null) {
      return "";
    }
    int dot = field.lastIndexOf('.');
    String leaf = dot >= 0 ? field.substring(dot + 1) : field;
    int br = leaf.indexOf('[');
    return br >= 0 ? leaf.substring(0, br) : leaf;
  }
}
