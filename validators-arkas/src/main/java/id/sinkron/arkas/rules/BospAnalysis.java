package id.sinkron.arkas.rules;

import id.sinkron.arkas.BospCount;
import id.sinkron.arkas.BospCutOff;
import id.sinkron.check.DerivedKey;
import id.sinkron.check.RuleContext;
import id.sinkron.model.Jenjang;
import id.sinkron.profile.AgeBand;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The BOSP count of one school with the per-student evaluation behind it, built once by {@link
 * BospCounter} and read by every rule, so that findings and {@link BospCount} always agree.
 * Read-only after construction.
 */
final class BospAnalysis {
  private static final DerivedKey<BospAnalysis> KEY = DerivedKey.of("arkas.bosp-analysis");

  final RuleContext ctx;
  final LocalDate cutOff;
  final Jenjang jenjang;
  final Optional<AgeBand> band;

  /** Active students (registered, not left before the cut-off), in input order. */
  final List<Student> students;

  final BospCount count;

  BospAnalysis(
      RuleContext ctx,
      LocalDate cutOff,
      Jenjang jenjang,
      Optional<AgeBand> band,
      List<Student> students,
      BospCount count) {
    this.ctx = ctx;
    this.cutOff = cutOff;
    this.jenjang = jenjang;
    this.band = band;
    this.students = students;
    this.count = count;
  }

  /**
   * @return the school's analysis at the cut-off of the check's {@link BospCutOff} extra, else the
   *     profile's cut-off; computed once per check
   */
  static BospAnalysis of(RuleContext ctx) {
    return ctx.derived(
        KEY,
        c -> BospCounter.analyse(c, c.options().extra(BospCutOff.class).map(BospCutOff::date)));
  }
}
