package id.sinkron.dapodikgate.rules;

import id.sinkron.check.Application;
import id.sinkron.check.FindingSink;
import id.sinkron.check.Rule;
import id.sinkron.check.RuleContext;
import id.sinkron.check.Severity;
import id.sinkron.dapodikgate.DapodikGateCode;
import id.sinkron.model.DapodikLocal;
import id.sinkron.model.DapodikTableChanges;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * DAPODIK-PENDING-CHANGES: rows changed locally since their last sync, counted per table; the
 * applications those tables feed do not see them until the next sync. INFO, or WARNING when the
 * BOSP cut-off ({@code bospCutOff}) is at most {@code pendingChangesWarnDays} ahead of the
 * reference date, or when a change still pending was made before the latest cut-off (it missed it).
 */
final class PendingChangesRule implements Rule {
  private static final DapodikGateCode CODE = DapodikGateCode.PENDING_CHANGES;

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    GateAnalysis a = GateAnalysis.of(ctx);
    Optional<DapodikLocal> l = LocalInput.require(a, DapodikLocal.Part.CHANGES, CODE, out);
    if (l.isEmpty()) {
      return;
    }
    long total = 0;
    StringJoiner tables = new StringJoiner(", ");
    Set<Application> apps = EnumSet.noneOf(Application.class);
    LocalDate oldest = null;
    for (DapodikTableChanges c : l.get().changes()) {
      if (c.pending() <= 0) {
        continue;
      }
      total += c.pending();
      tables.add(c.table() + " " + c.pending());
      apps.addAll(Entities.downstream(c.table()));
      if (c.oldestPending().isPresent()) {
        LocalDate d = c.oldestPending().get().toLocalDate();
        oldest = oldest == null || d.isBefore(oldest) ? d : oldest;
      }
    }
    if (total == 0) {
      return;
    }
    LocalDate ref = ctx.referenceDate();
    LocalDate upcoming = ctx.profile().cutOffFor(ref.getYear());
    LocalDate previous = upcoming;
    if (ref.isAfter(upcoming)) {
      upcoming = ctx.profile().cutOffFor(ref.getYear() + 1);
    } else {
      previous = ctx.profile().cutOffFor(ref.getYear() - 1);
    }
    long daysLeft = ChronoUnit.DAYS.between(ref, upcoming);
    String why = "";
    Severity sev = Severity.INFO;
    if (oldest != null && !oldest.isAfter(previous)) {
      sev = Severity.WARNING;
      why = out.messages().format("dapodik.pending.missed", previous.toString());
    } else if (daysLeft <= ctx.profile().pendingChangesWarnDays()) {
      sev = Severity.WARNING;
      why = out.messages().format("dapodik.pending.soon", upcoming.toString(), daysLeft);
    }
    out.finding(CODE, sev, Entities.school(ctx))
        .field("last_update")
        .value(Long.toString(total))
        .args(total, tables.toString(), Entities.appList(out, apps), why)
        .report();
  }
}
