package id.sinkron.erapor;

import id.sinkron.check.SchoolIndex;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Rombel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Dapodik's own membership definitions, as the E-Rapor rules apply them.
 *
 * <ul>
 *   <li><b>Class rombel</b>: {@code jenis_rombel} 1 or 8–14 ({@link RombelKind#CLASS}).
 *       Ekstrakurikuler (51) and elective (16) rombel are never a class, so an ekskul membership is
 *       never a second class.
 *   <li><b>Active student</b>: a row of getPesertaDidik without an exit date on or before the
 *       reference date (exit dates come from the supplement; the Web Service never returns
 *       leavers).
 *   <li><b>Placement</b> is read from the class rombel lists ({@code anggota_rombel} of each
 *       active-semester class rombel, {@link SchoolIndex#classRombelsOf}), because those lists are
 *       what E-Rapor maps into its classes. The sentinel "Belum masuk ke dalam rombongan belajar"
 *       reaches the model as an empty {@code anggota_rombel_id}; the stale {@code
 *       rombongan_belajar_id}, {@code nama_rombel} and {@code tingkat} the server leaves on such a
 *       row are never used.
 *   <li><b>Disagreement</b>: when a getPesertaDidik row names a class membership ({@code
 *       anggota_rombel_id} set) in a rombel whose list does not contain the student — because that
 *       rombel is not in getRombonganBelajar (e.g. {@code jenis_rombel} 14, which the Web Service
 *       filter for rombel omits) or the two responses were fetched at different times — the student
 *       is still {@link PlacementStatus#NO_ROMBEL} (E-Rapor cannot map a member a rombel list does
 *       not carry) and {@link StudentPlacement#rowRombonganBelajarId()} names the row's rombel so
 *       the report shows the disagreement. A rombel list naming a student whose row has the
 *       sentinel counts as a placement.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Membership {
  private Membership() {}

  /**
   * @param pd the student
   * @param referenceDate the check's reference date
   * @return whether the student is active: no exit date, or an exit date after the reference date
   */
  public static boolean isActiveStudent(PesertaDidik pd, LocalDate referenceDate) {
    Objects.requireNonNull(referenceDate, "referenceDate");
    return pd.tanggalKeluar().map(d -> d.isAfter(referenceDate)).orElse(true);
  }

  /**
   * @param r a rombel
   * @param index the school's index
   * @return whether E-Rapor manages the rombel: a class or elective rombel of the active semester
   */
  public static boolean isManaged(Rombel r, SchoolIndex index) {
    RombelKind k = RombelKind.of(r.jenisRombel());
    return (k == RombelKind.CLASS || k == RombelKind.ELECTIVE) && index.isActiveSemester(r);
  }

  /**
   * @param r a rombel
   * @param index the school's index
   * @return whether the rombel is a class rombel of the active semester
   */
  public static boolean isActiveClass(Rombel r, SchoolIndex index) {
    return r.isClass() && index.isActiveSemester(r);
  }

  /**
   * Places a student (see the class comment).
   *
   * @param pd the student
   * @param index the school's index
   * @return the placement
   */
  public static StudentPlacement placementOf(PesertaDidik pd, SchoolIndex index) {
    return placementOf(pd, index, r -> true);
  }

  /**
   * Places a student as a variant of E-Rapor sees them: only memberships of class rombel it pulls
   * count. A student whose class rombel are all dropped is {@link
   * PlacementStatus#ROMBEL_NOT_PULLED}.
   *
   * @param pd the student
   * @param index the school's index
   * @param pulled whether the variant pulls a class rombel of the active semester
   * @return the placement
   * @since 0.2
   */
  public static StudentPlacement placementOf(
      PesertaDidik pd, SchoolIndex index, java.util.function.Predicate<Rombel> pulled) {
    List<Rombel> memberships = index.classRombelsOf(pd.pesertaDidikId());
    List<String> ids = distinctIds(memberships);
    List<String> pulledIds = new ArrayList<>(ids.size());
    for (String id : ids) {
      for (Rombel r : memberships) {
        if (r.rombonganBelajarId().equals(id)) {
          if (pulled.test(r)) {
            pulledIds.add(id);
          }
          break;
        }
      }
    }
    PlacementStatus status =
        pulledIds.size() == 1
            ? PlacementStatus.PLACED
            : pulledIds.size() > 1
                ? PlacementStatus.MULTI_ROMBEL
                : ids.isEmpty() ? PlacementStatus.NO_ROMBEL : PlacementStatus.ROMBEL_NOT_PULLED;
    Optional<String> row =
        pd.anggotaRombelId().isPresent() ? pd.rombonganBelajarId() : Optional.empty();
    Optional<String> disagreement = row.filter(id -> !ids.contains(id));
    return ImmutableStudentPlacement.builder()
        .pesertaDidikId(pd.pesertaDidikId())
        .status(status)
        .classRombelIds(ids)
        .pulledRombelIds(pulledIds)
        .rowRombonganBelajarId(disagreement)
        .build();
  }

  /**
   * @return the rombel ids, each once, in order (most students are in exactly one class rombel)
   */
  private static List<String> distinctIds(List<Rombel> rombels) {
    if (rombels.size() <= 1) {
      return rombels.isEmpty() ? List.of() : List.of(rombels.get(0).rombonganBelajarId());
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Rombel r : rombels) {
      ids.add(r.rombonganBelajarId());
    }
    return new ArrayList<>(ids);
  }

  /**
   * @param students the students of the snapshot
   * @param referenceDate the check's reference date
   * @return the active students, in input order
   */
  public static List<PesertaDidik> activeStudents(
      List<PesertaDidik> students, LocalDate referenceDate) {
    List<PesertaDidik> out = new ArrayList<>(students.size());
    for (PesertaDidik pd : students) {
      if (isActiveStudent(pd, referenceDate)) {
        out.add(pd);
      }
    }
    return out;
  }
}
