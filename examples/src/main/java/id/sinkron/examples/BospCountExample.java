package id.sinkron.examples;

import id.sinkron.arkas.Arkas;
import id.sinkron.arkas.BospCount;
import id.sinkron.arkas.ExcludedStudent;
import id.sinkron.arkas.ExclusionReason;
import id.sinkron.check.CheckOptions;
import id.sinkron.examples.cli.DemoSchool;
import id.sinkron.model.SchoolSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How many students BOSP will fund at the cut-off, and who will not count and why — weeks before
 * the cut-off, while there is still time to fix it.
 */
public final class BospCountExample {
  private BospCountExample() {}

  /** Counts the demo school's students as of 15 August 2026 and prints the breakdown. */
  public static void main(String[] args) {
    SchoolSnapshot school = DemoSchool.read();
    // tag::bosp[]
    BospCount count =
        Arkas.count(
            school, CheckOptions.builder().referenceDate(LocalDate.of(2026, 8, 15)).build());
    System.out.printf(
        "Cut-off %s (%d days): %d of %d active students countable%n",
        count.cutOff(), count.daysToCutOff(), count.countable(), count.activeTotal());
    count
        .countableByTingkat()
        .forEach((tingkat, n) -> System.out.printf("  tingkat %d: %d%n", tingkat, n));
    for (Map.Entry<ExclusionReason, List<ExcludedStudent>> e : count.excluded().entrySet()) {
      System.out.printf("  not counted, %s: %d%n", e.getKey(), e.getValue().size());
    }
    count.estimate().ifPresent(rp -> System.out.printf("Estimated BOSP: Rp%,d%n", rp));
    // end::bosp[]
  }
}
