package id.sinkron.gtk;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * One verification block of a teacher as Sinkron predicts the Info GTK page will show it: the
 * status and the codes that decide it. JSON: {@code {"block": "beban_mengajar", "status":
 * "NOT_VALID", "codes": ["GTK-LOAD-BELOW-MIN"], "otherCodes": ["GTK-HOURS-ABOVE-CURRICULUM"]}}.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBlockVerdict.class)
@JsonPropertyOrder({"block", "status", "codes", "otherCodes"})
public interface BlockVerdict {
  VerificationBlock block();

  BlockStatus status();

  /**
   * @return the deciding codes: for NOT_VALID the codes of the findings that decide against the
   *     block (empty for {@code kelulusan_sertifikasi} of a teacher without any certification
   *     record, Info GTK code 04, which no finding states), for NOT_EVALUATED the codes not
   *     evaluated for the teacher; empty for VALID
   */
  List<String> codes();

  /**
   * @return codes of the block's other findings (warnings, information), which do not decide it
   */
  List<String> otherCodes();
}
