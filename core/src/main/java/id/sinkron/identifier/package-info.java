/**
 * Indonesian identifiers as value types: {@link id.sinkron.identifier.Nik}, {@link
 * id.sinkron.identifier.Nisn}, {@link id.sinkron.identifier.Npsn}, {@link
 * id.sinkron.identifier.Nuptk}, {@link id.sinkron.identifier.Nip}, {@link
 * id.sinkron.identifier.Nrg}, {@link id.sinkron.identifier.Npwp}, and for madrasah {@link
 * id.sinkron.identifier.Nsm} and {@link id.sinkron.identifier.Nism} (since 0.2), with the province
 * table {@link id.sinkron.identifier.Provinsi} and {@link id.sinkron.identifier.Masking}.
 *
 * <p>Each type offers the same static API: {@code normalize} (strip spaces, dots and dashes),
 * {@code check} (the list of {@link id.sinkron.identifier.IdentifierProblem}s, empty when valid;
 * never throws), {@code isValid} and {@code tryParse} (built on {@code check}, no exceptions
 * involved), and {@code parse} (throws {@link id.sinkron.identifier.IdentifierFormatException}). An
 * instance always holds a valid, normalised value; {@code toString()} and exception messages show
 * it masked only, because NIK, NISN, NIP and NUPTK are personal data (UU PDP 27/2022). Checks use
 * digit loops, not regular expressions, and a valid value allocates nothing but the instance. The
 * static API of every type is a one-line delegate to a package-private spec of its kind (length and
 * problem check, constructor); {@link id.sinkron.identifier.IdentifierProblem#describe} gives the
 * operator text of a problem in Indonesian or English (since 0.2).
 *
 * <p>Tier: <strong>API</strong>. No nulls: parameters are non-null unless documented otherwise
 * ({@code raw} values may be null and count as empty); absence is {@code Optional}. All types are
 * immutable and thread-safe. Facts and sources: DOMAIN.md §3.
 *
 * @since 0.1
 */
package id.sinkron.identifier;
