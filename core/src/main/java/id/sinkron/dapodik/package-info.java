/**
 * Dapodik Web Service input: reading saved responses ({@link id.sinkron.dapodik.WebServiceDump}),
 * the live client ({@link id.sinkron.dapodik.DapodikWebService}, {@link
 * id.sinkron.dapodik.FetchResult}), the supplement file, and the typed errors ({@link
 * id.sinkron.dapodik.DapodikFormatException}, {@link
 * id.sinkron.dapodik.DapodikWebServiceException}).
 *
 * <p>Tier: public API. No nulls: absence is {@code Optional}. The Jackson DTOs that mirror the Web
 * Service rows live in {@code id.sinkron.dapodik.internal} and never appear in a public signature.
 * Identifiers and the Web Service token never appear in exception messages, {@code toString()} or
 * logs.
 */
package id.sinkron.dapodik;
