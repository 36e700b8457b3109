package id.sinkron.arkas;

import id.sinkron.Sinkron;
import id.sinkron.check.Application;
import id.sinkron.check.ApplicationNotEvaluatedException;
import id.sinkron.check.CheckOptions;
import id.sinkron.model.SchoolSnapshot;
import java.util.List;
import java.util.Objects;

/**
 * ARKAS/BOSP for Java callers: the countable students of a school at the BOSP cut-off.
 *
 * <p><b>Countable</b> (RULES.md): an active registration on the cut-off date (entered on or before
 * it, not left before it), a valid 10-digit NISN, not a duplicate (a group of records of the same
 * person counts once), a member of a class rombel of the active semester, and an age on the cut-off
 * date inside the profile's band for the school's jenjang. See {@link BospCount} for the
 * populations and the identity {@code countable + excludedDistinct == activeTotal}.
 *
 * <pre>{@code
 * BospCount bosp = Arkas.count(school, CheckOptions.builder().referenceDate(LocalDate.of(2025, 8, 1)).build());
 * bosp.countable();                               // students BOSP will fund
 * bosp.excluded(ExclusionReason.NO_NISN);         // who is left out for want of a NISN
 * }</pre>
 *
 * <p>The same count, with findings, is part of {@code Sinkron.check(school)} (report {@code
 * details.ARKAS}) through {@link ArkasValidator}. Pure and thread-safe: no I/O, no state; the only
 * clock read is the default reference date (today) when {@link CheckOptions#referenceDate()} is not
 * set.
 *
 * @since 0.1
 */
public final class Arkas {
  private Arkas() {}

  /**
   * Counts with default options: as of today, cut-off and profile of the snapshot's tahun ajaran.
   *
   * @param school the school
   * @return the count
   * @throws ApplicationNotEvaluatedException if a response ARKAS needs is missing
   * @throws NullPointerException if school is null
   */
  public static BospCount count(SchoolSnapshot school) {
    return count(school, CheckOptions.defaults());
  }

  /**
   * Counts the students BOSP will fund at the cut-off, through the facade ({@code
   * Sinkron.checker().options(options).assess(school, ARKAS, BospCount.class)}), with the validator
   * on the classpath.
   *
   * @param school the school
   * @param options reference date, profile and the {@link BospCutOff} extra (the cut-off; default
   *     the profile's cut-off in the snapshot's tahun ajaran)
   * @return the count
   * @throws ApplicationNotEvaluatedException if a response ARKAS needs is missing
   * @throws NullPointerException if school or options is null
   */
  public static BospCount count(SchoolSnapshot school, CheckOptions options) {
    Objects.requireNonNull(school, "school");
    return Sinkron.checker()
        .validators(List.of(new ArkasValidator()))
        .options(Objects.requireNonNull(options, "options"))
        .assess(school, Application.ARKAS, BospCount.class);
  }
}
