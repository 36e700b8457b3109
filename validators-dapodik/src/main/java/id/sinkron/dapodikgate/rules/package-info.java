/**
 * The gate's rules: package-private {@link id.sinkron.check.Rule}s listed by {@link
 * id.sinkron.dapodikgate.rules.DapodikGateRules}; not API.
 */
package id.sinkron.dapodikgate.rules;
