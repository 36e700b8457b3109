/**
 * Implementation of Dapodik input: Jackson DTOs of the Web Service rows and of the supplement, the
 * streaming body reader, the row-to-model conversion with the server quirks, the dump writer and
 * atomic file replacement.
 *
 * <p>Tier: internal. Not API: may change without notice; only {@code id.sinkron.dapodik} uses it
 * (enforced by ArchUnit). No nulls cross into the model: absence is {@code Optional}.
 */
package id.sinkron.dapodik.internal;
