package id.sinkron.gtk;

import id.sinkron.check.DerivedKey;
import id.sinkron.check.RuleContext;
import id.sinkron.model.Pembelajaran;
import id.sinkron.model.Rombel;
import id.sinkron.profile.ExcessHoursFrom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The school's teaching hours held against the curriculum allocation ({@link CurriculumTable}): for
 * every (rombel, {@code mata_pelajaran_id}) whose hours count toward the load (class or elective
 * rombel of the active semester with members), the hours summed over every pembelajaran row are
 * compared with the allocation for the rombel's {@code kurikulum_id} and {@code
 * tingkat_pendidikan_id}. The excess is not recognised; it is taken from the rows in the order the
 * profile's {@code curriculumExcessFrom} names (default: the row that comes last in Dapodik's order
 * first). Computed once per school check ({@link #of}) and shared by the load calculation and
 * {@code GTK-HOURS-ABOVE-CURRICULUM}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class CurriculumAllocation {
  static final DerivedKey<CurriculumAllocation> KEY = DerivedKey.of("gtk.curriculum");

  /**
   * Hours of one pembelajaran not recognised because its (rombel, mapel) exceeds the allocation.
   *
   * @param rombel the rombel
   * @param pembelajaran the row that loses hours
   * @param mataPelajaranId the subject
   * @param groupJtm the subject's hours in the rombel, summed over every row
   * @param maxJtm the allocation
   * @param rows how many rows share the subject in the rombel
   * @param lostJtm hours of this row not recognised (at most its own hours)
   * @param from which rows lose the excess first (the profile's setting)
   * @since 0.2
   */
  public record Cut(
      Rombel rombel,
      Pembelajaran pembelajaran,
      String mataPelajaranId,
      int groupJtm,
      int maxJtm,
      int rows,
      int lostJtm,
      ExcessHoursFrom from) {}

  /**
   * Counted hours the allocation cannot judge.
   *
   * @param rombel the rombel
   * @param pembelajaran the row; empty when the whole rombel cannot be judged (kurikulum or tingkat
   *     unknown)
   * @param reasonKey the reason's message key ({@code gtk.reason.curriculum.*})
   * @param args the reason's arguments
   * @since 0.2
   */
  public record Unjudged(
      Rombel rombel, Optional<Pembelajaran> pembelajaran, String reasonKey, List<String> args) {}

  private final List<Cut> cuts;
  private final List<Unjudged> unjudged;
  private final Map<String, Integer> lost;
  private final Map<String, Integer> allocation;

  private CurriculumAllocation(
      List<Cut> cuts, List<Unjudged> unjudged, Map<String, Integer> allocation) {
    this.cuts = List.copyOf(cuts);
    this.unjudged = List.copyOf(unjudged);
    Map<String, Integer> l = new HashMap<>();
    for (Cut c : cuts) {
      l.merge(c.pembelajaran().pembelajaranId(), c.lostJtm(), Integer::sum);
    }
    this.lost = Collections.unmodifiableMap(l);
    this.allocation = Collections.unmodifiableMap(new HashMap<>(allocation));
  }

  /**
   * The school's analysis, computed once per check. The table is the options' {@link
   * CurriculumTable} extra, else {@link CurriculumTable#bundled()}.
   *
   * @param ctx the school check
   * @return the analysis
   */
  public static CurriculumAllocation of(RuleContext ctx) {
    Objects.requireNonNull(ctx, "ctx");
    return ctx.derived(KEY, CurriculumAllocation::compute);
  }

  private static CurriculumAllocation compute(RuleContext ctx) {
    CurriculumTable table =
        ctx.options().extra(CurriculumTable.class).orElseGet(CurriculumTable::bundled);
    ExcessHoursFrom from = ctx.profile().curriculumExcessFrom();
    List<Cut> cuts = new ArrayList<>();
    List<Unjudged> unjudged = new ArrayList<>();
    Map<String, Integer> allocation = new HashMap<>();
    for (Rombel r : ctx.snapshot().rombel()) {
      if (LoadCalculator.exclusion(r, ctx.index()).isPresent() || r.pembelajaran().isEmpty()) {
        continue;
      }
      Map<String, List<Pembelajaran>> byMapel = new LinkedHashMap<>();
      for (Pembelajaran p : r.pembelajaran()) {
        if (p.mataPelajaranId().isPresent() && p.jamMengajarPerMinggu().orElse(0) > 0) {
          byMapel.computeIfAbsent(p.mataPelajaranId().get(), k -> new ArrayList<>()).add(p);
        }
      }
      if (byMapel.isEmpty()) {
        continue;
      }
      Optional<String> kurikulum = r.kurikulumId();
      Optional<Integer> tingkat = r.tingkatPendidikanId();
      if (kurikulum.isEmpty() || tingkat.isEmpty()) {
        unjudged.add(new Unjudged(r, Optional.empty(), "gtk.reason.curriculum.rombel", List.of()));
        continue;
      }
      if (!table.knowsKurikulum(kurikulum.get())) {
        unjudged.add(
            new Unjudged(
                r, Optional.empty(), "gtk.reason.curriculum.kurikulum", List.of(kurikulum.get())));
        continue;
      }
      for (Map.Entry<String, List<Pembelajaran>> e : byMapel.entrySet()) {
        OptionalInt max = table.maxJtm(kurikulum.get(), e.getKey(), tingkat.get());
        if (max.isEmpty()) {
          for (Pembelajaran p : e.getValue()) {
            unjudged.add(
                new Unjudged(
                    r,
                    Optional.of(p),
                    "gtk.reason.curriculum.mapel",
                    List.of(e.getKey(), kurikulum.get(), Integer.toString(tingkat.get()))));
          }
          continue;
        }
        List<Pembelajaran> rows = e.getValue();
        int total = 0;
        for (Pembelajaran p : rows) {
          total += p.jamMengajarPerMinggu().orElse(0);
          allocation.put(p.pembelajaranId(), max.getAsInt());
        }
        int excess = total - max.getAsInt();
        if (excess <= 0) {
          continue;
        }
        List<Pembelajaran> order = new ArrayList<>(rows);
        if (from == ExcessHoursFrom.LAST_ROW) {
          Collections.reverse(order);
        }
        for (Pembelajaran p : order) {
          if (excess == 0) {
            break;
          }
          int take = Math.min(excess, p.jamMengajarPerMinggu().orElse(0));
          excess -= take;
          cuts.add(new Cut(r, p, e.getKey(), total, max.getAsInt(), rows.size(), take, from));
        }
      }
    }
    return new CurriculumAllocation(cuts, unjudged, allocation);
  }

  /**
   * @return every row that loses hours, rombel by rombel in input order
   */
  public List<Cut> cuts() {
    return cuts;
  }

  /**
   * @return counted hours the table cannot judge, rombel by rombel in input order
   */
  public List<Unjudged> unjudged() {
    return unjudged;
  }

  /**
   * @return hours of the pembelajaran not recognised because of the allocation (0 when none)
   */
  public int lostJtm(String pembelajaranId) {
    return lost.getOrDefault(pembelajaranId, 0);
  }

  /**
   * @return the allocation of the pembelajaran's (rombel, mapel); empty when not judged or not
   *     counted
   */
  public OptionalInt maxJtm(String pembelajaranId) {
    Integer v = allocation.get(pembelajaranId);
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }
}
