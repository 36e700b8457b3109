package id.sinkron.gtk;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import id.sinkron.check.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What Sinkron predicts Info GTK will show for one teacher: status, Info GTK code(s), the seven
 * verification blocks of the Info GTK page, recognised load and JJM category, the load breakdown,
 * and the teacher's findings.
 *
 * <p>JSON (the report's {@code details.INFO_GTK.teachers[]}) holds no personal data beyond the
 * masked name: the findings are reduced to their codes. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTeacherAssessment.class)
@JsonPropertyOrder({
  "ptkId",
  "maskedName",
  "status",
  "codes",
  "blocks",
  "recognisedJtm",
  "jjmCategory",
  "linearJtm",
  "certified",
  "induk",
  "jenisPtkId",
  "loadEvaluation",
  "dutiesKnown",
  "findingCodes",
  "bebanKerja"
})
public interface TeacherAssessment {
  String ptkId();

  /**
   * @return the teacher's name, masked ({@code B*** C*****})
   */
  String maskedName();

  Optional<String> jenisPtkId();

  /**
   * @return whether this school is the teacher's induk school
   */
  boolean induk();

  GtkStatus status();

  /**
   * @return the predicted Info GTK codes, in code order; empty when none is predicted
   */
  List<InfoGtkStatusCode> codes();

  /**
   * @return the seven verification blocks of the Info GTK page ({@link VerificationBlock}), in the
   *     page's order, each with its predicted status and deciding codes
   * @since 0.2
   */
  List<BlockVerdict> blocks();

  /**
   * @param block a verification block
   * @return the teacher's verdict for it
   * @since 0.2
   */
  default BlockVerdict block(VerificationBlock block) {
    for (BlockVerdict b : blocks()) {
      if (b.block() == block) {
        return b;
      }
    }
    throw new IllegalStateException("no verdict for " + block);
  }

  /**
   * @return the recognised load; empty when the load is not evaluated ({@link #loadEvaluation()})
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  Optional<Integer> recognisedJtm();

  /**
   * @return the JJM category (A1–A4) of the recognised load; empty when not evaluated
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  Optional<String> jjmCategory();

  /**
   * @return the linear load (linear teaching + duty equivalents); empty when linearity is not
   *     evaluated (not certified, certification unknown, field not in the table, load not
   *     evaluated)
   */
  Optional<Integer> linearJtm();

  /**
   * @return whether the teacher has a certification record; empty when certification is unknown
   */
  Optional<Boolean> certified();

  LoadEvaluation loadEvaluation();

  /**
   * @return whether tugas tambahan were known (the supplement was given)
   */
  boolean dutiesKnown();

  /**
   * @return the full load breakdown (hours at this school, even when not evaluated); JSON {@code
   *     bebanKerja}. Named {@code load()} until 0.2
   * @since 0.2
   */
  BebanKerja bebanKerja();

  /**
   * @return the teacher's findings (PTK findings and findings on their pembelajaran), in report
   *     order
   */
  @JsonIgnore
  List<Finding> findings();

  /**
   * @return the codes of {@link #findings()}, in the same order
   */
  @Value.Derived
  default List<String> findingCodes() {
    List<String> out = new ArrayList<>();
    for (Finding f : findings()) {
      out.add(f.code());
    }
    return out;
  }
}
