/**
 * Synthetic schools for tests and benchmarks: {@link id.sinkron.testkit.SchoolGenerator} builds
 * deterministic (seeded) {@link id.sinkron.model.SchoolSnapshot}s whose identifiers are consistent
 * and which pass every rule of the catalogue by default, and injects each catalogue defect on
 * request ({@link id.sinkron.testkit.Defect}).
 *
 * <p>Tier: public API (artifact {@code sinkron-testkit}, usually in test scope). Every person is
 * invented. No nulls: absence is {@code Optional}.
 */
package id.sinkron.testkit;
