package id.sinkron.arkas;

import id.sinkron.arkas.rules.ArkasRules;
import id.sinkron.check.RuleContext;
import id.sinkron.model.SchoolSnapshot;
import id.sinkron.profile.RegulationProfile;
import id.sinkron.profile.RegulationProfiles;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * ARKAS/BOSP for Java callers: the countable students of a school at the BOSP cut-off.
 *
 * <p><b>Countable</b> (RULES.md): an active registration on the cut-off date (entered on or before it,
 * not left before it), a valid 10-digit NISN, not a duplicate (a group of records of the same person
 * counts once), a member of a class rombel of the active semester, and an age on the cut-off date inside
 * the profile's band for the school's jenjang. See {@link BospCount} for the populations and the
 * identity {@code countable + excludedDistinct == activeTotal}.
 *
 * <pre>{@code
 * BospCount bosp = Arkas.count(school, ArkasOptions.builder().asOf(LocalDate.of(2025, 8, 1)).build());
 * bosp.countable();                               // students BOSP will fund
 * bosp.excluded(ExclusionReason.NO_NISN);         // who is left out for want of a NISN
 * }</pre>
 *
 * <p>The same count, with findings, is part of {@code Sinkron.check(school)} (report
 * {@code details.ARKAS}) through {@link ArkasValidator}. Pure and thread-safe: no I/O, no state; the only
 * clock read is the default reference date (today) when {@link ArkasOptions#asOf()} is not set.
 *
 * @since 0.1
 */
public final class Arkas {
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private Arkas() {}

  /**
   * Counts with default options: as of today, cut-off and profile of the snapshot's tahun ajaran.
   *
   * @param school the school
   * @return the count
   * @throws NullPointerException if school is null
   */
  public static BospCount count(SchoolSnapshot school) {
    return count(school, ArkasOptions.defaults());
  }

  /**
   * Counts the students BOSP will fund at the cut-off.
   *
   * @param school the school
   * @param options reference date, cut-off and profile overrides
   * @return the count
   * @throws NullPointerException if school or options is null
   */
  public static BospCount count(SchoolSnapshot school, ArkasOptions options) {
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(options, "options");
    LocalDate asOf = options.asOf().orElseGet(LocalDate::now);
    RegulationProfile profile = options.profile().orElseGet(() -> school.semesterId()
        .map(s -> RegulationProfiles.forTahunAjaran(s.tahunAjaranStart()))
        .orElseGet(() -> RegulationProfiles.forDate(asOf)));
    return ArkasRules.count(new RuleContext(school, asOf, profile, INDONESIAN), options.cutOff());
  }
}
