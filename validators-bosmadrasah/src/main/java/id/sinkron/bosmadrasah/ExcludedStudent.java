package id.sinkron.bosmadrasah;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An active student not counted for BOS Madrasah: the row id ({@code emis:<sheet>!<row>}) and the
 * name masked.
 *
 * @since 0.2
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExcludedStudent.class)
@JsonDeserialize(as = ImmutableExcludedStudent.class)
public interface ExcludedStudent {
  /**
   * @return the student's id in the snapshot, e.g. {@code emis:Kelas 7 - 7A!5}
   */
  @Value.Parameter
  String pesertaDidikId();

  /**
   * @return the name, masked ({@code B*** S*******})
   */
  @Value.Parameter
  String maskedName();
}
