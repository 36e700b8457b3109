/**
 * ARKAS / BOSP: how many students the BOSP allocation will count at the cut-off, why every other
 * student is left out, and whether ARKAS's prerequisites (kepala sekolah, Bendahara BOS, NIP, NPSN)
 * are in place.
 *
 * <p>Entry points: {@link id.sinkron.arkas.Arkas#count} for the typed {@link
 * id.sinkron.arkas.BospCount}, and {@link id.sinkron.arkas.ArkasValidator}, the {@link
 * id.sinkron.check.ApplicationValidator} found by {@code Sinkron.check(...)} through {@code
 * META-INF/services}. Codes: {@link id.sinkron.arkas.ArkasCode}.
 *
 * <p>Tier: public API. No nulls: absence is {@code Optional}. Every value is immutable and
 * thread-safe; no type of this package holds an unmasked name or identifier.
 */
@id.sinkron.model.SinkronStyle
package id.sinkron.arkas;
