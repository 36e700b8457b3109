/**
 * E-Rapor readiness: what E-Rapor will pull from Dapodik (students, rombel, wali kelas,
 * pembelajaran) and what it will silently drop. Entry point {@link id.sinkron.erapor.ERapor}; typed
 * result {@link id.sinkron.erapor.ERaporAssessment} (also the report's {@code details.E_RAPOR});
 * the SPI implementation {@link id.sinkron.erapor.ERaporValidator}; rule codes {@link
 * id.sinkron.erapor.ERaporCode}; the Dapodik version table {@link
 * id.sinkron.erapor.DapodikVersionTable}.
 *
 * <p>Tier: public API. No nulls: absence is {@code Optional}. Values are immutable and thread-safe.
 * Nothing here carries an unmasked name or identifier.
 */
@id.sinkron.model.SinkronStyle
package id.sinkron.erapor;
