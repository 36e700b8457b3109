package id.sinkron.gtk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Info GTK's deltas between two checks of a school ({@code comparison.details(INFO_GTK,
 * GtkChanges.class)}): for each teacher whose prediction or counted load changed, the recognised
 * load, JJM category, predicted status and Info GTK codes before and after, and the pembelajaran
 * hours and duties that caused the change. Teachers appear by {@code ptk_id} and masked name only.
 *
 * @param teachers the teachers with a change, in the second snapshot's order, then those only in
 *     the first
 * @since 0.2
 */
public record GtkChanges(List<TeacherChange> teachers) {
  /** Copies the list. */
  public GtkChanges {
    teachers = List.copyOf(teachers);
  }

  /**
   * @return the teachers predicted VALID before and NOT_VALID after
   */
  public List<TeacherChange> becameNotValid() {
    return teachers.stream().filter(TeacherChange::becameNotValid).toList();
  }

  /**
   * @return the teachers predicted NOT_VALID before and VALID after
   */
  public List<TeacherChange> becameValid() {
    return teachers.stream().filter(TeacherChange::becameValid).toList();
  }

  /**
   * One teacher's change.
   *
   * @param ptkId the {@code ptk_id}
   * @param maskedName the teacher's masked name
   * @param statusBefore the predicted status before (empty: not a teacher of the first snapshot)
   * @param statusAfter the predicted status after (empty: not a teacher of the second snapshot)
   * @param recognisedJtmBefore the recognised load before, when evaluated
   * @param recognisedJtmAfter the recognised load after, when evaluated
   * @param codesBefore the predicted Info GTK codes before
   * @param codesAfter the predicted Info GTK codes after
   * @param hours counted teaching hours that changed, by pembelajaran
   * @param duties counted duty equivalents that changed
   */
  public record TeacherChange(
      String ptkId,
      String maskedName,
      Optional<GtkStatus> statusBefore,
      Optional<GtkStatus> statusAfter,
      Optional<Integer> recognisedJtmBefore,
      Optional<Integer> recognisedJtmAfter,
      List<InfoGtkStatusCode> codesBefore,
      List<InfoGtkStatusCode> codesAfter,
      List<HoursChange> hours,
      List<DutyChange> duties) {
    /** Copies the lists. */
    public TeacherChange {
      Objects.requireNonNull(ptkId, "ptkId");
      Objects.requireNonNull(maskedName, "maskedName");
      codesBefore = List.copyOf(codesBefore);
      codesAfter = List.copyOf(codesAfter);
      hours = List.copyOf(hours);
      duties = List.copyOf(duties);
    }

    /**
     * @return whether the teacher goes from VALID to NOT_VALID
     */
    public boolean becameNotValid() {
      return statusBefore.equals(Optional.of(GtkStatus.VALID))
          && statusAfter.equals(Optional.of(GtkStatus.NOT_VALID));
    }

    /**
     * @return whether the teacher goes from NOT_VALID to VALID
     */
    public boolean becameValid() {
      return statusBefore.equals(Optional.of(GtkStatus.NOT_VALID))
          && statusAfter.equals(Optional.of(GtkStatus.VALID));
    }

    /**
     * @return the recognised load after minus before, when both are evaluated
     */
    public Optional<Integer> jtmDelta() {
      return recognisedJtmBefore.flatMap(b -> recognisedJtmAfter.map(a -> a - b));
    }
  }

  /**
   * Counted teaching hours of one pembelajaran before and after (0 when absent or not counted).
   *
   * @param pembelajaranId the {@code pembelajaran_id}
   * @param rombonganBelajarId the rombel's id (the second snapshot's when present)
   * @param rombelNama the rombel's name
   * @param mataPelajaran the subject's name or id
   * @param jtmBefore counted hours before
   * @param jtmAfter counted hours after
   */
  public record HoursChange(
      String pembelajaranId,
      String rombonganBelajarId,
      String rombelNama,
      String mataPelajaran,
      int jtmBefore,
      int jtmAfter) {}

  /**
   * A duty equivalent counted before or after (0 when absent or not counted).
   *
   * @param kind the duty's kind
   * @param nama the duty's name
   * @param jtmBefore counted equivalent before
   * @param jtmAfter counted equivalent after
   * @param outcomeAfter how the duty fared in the second check (empty: no longer there)
   */
  public record DutyChange(
      DutyKind kind,
      String nama,
      int jtmBefore,
      int jtmAfter,
      Optional<DutyOutcome> outcomeAfter) {}

  /**
   * Compares two assessments of the same school.
   *
   * @param before the first assessment
   * @param after the second assessment
   * @return the teachers whose prediction or counted load changed
   * @throws NullPointerException if an argument is null
   */
  public static GtkChanges between(GtkAssessment before, GtkAssessment after) {
    Map<String, TeacherAssessment> b = new LinkedHashMap<>();
    before.teachers().forEach(t -> b.putIfAbsent(t.ptkId(), t));
    Map<String, TeacherAssessment> a = new LinkedHashMap<>();
    after.teachers().forEach(t -> a.putIfAbsent(t.ptkId(), t));
    Set<String> ids = new LinkedHashSet<>(a.keySet());
    ids.addAll(b.keySet());
    List<TeacherChange> out = new ArrayList<>();
    for (String id : ids) {
      Optional<TeacherAssessment> tb = Optional.ofNullable(b.get(id));
      Optional<TeacherAssessment> ta = Optional.ofNullable(a.get(id));
      List<HoursChange> hours = hours(tb, ta);
      List<DutyChange> duties = duties(tb, ta);
      TeacherChange c =
          new TeacherChange(
              id,
              ta.or(() -> tb).map(TeacherAssessment::maskedName).orElse(""),
              tb.map(TeacherAssessment::status),
              ta.map(TeacherAssessment::status),
              tb.flatMap(TeacherAssessment::recognisedJtm),
              ta.flatMap(TeacherAssessment::recognisedJtm),
              tb.map(TeacherAssessment::codes).orElse(List.of()),
              ta.map(TeacherAssessment::codes).orElse(List.of()),
              hours,
              duties);
      boolean same =
          c.statusBefore().equals(c.statusAfter())
              && c.recognisedJtmBefore().equals(c.recognisedJtmAfter())
              && c.codesBefore().equals(c.codesAfter())
              && hours.isEmpty()
              && duties.isEmpty();
      if (!same) {
        out.add(c);
      }
    }
    return new GtkChanges(out);
  }

  private static List<HoursChange> hours(
      Optional<TeacherAssessment> b, Optional<TeacherAssessment> a) {
    Map<String, TeachingHours> rowsB = counted(b);
    Map<String, TeachingHours> rowsA = counted(a);
    Set<String> ids = new LinkedHashSet<>(rowsB.keySet());
    ids.addAll(rowsA.keySet());
    List<HoursChange> out = new ArrayList<>();
    for (String id : ids) {
      TeachingHours hb = rowsB.get(id);
      TeachingHours ha = rowsA.get(id);
      int jb = hb == null ? 0 : hb.jtm();
      int ja = ha == null ? 0 : ha.jtm();
      if (jb != ja) {
        TeachingHours any = ha != null ? ha : hb;
        out.add(
            new HoursChange(
                id,
                any.rombonganBelajarId(),
                any.rombelNama(),
                any.namaMataPelajaran().or(any::mataPelajaranId).orElse(""),
                jb,
                ja));
      }
    }
    return out;
  }

  private static Map<String, TeachingHours> counted(Optional<TeacherAssessment> t) {
    Map<String, TeachingHours> out = new LinkedHashMap<>();
    t.ifPresent(
        x ->
            x.bebanKerja().teaching().stream()
                .filter(h -> h.excluded().isEmpty())
                .forEach(h -> out.merge(h.pembelajaranId(), h, (p, q) -> p)));
    return out;
  }

  private static List<DutyChange> duties(
      Optional<TeacherAssessment> b, Optional<TeacherAssessment> a) {
    Map<String, DutyEquivalent> db = duties(b);
    Map<String, DutyEquivalent> da = duties(a);
    Set<String> keys = new LinkedHashSet<>(db.keySet());
    keys.addAll(da.keySet());
    List<DutyChange> out = new ArrayList<>();
    for (String k : keys) {
      DutyEquivalent x = db.get(k);
      DutyEquivalent y = da.get(k);
      int jb = x == null ? 0 : x.countedJtm();
      int ja = y == null ? 0 : y.countedJtm();
      if (jb != ja) {
        DutyEquivalent any = y != null ? y : x;
        out.add(
            new DutyChange(
                any.kind(),
                any.nama(),
                jb,
                ja,
                Optional.ofNullable(y).map(DutyEquivalent::outcome)));
      }
    }
    return out;
  }

  private static Map<String, DutyEquivalent> duties(Optional<TeacherAssessment> t) {
    Map<String, DutyEquivalent> out = new LinkedHashMap<>();
    t.ifPresent(
        x ->
            x.bebanKerja()
                .duties()
                .forEach(
                    d ->
                        out.putIfAbsent(
                            d.kind()
                                + "|"
                                + d.jabatanPtkId().orElse("")
                                + "|"
                                + d.rombonganBelajarId().orElse("")
                                + "|"
                                + d.nama(),
                            d)));
    return out;
  }
}
