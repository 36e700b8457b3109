/**
 * The checking SPI and its results: {@link id.sinkron.check.ApplicationValidator} (found through
 * {@link java.util.ServiceLoader}), {@link id.sinkron.check.Rule}, {@link
 * id.sinkron.check.RuleContext}, {@link id.sinkron.check.Finding}, {@link id.sinkron.check.Report}.
 *
 * <p>Tier: public API (results) and SPI (validators, rules). No nulls: absence is {@code Optional}.
 * Invalid data is never an exception; it is a finding.
 */
@id.sinkron.model.SinkronStyle
package id.sinkron.check;
