/**
 * The ARKAS/BOSP rules: one small package-private class per {@code ARKAS-*} code, the count they
 * share ({@code BospAnalysis}, built once per school in O(n)) and {@link
 * id.sinkron.arkas.rules.ArkasRules}, the one list of rules.
 *
 * <p>Tier: implementation of the {@code id.sinkron.arkas} module; only {@link
 * id.sinkron.arkas.rules.ArkasRules} is public, for {@link id.sinkron.arkas.Arkas} and {@link
 * id.sinkron.arkas.ArkasValidator}. Every regulation number (cut-off, age bands, rombel caps,
 * minimum students, unit costs, duty categories) comes from the regulation profile of the {@link
 * id.sinkron.check.RuleContext}; none is written in a rule class.
 */
package id.sinkron.arkas.rules;
