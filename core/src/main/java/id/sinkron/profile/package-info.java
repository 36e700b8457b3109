/**
 * Regulation profiles: every number a rule uses that comes from a regulation or juknis (24/40 JTM,
 * duty equivalents and their cap, retirement and plausible ages, rombel caps, BOSP age bands, the
 * cut-off, the 60-student rule, unit costs), each with its source. Loaded from bundled JSON
 * resources and overridable by the caller ({@code
 * ImmutableRegulationProfile.copyOf(p).withMinJtm(…)}).
 *
 * <p>Tier: public API. No nulls: absence is {@code Optional}.
 */
@id.sinkron.model.SinkronStyle
package id.sinkron.profile;
