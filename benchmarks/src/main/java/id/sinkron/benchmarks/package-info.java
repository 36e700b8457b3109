/**
 * JMH benchmarks of Sinkron's hot paths and the end-to-end kabupaten run ({@link
 * id.sinkron.benchmarks.KabupatenRun}). Not API; built only with {@code -Pbenchmarks}.
 */
package id.sinkron.benchmarks;
