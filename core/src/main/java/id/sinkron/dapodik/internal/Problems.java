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
  private static final Set<String> IDENTIFIERS = Set.of("nik", "nisn", "nip", "nuptk", "nrg", "nipd",
      "nomor_sertifikat", "tanggal_lahir", "npwp", "no_kk", "nim", "nomor_sk");
  /** Names and contact data: masked with {@link Masking#maskName}. */
  private static final Set<String> PERSONAL_TEXT = Set.of("nama", "nama_ibu", "nama_ayah", "nama_wali",
      "nama_ibu_kandung", "tempat_lahir", "alamat", "alamat_jalan", "username", "email", "no_hp",
      "no_telepon", "nomor_telepon_rumah", "nomor_telepon_seluler");
  private static final int MAX_VALUE = 60;

  private final List<InputProblem> list = new ArrayList<>();

  public List<InputProblem> list() {
    return list;
  }

  void add(InputProblem p) {
    list.add(p);
  }

  void rowUnreadable(Endpoint endpoint, String file, int row, String field, String value, String detail) {
    rowUnreadable(endpoint, file, row, field, value, true, detail);
  }

  /**
   * @param value the offending value, or a description such as "an object"
   * @param maskValue whether {@code value} is data (masked by field) rather than a description
   */
  void rowUnreadable(Endpoint endpoint, String file, int row, String field, String value, boolean maskValue,
      String detail) {
    ImmutableInputProblem.Builder b = ImmutableInputProblem.builder().code(InputProblemCode.ROW_UNREADABLE)
        .endpoint(java.util.Optional.ofNullable(endpoint)).file(file).detail(detail);
    if (row >= 0) {
      b.row(row);
    }
    if (field != null) {
      b.field(field);
    }
    if (value != null) {
      b.value(maskValue ? mask(field, value) : value);
    }
    list.add(b.build());
  }

  void wsError(Endpoint endpoint, String file, String detail) {
    list.add(ImmutableInputProblem.builder().code(InputProblemCode.WS_ERROR).endpoint(endpoint).file(file)
        .detail(detail).build());
  }

  void endpointMissing(Endpoint endpoint, String file, String detail) {
    list.add(ImmutableInputProblem.builder().code(InputProblemCode.ENDPOINT_MISSING).endpoint(endpoint)
        .file(file).detail(detail).build());
  }

  void semesterMixed(String detail) {
    list.add(ImmutableInputProblem.builder().code(InputProblemCode.SEMESTER_MIXED).detail(detail).build());
  }

  /**
   * Masks {@code value} when the field (its last path segment) is an identifier or personal; cuts long
   * values.
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
