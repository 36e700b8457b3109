/**
 * The Dapodik sync gate ({@code DAPODIK}): will the school's own Dapodik accept and send the data,
 * so that Info GTK, E-Rapor and ARKAS see it at all? Dapodik's own validation results, the Kepala
 * Sekolah account, the local sync log and the changes not yet synced, read from the local
 * installation <em>read only</em> ({@link id.sinkron.dapodikgate.DapodikDatabase} through JDBC, or
 * {@link id.sinkron.dapodikgate.DapodikApp} through the local application's validation endpoint)
 * into the dump folder's {@code sinkron-dapodik-local.json}, plus checks computable from the Web
 * Service data.
 *
 * <p>Entry points: {@link id.sinkron.dapodikgate.DapodikGateValidator} (found by {@code
 * Sinkron.check} through {@code META-INF/services}), codes in {@link
 * id.sinkron.dapodikgate.DapodikGateCode}, the report's {@code details.DAPODIK} is a {@link
 * id.sinkron.dapodikgate.DapodikGate}. Credentials are never stored, printed or logged.
 *
 * <p>Tier: public API. No nulls: absence is {@code Optional}. Thread-safe.
 */
@id.sinkron.model.SinkronStyle
package id.sinkron.dapodikgate;
