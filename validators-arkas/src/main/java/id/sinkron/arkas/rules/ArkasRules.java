package id.sinkron.arkas.rules;

import id.sinkron.arkas.BospChanges;
import id.sinkron.arkas.BospCount;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ARKAS rules, listed once, and the count they share. Used by {@link
 * id.sinkron.arkas.ArkasValidator}; not meant for other callers. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ArkasRules {
  private static final List<ArkasRule> RULES =
      List.of(
          new NoNisnRule(),
          new NisnDuplicateRule(),
          new DuplicateRule(),
          new NoRombelRule(),
          new AgeBandRule(),
          new AfterCutOffRule(),
          new NikInvalidRule(),
          new RombelOverCapRule(),
          new MinStudentsRule(),
          new KepsekMissingRule(),
          new BendaharaMissingRule(),
          new NipFormatRule(),
          new NpsnFormatRule(),
          new CountMismatchRule(),
          new NikMismatchRule(),
          new TingkatImplausibleRule(),
          new PejabatNoAccountRule(),
          new BospEstimateRule());

  private ArkasRules() {}

  /**
   * @return every ARKAS rule, in catalogue order
   */
  public static List<Rule> all() {
    return List.copyOf(RULES);
  }

  /**
   * @param ctx the school and options (the {@link id.sinkron.arkas.BospCutOff} extra sets the
   *     cut-off)
   * @return the school's BOSP count, the one every rule of this check reads
   * @throws NullPointerException if ctx is null
   */
  public static BospCount count(RuleContext ctx) {
    return BospAnalysis.of(Objects.requireNonNull(ctx, "ctx")).count;
  }

  /**
   * Compares the BOSP counts of two checks of the same school.
   *
   * @param before the first check's context
   * @param after the second check's context
   * @return the students who entered or left the count, and why
   * @throws NullPointerException if an argument is null
   * @since 0.2
   */
  public static BospChanges changes(RuleContext before, RuleContext after) {
    BospAnalysis b = BospAnalysis.of(Objects.requireNonNull(before, "before"));
    BospAnalysis a = BospAnalysis.of(Objects.requireNonNull(after, "after"));
    Map<String, Student> sb = byId(b);
    Map<String, Student> sa = byId(a);
    List<BospChanges.StudentChange> entered = new ArrayList<>();
    for (Student s : a.students) {
      if (s.countable() && sa.get(s.id()) == s && !counted(sb.get(s.id()))) {
        entered.add(change(s, sb.get(s.id()), before, s, after));
      }
    }
    List<BospChanges.StudentChange> left = new ArrayList<>();
    for (Student s : b.students) {
      if (s.countable() && sb.get(s.id()) == s && !counted(sa.get(s.id()))) {
        left.add(change(s, s, before, sa.get(s.id()), after));
      }
    }
    return new BospChanges(b.count.countable(), a.count.countable(), entered, left);
  }

  private static Map<String, Student> byId(BospAnalysis a) {
    Map<String, Student> out = new HashMap<>(a.students.size() * 2);
    for (Student s : a.students) {
      out.putIfAbsent(s.id(), s);
    }
    return out;
  }

  private static boolean counted(Student s) {
    return s != null && s.countable();
  }

  private static BospChanges.StudentChange change(
      Student any, Student b, RuleContext cb, Student a, RuleContext ca) {
    return new BospChanges.StudentChange(
        any.id(),
        any.maskedName(),
        standing(any.id(), b, cb),
        b == null ? Set.of() : b.reasons,
        standing(any.id(), a, ca),
        a == null ? Set.of() : a.reasons);
  }

  private static BospChanges.Standing standing(String id, Student s, RuleContext ctx) {
    if (s != null) {
      return s.countable() ? BospChanges.Standing.COUNTED : BospChanges.Standing.EXCLUDED;
    }
    return ctx.index().pesertaDidik(id).isPresent()
        ? BospChanges.Standing.NOT_ACTIVE
        : BospChanges.Standing.ABSENT;
  }
}
