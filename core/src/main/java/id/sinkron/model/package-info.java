/**
 * The immutable domain model of a school's Dapodik data: what the Dapodik Web Service returns
 * ({@link id.sinkron.model.Sekolah}, {@link id.sinkron.model.Ptk}, {@link
 * id.sinkron.model.PesertaDidik}, {@link id.sinkron.model.Rombel}, {@link
 * id.sinkron.model.Pengguna}) plus the supplementary input it does not return, gathered in one
 * {@link id.sinkron.model.SchoolSnapshot}.
 *
 * <p>Tier: public API. Values are built with the generated {@code ImmutableX.builder()}; they are
 * immutable and thread-safe. No nulls: absence is {@code Optional}. Raw Dapodik text is kept
 * (trimmed, {@code ""}/{@code "-"} read as empty for ids and codes) so that rules see bad data as
 * it is. Personal data (names, identifiers, birth dates) is {@code @Value.Redacted}: {@code
 * toString()} never prints it.
 */
@SinkronStyle
package id.sinkron.model;
