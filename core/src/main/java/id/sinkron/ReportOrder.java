package id.sinkron;

/**
 * The order in which {@link Checker#checkAll(java.util.stream.Stream,
 * java.util.concurrent.Executor, int, ReportOrder) Checker.checkAll} streams the reports of many
 * schools.
 *
 * @since 0.1
 */
public enum ReportOrder {
  /**
   * The order of the input. A slow school holds back the reports after it (they wait, already
   * computed, inside the bounded window), so throughput can dip behind a very large school.
   */
  INPUT,
  /** The order in which checks finish: best throughput, no order guarantee. */
  COMPLETION
}
