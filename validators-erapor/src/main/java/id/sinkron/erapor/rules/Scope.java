package id.sinkron.erapor.rules;

import id.sinkron.check.RuleContext;
import id.sinkron.erapor.Membership;
import id.sinkron.model.PesertaDidik;
import id.sinkron.model.Rombel;
import java.util.ArrayList;
import java.util.List;

/** What the E-Rapor rules look at (see {@link Membership} for the definitions). */
final class Scope {
  private Scope() {}

  /** Active students, in input order. */
  static List<PesertaDidik> activeStudents(RuleContext ctx) {
    return Membership.activeStudents(ctx.snapshot().pesertaDidik(), ctx.referenceDate());
  }

  /** Class rombel of the active semester, in input order. */
  static List<Rombel> activeClasses(RuleContext ctx) {
    List<Rombel> out = new ArrayList<>();
    for (Rombel r : ctx.snapshot().rombel()) {
      if (Membership.isActiveClass(r, ctx.index())) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Class rombel of the active semester that the predicted variant pulls ({@link PullPlan}), in
   * input order.
   */
  static List<Rombel> pulledClasses(RuleContext ctx) {
    PullPlan plan = PullPlan.of(ctx);
    List<Rombel> out = new ArrayList<>();
    for (Rombel r : ctx.snapshot().rombel()) {
      if (Membership.isActiveClass(r, ctx.index()) && plan.pulls(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Class and elective rombel of the active semester that the predicted variant pulls, in input
   * order.
   */
  static List<Rombel> pulledManaged(RuleContext ctx) {
    PullPlan plan = PullPlan.of(ctx);
    List<Rombel> out = new ArrayList<>();
    for (Rombel r : ctx.snapshot().rombel()) {
      if (Membership.isManaged(r, ctx.index()) && plan.pulls(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Rombel of the active semester whose reason not to be pulled is {@code reason}, in input order.
   */
  static List<Rombel> droppedFor(RuleContext ctx, id.sinkron.erapor.NotPulledReason reason) {
    PullPlan plan = PullPlan.of(ctx);
    List<Rombel> out = new ArrayList<>();
    for (Rombel r : ctx.snapshot().rombel()) {
      if (plan.reason(r).filter(reason::equals).isPresent()) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Class and elective rombel of the active semester (the rombel E-Rapor manages), in input order.
   */
  static List<Rombel> managed(RuleContext ctx) {
    List<Rombel> out = new ArrayList<>();
    for (Rombel r : ctx.snapshot().rombel()) {
      if (Membership.isManaged(r, ctx.index())) {
        out.add(r);
      }
    }
    return out;
  }
}
