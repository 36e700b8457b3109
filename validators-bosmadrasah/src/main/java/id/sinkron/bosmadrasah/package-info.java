/**
 * BOS Madrasah ({@code BOSM-*}): what the BOS Madrasah count will make of a madrasah's EMIS 4.0
 * student export ({@link id.sinkron.bosmadrasah.BosMadrasah#count}, {@link
 * id.sinkron.bosmadrasah.BosMadrasahValidator}). Evidence: {@code docs/evidence/emis-madrasah.md}.
 *
 * <p>Tier: <strong>API</strong>. All types are immutable and thread-safe.
 *
 * @since 0.2
 */
package id.sinkron.bosmadrasah;
