/**
 * The facade: {@link id.sinkron.Sinkron#check(id.sinkron.model.SchoolSnapshot)} and {@link
 * id.sinkron.Sinkron#checker()}.
 *
 * <p>Tier: public API. No nulls: absence is {@code Optional}.
 */
package id.sinkron;
