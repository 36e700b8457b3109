package id.sinkron.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything Sinkron knows about one school at one moment: the four (five) Web Service responses,
 * the supplement, where they came from, and the input problems met while reading them. The unit
 * every check works on.
 *
 * <p>Build one with {@code ImmutableSchoolSnapshot.builder()}, or read one with {@code
 * WebServiceDump.read(dir)} / {@code DapodikWebService.fetch()}.
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSchoolSnapshot.class)
@JsonDeserialize(as = ImmutableSchoolSnapshot.class)
public interface SchoolSnapshot {
  /**
   * @return the school; empty only when {@code getSekolah} was missing or unreadable
   */
  Optional<Sekolah> sekolah();

  /**
   * @return the active semester: the {@code semester_id} of the getRombonganBelajar/getPesertaDidik
   *     rows, or what the caller set
   */
  Optional<SemesterId> semesterId();

  List<Ptk> ptk();

  List<PesertaDidik> pesertaDidik();

  List<Rombel> rombel();

  List<Pengguna> pengguna();

  /**
   * @return the supplement; empty when no {@code sinkron-supplement.json} was given
   */
  Optional<Supplement> supplement();

  /**
   * @return what was read from the school's local Dapodik installation (validation results, sync
   *     log, pending changes); empty when the dump folder has no {@code sinkron-dapodik-local.json}
   * @since 0.2
   */
  Optional<DapodikLocal> dapodikLocal();

  @Value.Default
  default Provenance provenance() {
    return Provenance.unknown();
  }

  /**
   * @return the endpoints whose responses the snapshot holds; by default the four required ones,
   *     plus {@code getPengguna} when users were given
   */
  @Value.Default
  default Set<Endpoint> endpoints() {
    Set<Endpoint> s =
        EnumSet.of(
            Endpoint.SEKOLAH, Endpoint.GTK, Endpoint.PESERTA_DIDIK, Endpoint.ROMBONGAN_BELAJAR);
    if (!pengguna().isEmpty()) {
      s.add(Endpoint.PENGGUNA);
    }
    return s;
  }

  /**
   * @return problems met while reading the input
   */
  List<InputProblem> inputProblems();

  /**
   * @return whether the response of {@code endpoint} is present
   */
  default boolean has(Endpoint endpoint) {
    return endpoints().contains(endpoint);
  }

  /**
   * @return whether supplementary PTK data (certification, duties) is known
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default boolean ptkSupplementKnown() {
    return supplement().map(Supplement::ptkDataKnown).orElse(false);
  }
}
