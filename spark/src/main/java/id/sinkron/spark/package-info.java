/**
 * The checks as an Apache Spark job: a table of schools (or a folder of dump folders) in, Parquet
 * tables of findings, per-application verdicts with the headline numbers, and input problems out,
 * each school checked by the same {@link id.sinkron.Checker} as {@code sinkron check} and {@code
 * check-all}.
 *
 * <p>Entry points: {@link id.sinkron.spark.SparkChecks} (the Java API), {@link
 * id.sinkron.spark.SchoolTable} (the input layout), {@link id.sinkron.spark.CheckTables} (the
 * output tables) and {@link id.sinkron.spark.SinkronSparkJob} (the {@code spark-submit} main
 * class).
 *
 * <p>Tier: public API. Identifiers are masked in every output column; persons' names in {@code
 * subject_name} unless names are revealed.
 *
 * @since 0.2
 */
package id.sinkron.spark;
